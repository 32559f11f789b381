"""Reading the JSON data files into records, checking each field's shape as it is read.

Every failure names the file and the entry, because the files are edited by hand (and by users who
bring their own), and "KeyError: 'code'" does not say which of 197 countries is broken.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.resources.abc import Traversable
from typing import Any, NoReturn

from eventwire.knowledge.errors import KnowledgeError
from eventwire.knowledge.records import (
    Country,
    Metonym,
    Office,
    Organisation,
    Party,
    Person,
    Role,
    Sector,
    Subnational,
    TermList,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Entry:
    """One JSON object from a data file, with typed getters that fail with file and entry named."""

    def __init__(self, file: str, index: int, raw: object) -> None:
        self.file = file
        self.label = f"entry {index}"
        if not isinstance(raw, dict):
            self.fail("expected a JSON object")
        self.raw: dict[str, Any] = raw
        for key in ("id", "code"):
            if isinstance(raw.get(key), str):
                self.label = f"entry {index} ({raw[key]!r})"
                break

    def fail(self, problem: str) -> NoReturn:
        raise KnowledgeError(self.file, self.label, problem)

    def text(self, key: str) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{key!r} must be a non-empty string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        return self.text(key)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.fail(f"{key!r} must be a list of non-empty strings")
        return tuple(value)

    def objects(self, key: str) -> list[_Entry]:
        value = self.raw.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{key!r} must be a list of objects")
        return [_Entry(self.file, index, item).within(self.label, key) for index, item in enumerate(value)]

    def within(self, parent: str, key: str) -> _Entry:
        self.label = f"{parent} {key}[{self.label.removeprefix('entry ')}]"
        return self

    def number(self, key: str, low: float, high: float) -> float:
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.fail(f"{key!r} must be a number from {low} to {high}, got {value!r}")
        return float(value)

    def date(self, key: str, *, optional: bool = False) -> dt.date | None:
        value = self.raw.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            self.fail(f"{key!r} must be a date YYYY-MM-DD, got {value!r}")
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{key!r} is not a real date: {value!r}")

    def period(self, *, start_optional: bool) -> tuple[dt.date | None, dt.date | None]:
        """``start`` and ``end`` (inclusive; ``end`` may be null), failing when it starts after it ends."""
        start = self.date("start", optional=start_optional)
        end = self.date("end", optional=True)
        if start is not None and end is not None and start > end:
            self.fail(f"starts {start} after it ends {end}")
        return start, end


def read_entries(file: Traversable, label: str) -> list[_Entry]:
    """Parse ``file`` as a JSON list of objects; ``label`` is how errors name the file."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError(label, "file", "missing") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise KnowledgeError(label, "file", f"not valid JSON: {error}") from None
    if not isinstance(data, list):
        raise KnowledgeError(label, "file", "expected a JSON list of objects")
    return [_Entry(label, index, raw) for index, raw in enumerate(data)]


def country_from(entry: _Entry) -> Country:
    metonyms = tuple(Metonym(item.text("text"), item.text("sector")) for item in entry.objects("metonyms"))
    return Country(
        code=entry.text("code"),
        iso3=entry.text("iso3"),
        name=entry.text("name"),
        aliases=entry.texts("aliases"),
        adjectives=entry.texts("adjectives"),
        demonyms=entry.texts("demonyms"),
        capital=entry.optional_text("capital"),
        metonyms=metonyms,
    )


def organisation_from(entry: _Entry) -> Organisation:
    kind = entry.text("kind")
    if kind not in ("igo", "ngo", "img"):
        entry.fail(f"'kind' must be 'igo', 'ngo' or 'img', got {kind!r}")
    return Organisation(
        code=entry.text("code"),
        name=entry.text("name"),
        aliases=entry.texts("aliases"),
        kind=kind,
        parent=entry.optional_text("parent"),
    )


def sector_from(entry: _Entry) -> Sector:
    return Sector(code=entry.text("code"), label=entry.text("label"), terms=entry.texts("terms"))


def office_from(entry: _Entry) -> Office:
    return Office(id=entry.text("id"), sector=entry.text("sector"), titles=entry.texts("titles"))


def person_from(entry: _Entry) -> Person:
    gender = entry.raw.get("gender")
    if gender not in ("m", "f", None):
        entry.fail(f"'gender' must be 'm', 'f' or null, got {gender!r}")
    roles = tuple(_role_from(item) for item in entry.objects("roles"))
    return Person(
        id=entry.text("id"),
        name=entry.text("name"),
        aliases=entry.texts("aliases"),
        gender=gender,
        roles=roles,
    )


def _role_from(entry: _Entry) -> Role:
    start, end = entry.period(start_optional=False)
    assert start is not None
    return Role(
        office=entry.text("office"),
        country=entry.text("country"),
        sector=entry.text("sector"),
        start=start,
        end=end,
    )


def party_from(entry: _Entry) -> Party:
    start, end = entry.period(start_optional=True)
    return Party(
        id=entry.text("id"),
        name=entry.text("name"),
        country=entry.text("country"),
        aliases=entry.texts("aliases"),
        adjectives=entry.texts("adjectives"),
        members=entry.texts("members"),
        context_aliases=entry.texts("context_aliases"),
        start=start,
        end=end,
    )


def subnational_from(entry: _Entry) -> Subnational:
    return Subnational(
        id=entry.text("id"),
        name=entry.text("name"),
        country=entry.text("country"),
        aliases=entry.texts("aliases"),
        abbreviations=entry.texts("abbreviations"),
        postal=entry.optional_text("postal"),
        adm1=entry.optional_text("adm1"),
        lat=entry.number("lat", -90, 90),
        lon=entry.number("lon", -180, 180),
        shared_with=entry.texts("shared_with"),
    )


def term_list_from(entry: _Entry) -> TermList:
    terms = entry.texts("terms")
    if not terms:
        entry.fail("'terms' must not be empty")
    return TermList(id=entry.text("id"), about=entry.text("about"), terms=terms)
