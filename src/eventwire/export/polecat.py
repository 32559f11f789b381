"""POLECAT event records: the column names and order of POLECAT's published weekly files, one row per
deduplicated event, so code written for POLECAT reads eventwire's export unchanged.

POLECAT describes events with PLOVER, so events without a PLOVER type (CAMEO 01 statements) have no
POLECAT row. Mapping: ``Event Intensity`` is the event's Goldstein score (both run -10..+10);
``Quad Code`` is the quad class in POLECAT's words; sectors are the CAMEO sector's name (Government,
Military ...); places carry their GeoNames id, ADM1 unit and feature type where the offline gazetteer
knows them; ``Source``, ``Publication Date`` and ``Headline`` come from the event's first article;
``Story ID`` is eventwire's story; ``Version`` is eventwire's. Left empty, as POLECAT leaves unknown
fields: ``Contexts``, ``Actor COW``/``Recipient COW``, ``Actor Title``, Wikipedia ids, ``District``
and the story-wide people/organisation/location lists, which eventwire does not produce.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import eventwire
from eventwire.export.places import describe

QUAD_CODES = {
    1: "VERBAL COOPERATION",
    2: "MATERIAL COOPERATION",
    3: "VERBAL CONFLICT",
    4: "MATERIAL CONFLICT",
}
LANGUAGE = "en"


@cache
def polecat_columns() -> tuple[str, ...]:
    """POLECAT's column names in its files' order."""
    text = resources.files("eventwire.export").joinpath("polecat_columns.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@cache
def _sector_names() -> dict[str, str]:
    """CAMEO sector code -> its name (the label's head in knowledge/data/sectors.json: GOV -> Government)."""
    text = resources.files("eventwire.knowledge").joinpath("data", "sectors.json").read_text("utf-8")
    return {row["code"]: row["label"].split(":")[0].strip() for row in json.loads(text)}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, str]:
    actor = actor or {}
    sector = _sector_names().get(actor.get("sector") or "", actor.get("sector") or "")
    mention = actor.get("mention") or {}
    return {
        f"{prefix} Name": _text(actor.get("person") or actor.get("name")),
        f"{prefix} Country": _text(actor.get("country")),
        f"{prefix} COW": "",
        f"Primary {prefix} Sector": sector,
        f"{prefix} Sectors": sector,
        f"{prefix} Title": "",
        f"{prefix} Name Raw": _text(mention.get("text") or actor.get("name")),
        f"Wikipedia {prefix} ID": "",
    }


def polecat_record(cluster: dict[str, Any]) -> dict[str, str] | None:
    """One event cluster (as ``Store.iter_event_clusters`` yields it) as a POLECAT row (every value a
    string, empty when unknown), or None for an event without a PLOVER type."""
    if not cluster.get("plover"):
        return None
    place = describe(cluster.get("location"))
    article = cluster.get("article") or {}
    evidence = cluster.get("evidence") or {}
    row = {
        "Event ID": str(cluster["id"]),
        "Event Date": _text(cluster.get("date")),
        "Event Type": _text(cluster.get("plover")).upper(),
        "Event Mode": _text(cluster.get("plover_mode")),
        "Event Intensity": f"{float(cluster['goldstein']):.1f}",
        "Quad Code": QUAD_CODES.get(int(cluster["quad_class"]), ""),
        "Contexts": "",
        **_actor("Actor", cluster.get("source")),
        **_actor("Recipient", cluster.get("target")),
        "Placename": _text(place and place.name),
        "City": _text(place and place.city),
        "District": "",
        "Province": _text(place and place.admin1_name),
        "Country": _text(place and place.country),
        "Latitude": _text(place and place.lat),
        "Longitude": _text(place and place.lon),
        "GeoNames ID": _text(place and place.geonames_id),
        "Raw Placename": _text(place and place.name),
        "Feature Type": _text(place and place.feature_type),
        "Source": _text(article.get("source")),
        "Publication Date": _text(article.get("published")),
        "Story People": "",
        "Story Organizations": "",
        "Story Locations": "",
        "Language": LANGUAGE,
        "Version": f"eventwire {eventwire.__version__}",
        "Story ID": _text(cluster.get("story_id")),
        "Headline": _text(article.get("title")),
        "Event Text": _text(evidence.get("text")),
    }
    assert tuple(row) == polecat_columns(), "POLECAT row layout out of step with polecat_columns.txt"
    return row
