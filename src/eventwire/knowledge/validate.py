"""Cross-file checks that no single entry can make on its own: unique keys, known references,
and roles that do not contradict each other.

A person who is president twice at once, or a role for a country the base does not know, would make
the coder's title checks say wrong things with confidence; refusing to load is the kinder failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from eventwire.knowledge.errors import KnowledgeError
from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import (
    Country,
    Office,
    Organisation,
    Party,
    Person,
    Sector,
    Subnational,
    TermList,
)

T = TypeVar("T")
_FOREVER = dt.date.max


@dataclass(frozen=True, slots=True)
class Sourced(Generic[T]):
    """A record and the data file it came from, so errors can name the file."""

    file: str
    record: T


def validate(
    countries: Sequence[Sourced[Country]],
    organisations: Sequence[Sourced[Organisation]],
    sectors: Sequence[Sourced[Sector]],
    offices: Sequence[Sourced[Office]],
    people: Sequence[Sourced[Person]],
) -> None:
    """Raise :class:`KnowledgeError` on the first inconsistency across the data files."""
    _unique("country code", ((item.file, item.record.code) for item in countries))
    _unique("ISO-3 code", ((item.file, item.record.iso3) for item in countries))
    _unique("organisation code", ((item.file, item.record.code) for item in organisations))
    _unique(
        "actor code",
        [(item.file, item.record.code) for item in countries]
        + [(item.file, item.record.code) for item in organisations],
    )
    _unique("sector code", ((item.file, item.record.code) for item in sectors))
    _unique("office id", ((item.file, item.record.id) for item in offices))
    _unique("person id", ((item.file, item.record.id) for item in people))

    sector_codes = {item.record.code for item in sectors}
    actor_codes = {item.record.code for item in countries} | {item.record.code for item in organisations}
    office_ids = {item.record.id for item in offices}
    for item in countries:
        for metonym in item.record.metonyms:
            if metonym.sector not in sector_codes:
                _fail(
                    item.file,
                    item.record.code,
                    f"metonym {metonym.text!r} has unknown sector {metonym.sector!r}",
                )
    for org in organisations:
        if org.record.parent is not None and org.record.parent not in actor_codes:
            _fail(org.file, org.record.code, f"unknown parent {org.record.parent!r}")
    for office in offices:
        if office.record.sector not in sector_codes:
            _fail(office.file, office.record.id, f"unknown sector {office.record.sector!r}")
    for person in people:
        _check_roles(person, office_ids, actor_codes, sector_codes)


def _check_roles(person: Sourced[Person], offices: set[str], actors: set[str], sectors: set[str]) -> None:
    roles = person.record.roles
    for role in roles:
        if role.office not in offices:
            _fail(person.file, person.record.id, f"role has unknown office {role.office!r}")
        if role.country not in actors:
            _fail(person.file, person.record.id, f"role has unknown country or organisation {role.country!r}")
        if role.sector not in sectors:
            _fail(person.file, person.record.id, f"role has unknown sector {role.sector!r}")
    for index, first in enumerate(roles):
        for second in roles[index + 1 :]:
            if (first.office, first.country) != (second.office, second.country):
                continue
            first_end = first.end or _FOREVER
            second_end = second.end or _FOREVER
            if first.start <= second_end and second.start <= first_end:
                _fail(
                    person.file,
                    person.record.id,
                    f"holds {first.office!r} for {first.country!r} twice in overlapping periods "
                    f"({first.start}..{first.end or 'now'} and {second.start}..{second.end or 'now'})",
                )


def _unique(what: str, keyed: Iterable[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for file, key in keyed:
        if key in seen:
            where = "" if seen[key] == file else f" (first in {seen[key]})"
            _fail(file, key, f"duplicate {what}{where}")
        seen[key] = file


def _fail(file: str, entry: str, problem: str) -> None:
    raise KnowledgeError(file, repr(entry), problem)


def validate_extras(
    countries: Sequence[Sourced[Country]],
    parties: Sequence[Sourced[Party]],
    subnational: Sequence[Sourced[Subnational]],
    term_lists: Sequence[Sourced[TermList]],
) -> None:
    """Check parties.json, subnational.json and non_political.json against the countries."""
    _unique("party id", ((item.file, item.record.id) for item in parties))
    _unique("subnational id", ((item.file, item.record.id) for item in subnational))
    _unique("list id", ((item.file, item.record.id) for item in term_lists))
    country_codes = {item.record.code for item in countries}
    for party in parties:
        if party.record.country not in country_codes:
            _fail(party.file, party.record.id, f"unknown country {party.record.country!r}")
    for unit in subnational:
        record = unit.record
        if record.country not in country_codes:
            _fail(unit.file, record.id, f"unknown country {record.country!r}")
        for code in record.shared_with:
            if code not in country_codes or code == record.country:
                _fail(unit.file, record.id, f"'shared_with' has {code!r}: not another known country")
    for term_list in term_lists:
        seen: set[str] = set()
        for term in term_list.record.terms:
            key = normalise(term)
            if key in seen:
                _fail(term_list.file, term_list.record.id, f"term {term!r} is listed twice")
            seen.add(key)
