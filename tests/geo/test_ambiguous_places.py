"""Ambiguous place mentions written for the project (``data/ambiguous_places.jsonl``, issue #11 item 1):
same-name cities in several countries and US states, US states named like countries, provinces,
journeys and datelines. Each is coded through the session coder; some event of its sentence must be
located at the expected place (country, and a name starting with the expected one). The share right
before and after a change is printed by ``benchmarks/geo_places.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder

PLACES = Path(__file__).resolve().parent / "data" / "ambiguous_places.jsonl"
UNRESOLVED: dict[str, str] = {}
"""Mentions not yet geocoded right, with why: strict xfails, so a fix shows."""


def fold(text: object) -> str:
    value = unicodedata.normalize("NFKD", text if isinstance(text, str) else "")
    return "".join(c for c in value if not unicodedata.combining(c)).lower()


def _cases(known: dict[str, str]) -> list[Any]:
    cases = [json.loads(line) for line in PLACES.read_text("utf-8").splitlines() if line.strip()]
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(reason=known[case["id"]], strict=True)] if case["id"] in known else [],
        )
        for case in cases
    ]


def test_the_set_is_large_and_covers_every_kind() -> None:
    cases = [json.loads(line) for line in PLACES.read_text("utf-8").splitlines() if line.strip()]
    assert len(cases) >= 40 and len({case["id"] for case in cases}) == len(cases)
    kinds = {case["kind"] for case in cases}
    assert {"city_us_state", "city_province", "city_country", "state_like_country", "province"} <= kinds
    assert {"dateline", "journey"} <= kinds


@pytest.mark.parametrize("case", _cases(UNRESOLVED))
def test_place_is_geocoded_right(coder: Coder, case: dict[str, Any]) -> None:
    document = coder.code(case["text"], date=case["date"], doc_id=case["id"]).to_dict()
    locations = [event["location"] for event in document["events"]]
    assert any(
        location is not None
        and location["country"] == case["country"]
        and fold(location["name"]).startswith(fold(case["place"]))
        for location in locations
    ), f"{case['id']} ({case['kind']}): {case['text']} -> {locations}"


@pytest.mark.parametrize("case", [c for c in _cases({}) if c.values[0]["kind"] != "journey"])
def test_no_actor_takes_a_wrong_readings_country(coder: Coder, case: dict[str, Any]) -> None:
    """'Police in Kingston, Ontario' are Canadian police: a wrong reading of the place must not leak
    its country into the actor codes (journeys are left out: travellers come from elsewhere)."""
    document = coder.code(case["text"], date=case["date"], doc_id=case["id"]).to_dict()
    countries = [
        (event[role] or {}).get("country") for event in document["events"] for role in ("source", "target")
    ]
    assert all(country in (None, case["country"]) for country in countries), (
        f"{case['id']}: {case['text']} -> {countries}"
    )
