"""The knowledge base: every actor the coder can name, loaded once from the packaged JSON data files."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from eventwire.knowledge.loading import (
    country_from,
    office_from,
    organisation_from,
    person_from,
    read_entries,
    sector_from,
)
from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import Country, Denotation, Office, Organisation, Person, Sector
from eventwire.knowledge.surface import collect_surface_forms
from eventwire.knowledge.validate import Sourced, validate

R = TypeVar("R")


class KnowledgeBase:
    """Countries, organisations, sectors, offices and people, keyed by code or id, read-only."""

    __slots__ = ("_acronyms", "_forms", "countries", "offices", "organisations", "people", "sectors")

    def __init__(
        self,
        countries: Iterable[Country],
        organisations: Iterable[Organisation],
        sectors: Iterable[Sector],
        offices: Iterable[Office],
        people: Iterable[Person],
    ) -> None:
        self.countries: Mapping[str, Country] = MappingProxyType({c.code: c for c in countries})
        self.organisations: Mapping[str, Organisation] = MappingProxyType({o.code: o for o in organisations})
        self.sectors: Mapping[str, Sector] = MappingProxyType({s.code: s for s in sectors})
        self.offices: Mapping[str, Office] = MappingProxyType({o.id: o for o in offices})
        self.people: Mapping[str, Person] = MappingProxyType({p.id: p for p in people})
        self._forms: Mapping[str, tuple[Denotation, ...]] | None = None
        self._acronyms: frozenset[str] | None = None

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged data, loaded and validated once per process."""
        return _default()

    @classmethod
    def from_directory(cls, path: Path) -> KnowledgeBase:
        """Load a directory with the packaged layout (the four JSON files and ``people/*.json``)."""
        return _load(path, str(path))

    def surface_forms(self) -> Mapping[str, tuple[Denotation, ...]]:
        """Every name, alias, adjective, demonym, metonym, title and term, keyed by its normal form."""
        if self._forms is None:
            forms, acronyms = collect_surface_forms(
                self.countries.values(),
                self.organisations.values(),
                self.sectors.values(),
                self.offices.values(),
                self.people.values(),
            )
            self._forms = MappingProxyType(forms)
            self._acronyms = acronyms
        return self._forms

    def matches_case(self, text: str) -> bool:
        """False when ``text`` is known only as a capitalised acronym but is not written in capitals.

        Normal forms are lowercase, so the pronoun "us" finds the key of "US"; callers matching
        running text ask this before trusting such a hit.
        """
        self.surface_forms()
        assert self._acronyms is not None
        return normalise(text) not in self._acronyms or text.strip() != text.strip().lower()

    def find_people(self, name: str) -> tuple[Person, ...]:
        """People whose name or alias is ``name`` (after normalisation), in id order."""
        hits = {d.key for d in self.surface_forms().get(normalise(name), ()) if d.kind == "person"}
        return tuple(self.people[key] for key in sorted(hits))

    def actor_code(self, country: str | None, sector: str | None) -> str:
        """The CAMEO actor code: country (or organisation) code followed by the sector code."""
        return f"{country or ''}{sector or ''}"


@functools.cache
def _default() -> KnowledgeBase:
    return _load(files("eventwire.knowledge") / "data", "eventwire/knowledge/data")


def _load(root: Traversable, label: str) -> KnowledgeBase:
    countries = _read(root / "countries.json", f"{label}/countries.json", country_from)
    organisations = _read(root / "organisations.json", f"{label}/organisations.json", organisation_from)
    sectors = _read(root / "sectors.json", f"{label}/sectors.json", sector_from)
    offices = _read(root / "offices.json", f"{label}/offices.json", office_from)
    people: list[Sourced[Person]] = []
    people_dir = root / "people"
    if people_dir.is_dir():
        for file in sorted(people_dir.iterdir(), key=lambda item: item.name):
            if file.name.endswith(".json"):
                people += _read(file, f"{label}/people/{file.name}", person_from)
    validate(countries, organisations, sectors, offices, people)
    return KnowledgeBase(
        (item.record for item in countries),
        (item.record for item in organisations),
        (item.record for item in sectors),
        (item.record for item in offices),
        (item.record for item in people),
    )


def _read(file: Traversable, label: str, parse: Callable[..., R]) -> list[Sourced[R]]:
    return [Sourced(label, parse(entry)) for entry in read_entries(file, label)]
