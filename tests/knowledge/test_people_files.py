"""Integrity of the people data files (knowledge/data/people/*.json).

These tests read the JSON directly, not through the knowledge-base loader, so a wrong date or a
duplicated alias is caught at the data itself: the coder trusts these roles to decide who held which
office on an article's date, and a silent overlap or typo there becomes a wrong actor code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import pairwise
from typing import Any

import pytest

Person = dict[str, Any]
Role = dict[str, Any]

OFFICES = frozenset(
    {
        "president",
        "vice_president",
        "prime_minister",
        "chancellor",
        "monarch",
        "supreme_leader",
        "head_of_state",
        "foreign_minister",
        "defence_minister",
        "un_ambassador",
        "deputy_un_ambassador",
        "secretary_general",
        "spokesperson",
    }
)
IGO_CODES = frozenset({"IGOUNO", "IGOWSTNAT", "IGOEUREEC"})
# Offices several people can hold at once for the same country.
SHARED_OFFICES = frozenset({"deputy_un_ambassador", "spokesperson"})
# The EU has several presidents at once (Commission, European Council, Parliament).
SHARED_OFFICE_SEATS = frozenset({("president", "IGOEUREEC")})
PERSON_KEYS = frozenset({"id", "name", "aliases", "gender", "roles"})
ROLE_KEYS = frozenset({"office", "country", "sector", "start", "end"})
COVERAGE_START = dt.date(1990, 1, 1)  # dated roles from 1990 (issue #10)
TODAY = dt.date(2026, 11, 25)
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")


def people_dir() -> Traversable:
    return resources.files("eventwire").joinpath("knowledge", "data", "people")


def people_files() -> list[Traversable]:
    return sorted((f for f in people_dir().iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


@cache
def load_file(name: str) -> list[Person]:
    data: list[Person] = json.loads(people_dir().joinpath(name).read_text(encoding="utf-8"))
    return data


def all_people() -> list[tuple[str, Person]]:
    return [(f.name, person) for f in people_files() for person in load_file(f.name)]


def all_roles() -> Iterator[tuple[Person, Role]]:
    for _, person in all_people():
        for role in person["roles"]:
            yield person, role


def parse_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def role_span(role: Role) -> tuple[dt.date, dt.date]:
    start = parse_date(role["start"])
    assert start is not None
    return start, parse_date(role["end"]) or dt.date.max


def person_by_id(person_id: str) -> Person:
    matches = [p for _, p in all_people() if p["id"] == person_id]
    assert len(matches) == 1, f"{person_id}: {len(matches)} entries"
    return matches[0]


def spans(person_id: str, office: str, country: str) -> list[tuple[str, str | None]]:
    roles = person_by_id(person_id)["roles"]
    return sorted((r["start"], r["end"]) for r in roles if r["office"] == office and r["country"] == country)


def test_the_directory_holds_the_core_file() -> None:
    names = [f.name for f in people_files()]
    assert "core.json" in names


@pytest.mark.parametrize("name", [f.name for f in people_files()])
def test_every_file_is_a_non_empty_list_of_people(name: str) -> None:
    people = load_file(name)
    assert isinstance(people, list)
    assert people
    for person in people:
        assert isinstance(person, dict)
        assert set(person) == PERSON_KEYS, person.get("id")


def test_people_fields_have_the_documented_shape() -> None:
    for name, person in all_people():
        where = f"{name}:{person['id']}"
        assert ID_PATTERN.match(person["id"]), where
        assert isinstance(person["name"], str)
        assert person["name"].strip() == person["name"], where
        assert person["name"]
        assert isinstance(person["aliases"], list), where
        assert all(isinstance(a, str) and a.strip() == a and a for a in person["aliases"]), where
        assert person["gender"] in {"m", "f"}, where
        assert person["roles"], where


def test_every_role_has_the_required_fields_and_valid_values() -> None:
    for person, role in all_roles():
        where = f"{person['id']}: {role}"
        assert set(role) == ROLE_KEYS, where
        assert role["office"] in OFFICES, where
        assert role["sector"] == "GOV", where
        country = role["country"]
        assert country in IGO_CODES or COUNTRY_PATTERN.match(country), where
        if role["office"] == "secretary_general":
            assert country in IGO_CODES, where


def test_role_dates_parse_and_are_ordered() -> None:
    for person, role in all_roles():
        where = f"{person['id']}: {role}"
        start = parse_date(role["start"])
        end = parse_date(role["end"])
        assert start is not None, where
        assert start <= TODAY, where
        if end is not None:
            assert start <= end, where
            assert end <= TODAY, where


def test_every_role_overlaps_the_coverage_period() -> None:
    for person, role in all_roles():
        _, end = role_span(role)
        assert end >= COVERAGE_START, f"{person['id']}: {role} ended before {COVERAGE_START}"


def test_nobody_holds_the_same_office_twice_at_once() -> None:
    for _, person in all_people():
        by_seat: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for role in person["roles"]:
            by_seat[(role["office"], role["country"])].append(role_span(role))
        for seat, periods in by_seat.items():
            periods.sort()
            for (_, end), (next_start, _) in pairwise(periods):
                assert end < next_start, f"{person['id']} holds {seat} twice at once"


def test_single_holder_offices_change_hands_without_overlap() -> None:
    """Two presidents of one country at once means a date is wrong (a one-day handover is allowed)."""
    holders: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for person, role in all_roles():
        seat = (role["office"], role["country"])
        if role["office"] in SHARED_OFFICES or seat in SHARED_OFFICE_SEATS:
            continue
        start, end = role_span(role)
        holders[seat].append((start, end, person["id"]))
    for seat, periods in holders.items():
        periods.sort()
        for (_, end, who), (next_start, _, next_who) in pairwise(periods):
            assert end <= next_start, f"{seat}: {who} until {end} overlaps {next_who} from {next_start}"


def test_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name, person in all_people():
        assert person["id"] not in seen, f"{person['id']} in {seen.get(person['id'])} and {name}"
        seen[person["id"]] = name


def test_no_name_or_alias_points_at_two_people() -> None:
    owner: dict[str, str] = {}
    for _, person in all_people():
        for label in {person["name"].casefold(), *(a.casefold() for a in person["aliases"])}:
            assert owner.setdefault(label, person["id"]) == person["id"], (
                f"{label!r} names both {owner[label]} and {person['id']}"
            )


def test_trump_has_two_separate_presidencies() -> None:
    assert spans("donald-trump", "president", "USA") == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]


def test_biden_keeps_his_real_vice_presidency_start() -> None:
    assert spans("joe-biden", "president", "USA") == [("2021-01-20", "2025-01-20")]
    assert spans("joe-biden", "vice_president", "USA") == [("2009-01-20", "2017-01-20")]


def test_zelenskyy_and_putin_are_current_presidents() -> None:
    assert spans("volodymyr-zelenskyy", "president", "UKR") == [("2019-05-20", None)]
    assert spans("vladimir-putin", "president", "RUS") == [("1999-12-31", "2008-05-07"), ("2012-05-07", None)]


def test_polyanskiy_was_russias_deputy_un_ambassador_until_his_osce_posting() -> None:
    polyanskiy = person_by_id("dmitry-polyanskiy")
    assert {"Polyanskiy", "Polyansky"} <= set(polyanskiy["aliases"])
    ((start, end),) = spans("dmitry-polyanskiy", "deputy_un_ambassador", "RUS")
    assert start.startswith("2018-")
    assert end == "2025-12-29"


def test_seed_report_spellings_are_known() -> None:
    labels = {a for _, p in all_people() for a in (p["name"], *p["aliases"])}
    assert {"Putin", "Trump", "Zelenskiy", "Zelensky", "Polyanskiy", "Donald Trump"} <= labels
