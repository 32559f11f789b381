#!/usr/bin/env python3
"""Vendor the dashboard's front-end libraries into ``src/eventwire/web/vendor/`` from the npm registry.

The dashboard works offline (no CDN, no tile server, nothing fetched at run time), so the few files it
needs from npm are committed, each with its package's LICENSE, and listed with their versions and
SHA-256 sums in ``vendor/vendor.json``. This script is how they got there and how they are updated:
bump a version in PACKAGES, run ``make vendor-web`` (needs ``npm``), review the diff, commit.
``tests/web/test_web_vendor.py`` checks the committed files against the manifest.

Usage: python3 scripts/vendor-web.py [--check]
  --check   only verify the committed files against vendor.json (no network); exit 1 on a mismatch.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "web" / "vendor"
MANIFEST = VENDOR / "vendor.json"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    files: dict[str, str]  # vendored name -> path inside the npm tarball (under package/)
    note: str


PACKAGES = (
    Package(
        "leaflet",
        "1.9.4",
        {"leaflet.js": "dist/leaflet.js", "leaflet.css": "dist/leaflet.css"},
        "Map of located events (SVG vectors, no tile layer).",
    ),
    Package(
        "uplot",
        "1.6.32",
        {"uPlot.iife.min.js": "dist/uPlot.iife.min.js", "uPlot.min.css": "dist/uPlot.min.css"},
        "Timelines on a true time axis.",
    ),
    Package(
        "topojson-client",
        "3.1.0",
        {"topojson-client.min.js": "dist/topojson-client.min.js"},
        "Decodes world-atlas TopoJSON into GeoJSON for Leaflet.",
    ),
    Package(
        "world-atlas",
        "2.0.2",
        {"countries-110m.json": "countries-110m.json"},
        "Natural Earth 4.1.0 admin-0 country shapes, 1:110m (public domain data, ISC packaging).",
    ),
)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _npm(*args: str, cwd: Path) -> str:
    return subprocess.run(["npm", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def fetch() -> None:
    """Download each pinned package with ``npm pack`` and copy its files, LICENSE and sums."""
    VENDOR.mkdir(parents=True, exist_ok=True)
    entries = []
    with tempfile.TemporaryDirectory(prefix="eventwire-vendor-") as scratch:
        work = Path(scratch)
        for package in PACKAGES:
            spec = f"{package.name}@{package.version}"
            tarball = work / _npm("pack", spec, "--silent", cwd=work).strip().splitlines()[-1]
            view = json.loads(_npm("view", spec, "license", "dist.integrity", "--json", cwd=work))
            with tarfile.open(tarball) as archive:
                archive.extractall(work / package.name, filter="data")
            root = work / package.name / "package"
            files = {}
            for vendored, inner in package.files.items():
                target = VENDOR / vendored
                target.write_bytes((root / inner).read_bytes())
                files[vendored] = {"from": inner, "sha256": _sha256(target)}
            license_name = f"{package.name}.LICENSE.txt"
            (VENDOR / license_name).write_bytes((root / "LICENSE").read_bytes())
            entries.append(
                {
                    "name": package.name,
                    "version": package.version,
                    "license": view["license"],
                    "integrity": view["dist.integrity"],
                    "license_file": license_name,
                    "note": package.note,
                    "files": files,
                }
            )
    MANIFEST.write_text(json.dumps({"packages": entries}, indent=2) + "\n", encoding="utf-8")
    print(f"vendored {len(entries)} packages into {VENDOR}")


def check() -> int:
    """0 when every file in the manifest is present with its recorded SHA-256 and its licence."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    problems = []
    for entry in manifest["packages"]:
        if not (VENDOR / entry["license_file"]).is_file():
            problems.append(f"{entry['name']}: missing {entry['license_file']}")
        for name, info in entry["files"].items():
            path = VENDOR / name
            if not path.is_file():
                problems.append(f"{entry['name']}: missing {name}")
            elif _sha256(path) != info["sha256"]:
                problems.append(f"{entry['name']}: {name} does not match its SHA-256 in vendor.json")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    fetch()
