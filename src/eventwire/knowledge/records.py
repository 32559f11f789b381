"""Typed, immutable records of the knowledge base: what the JSON data files hold, once validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Metonym:
    """A place or building that stands for a state's institution: "the Kremlin" means RUS, sector GOV."""

    text: str
    sector: str


@dataclass(frozen=True, slots=True)
class Country:
    """A state; ``code`` is its CAMEO country code (ISO-3 except where CAMEO differs, e.g. ``KSV``)."""

    code: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    metonyms: tuple[Metonym, ...]


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international (``igo``) or non-governmental (``ngo``) organisation with its CAMEO code."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None


@dataclass(frozen=True, slots=True)
class Sector:
    """A CAMEO role code (``GOV``, ``MIL``...) and the lowercase nouns that signal it in text."""

    code: str
    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Office:
    """A generic office (``foreign_minister``); the country comes from the text or the person's role."""

    id: str
    sector: str
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """One office held by one person for one country or organisation; ``start``/``end`` inclusive."""

    office: str
    country: str
    sector: str
    start: dt.date
    end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        """True when the role was held on ``day`` (an open ``end`` means still held)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with dated roles: titles in text are checked against them."""

    id: str
    name: str
    aliases: tuple[str, ...]
    gender: str | None
    roles: tuple[Role, ...]

    def roles_on(self, day: dt.date) -> tuple[Role, ...]:
        """The roles held on ``day``."""
        return tuple(role for role in self.roles if role.active_on(day))

    def held(self, office: str, country: str | None, day: dt.date) -> bool:
        """Whether the person held ``office`` (for ``country``, if given) on ``day``."""
        return any(_matches(role, office, country) and role.active_on(day) for role in self.roles)

    def held_before(self, office: str, country: str | None, day: dt.date) -> bool:
        """Whether the person had held ``office`` (for ``country``, if given) at some point before ``day``.

        This is what makes "former president" true on a day when the person no longer holds it.
        """
        return any(_matches(role, office, country) and role.start < day for role in self.roles)


def _matches(role: Role, office: str, country: str | None) -> bool:
    return role.office == office and (country is None or role.country == country)


DenotationKind = Literal[
    "country", "country_adjective", "demonym", "metonym", "organisation", "person", "sector", "office"
]


@dataclass(frozen=True, slots=True)
class Denotation:
    """What a surface form means: a country, an organisation, a person, a sector or an office."""

    kind: DenotationKind
    key: str
    """Country code, organisation code, person id, sector code or office id, depending on ``kind``."""
    sector: str | None = None
    """The sector the form implies: a metonym's or an office's sector; a sector term's own code."""


@dataclass(frozen=True, slots=True)
class Party:
    """A political party of one country; ``start``/``end`` (inclusive, either may be unknown) bound its life.

    ``context_aliases`` are short forms ("Labor", "Greens", "Congress") that name this party only when the
    caller already knows the country from the text: alone they are too ambiguous to trust.
    """

    id: str
    name: str
    country: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    members: tuple[str, ...]
    context_aliases: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        """True unless ``day`` falls before the party's known start or after its known end."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Subnational:
    """A first-level administrative unit (state, province, oblast...) and the country it belongs to.

    ``adm1`` is the ISO 3166-2 code where one exists; ``lat``/``lon`` an approximate centre (about half a
    degree). ``shared_with`` lists other countries that the name or an alias also names (as a country,
    capital or another country's unit): "Georgia" the US state shares its name with GEO.
    """

    id: str
    name: str
    country: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    postal: str | None
    adm1: str | None
    lat: float
    lon: float
    shared_with: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TermList:
    """A documented list of words (non_political.json): its id, what it is for, and its terms."""

    id: str
    about: str
    terms: tuple[str, ...]
