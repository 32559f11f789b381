"""The knowledge base: every actor the coder can name, loaded once from the packaged JSON data files."""

from __future__ import annotations

import datetime as dt
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
    party_from,
    person_from,
    read_entries,
    sector_from,
    subnational_from,
    term_list_from,
)
from eventwire.knowledge.lookup import FormIndex, NonPolitical
from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import (
    Country,
    Denotation,
    Office,
    Organisation,
    Party,
    Person,
    Sector,
    Subnational,
    TermList,
)
from eventwire.knowledge.surface import collect_surface_forms
from eventwire.knowledge.validate import Sourced, validate, validate_extras

R = TypeVar("R")


class KnowledgeBase:
    """Countries, organisations, sectors, offices and people, keyed by code or id, read-only.

    Also parties, first-level administrative units and the non-political word lists; these have their
    own lookups (:meth:`find_parties`, :meth:`subnational`, :attr:`non_political`) and are not part of
    :meth:`surface_forms`, so adding them changes nothing a caller of the surface index sees.
    """

    __slots__ = (
        "_acronyms",
        "_forms",
        "_parties_index",
        "_party_context_index",
        "_subnational_index",
        "_subnational_postal_index",
        "countries",
        "non_political",
        "offices",
        "organisations",
        "parties",
        "people",
        "sectors",
        "subnational_units",
    )

    def __init__(
        self,
        countries: Iterable[Country],
        organisations: Iterable[Organisation],
        sectors: Iterable[Sector],
        offices: Iterable[Office],
        people: Iterable[Person],
        *,
        parties: Iterable[Party] = (),
        subnational: Iterable[Subnational] = (),
        non_political: Iterable[TermList] = (),
    ) -> None:
        self.countries: Mapping[str, Country] = MappingProxyType({c.code: c for c in countries})
        self.organisations: Mapping[str, Organisation] = MappingProxyType({o.code: o for o in organisations})
        self.sectors: Mapping[str, Sector] = MappingProxyType({s.code: s for s in sectors})
        self.offices: Mapping[str, Office] = MappingProxyType({o.id: o for o in offices})
        self.people: Mapping[str, Person] = MappingProxyType({p.id: p for p in people})
        self.parties: Mapping[str, Party] = MappingProxyType({p.id: p for p in parties})
        self.subnational_units: Mapping[str, Subnational] = MappingProxyType({u.id: u for u in subnational})
        self.non_political = NonPolitical(non_political)
        self._forms: Mapping[str, tuple[Denotation, ...]] | None = None
        self._acronyms: frozenset[str] | None = None
        self._parties_index: FormIndex[Party] | None = None
        self._party_context_index: FormIndex[Party] | None = None
        self._subnational_index: FormIndex[Subnational] | None = None
        self._subnational_postal_index: FormIndex[Subnational] | None = None

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged data, loaded and validated once per process."""
        return _default()

    @classmethod
    def from_directory(cls, path: Path) -> KnowledgeBase:
        """Load a directory with the packaged layout (the four JSON files and ``people/*.json``).

        ``parties.json``, ``subnational.json`` and ``non_political.json`` are optional: a directory
        without them loads with none.
        """
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

    def find_parties(
        self, name: str, country: str | None = None, day: dt.date | None = None
    ) -> tuple[Party, ...]:
        """Parties that ``name`` (name, alias, adjective or members' noun) may mean, in file order.

        ``country`` keeps that country's parties and admits its ``context_aliases`` ("Labor" with AUS);
        ``day`` drops parties not in existence on that day.
        """
        if self._parties_index is None or self._party_context_index is None:
            self._parties_index = FormIndex(
                (form, party)
                for party in self.parties.values()
                for form in (party.name, *party.aliases, *party.adjectives, *party.members)
            )
            self._party_context_index = FormIndex(
                (form, party) for party in self.parties.values() for form in party.context_aliases
            )
        found = self._parties_index.get(name)
        if country is not None:
            found = tuple(party for party in found if party.country == country)
            found += tuple(
                party
                for party in self._party_context_index.get(name)
                if party.country == country and party not in found
            )
        if day is not None:
            found = tuple(party for party in found if party.active_on(day))
        return found

    def party(self, name: str, country: str | None = None, day: dt.date | None = None) -> Party | None:
        """The one party ``name`` means (see :meth:`find_parties`), or None when none or several match:
        "GOP" is the US Republican Party; "Democratic Party" needs a country to choose."""
        found = self.find_parties(name, country, day)
        return found[0] if len(found) == 1 else None

    def subnational(
        self, name: str, country: str | None = None, *, postal: bool = False
    ) -> tuple[Subnational, ...]:
        """First-level units (states, provinces...) named ``name`` by name, alias or abbreviation ("Va.",
        "Ont."), in file order; several when the name is shared ("Punjab": India's and Pakistan's).

        ``country`` keeps that country's units. Two-letter postal codes ("CA", "OR") are matched only with
        ``postal=True``, for a context that expects a state, such as "Portland, OR".
        """
        if self._subnational_index is None or self._subnational_postal_index is None:
            self._subnational_index = FormIndex(
                (form, unit)
                for unit in self.subnational_units.values()
                for form in (unit.name, *unit.aliases, *unit.abbreviations)
            )
            self._subnational_postal_index = FormIndex(
                (unit.postal, unit) for unit in self.subnational_units.values() if unit.postal
            )
        found = self._subnational_index.get(name)
        if postal:
            found += tuple(u for u in self._subnational_postal_index.get(name) if u not in found)
        if country is not None:
            found = tuple(unit for unit in found if unit.country == country)
        return found

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
    parties = _read_optional(root / "parties.json", f"{label}/parties.json", party_from)
    subnational = _read_optional(root / "subnational.json", f"{label}/subnational.json", subnational_from)
    word_lists = _read_optional(root / "non_political.json", f"{label}/non_political.json", term_list_from)
    validate_extras(countries, parties, subnational, word_lists)
    return KnowledgeBase(
        (item.record for item in countries),
        (item.record for item in organisations),
        (item.record for item in sectors),
        (item.record for item in offices),
        (item.record for item in people),
        parties=(item.record for item in parties),
        subnational=(item.record for item in subnational),
        non_political=(item.record for item in word_lists),
    )


def _read(file: Traversable, label: str, parse: Callable[..., R]) -> list[Sourced[R]]:
    return [Sourced(label, parse(entry)) for entry in read_entries(file, label)]


def _read_optional(file: Traversable, label: str, parse: Callable[..., R]) -> list[Sourced[R]]:
    return _read(file, label, parse) if file.is_file() else []
