"""The dashboard's vendored libraries: pinned, licensed, unchanged since vendoring (SHA-256 in
vendor.json), shipped in the package, and the only place the dashboard loads code or shapes from."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources
from pathlib import Path

WEB = Path(str(resources.files("eventwire.web")))
VENDOR = WEB / "vendor"
MANIFEST = json.loads((VENDOR / "vendor.json").read_text(encoding="utf-8"))


def test_every_vendored_file_matches_its_pinned_sum_and_has_a_licence() -> None:
    names = {entry["name"] for entry in MANIFEST["packages"]}
    assert {"leaflet", "uplot", "world-atlas", "topojson-client"} <= names
    for entry in MANIFEST["packages"]:
        assert re.fullmatch(r"\d+\.\d+\.\d+", entry["version"]), entry
        assert entry["integrity"].startswith("sha512-")
        assert (VENDOR / entry["license_file"]).read_text(encoding="utf-8").strip()
        for name, info in entry["files"].items():
            digest = hashlib.sha256((VENDOR / name).read_bytes()).hexdigest()
            assert digest == info["sha256"], f"{name} differs from vendor.json: re-run make vendor-web"


def test_the_dashboard_loads_nothing_from_other_hosts() -> None:
    for path in [WEB / "index.html", *WEB.glob("*.js")]:
        text = path.read_text(encoding="utf-8")
        # The one absolute URL is the SVG namespace name (dom.js), which is never fetched.
        urls = set(re.findall(r"https?://[^\s\"'`]+", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, f"{path.name} names {urls}"
    assert "tileLayer" not in (WEB / "mapview.js").read_text(encoding="utf-8")


def test_country_shapes_are_natural_earth_topojson() -> None:
    topology = json.loads((VENDOR / "countries-110m.json").read_text(encoding="utf-8"))
    countries = topology["objects"]["countries"]["geometries"]
    assert topology["type"] == "Topology"
    assert len(countries) > 170
    assert {"Ukraine", "Russia"} <= {country["properties"]["name"] for country in countries}
