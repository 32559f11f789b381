"""GDELT 2.0 event-table rows from deduplicated events, so tools built for GDELT read eventwire data.

One row per event cluster (GDELT counts an event once, with NumMentions/NumSources/NumArticles).
Geography as GDELT writes it: country codes are FIPS 10-4, ``ADM1Code`` is FIPS country + ADM1 code
(``USAK``; the country code alone for a country-level place), types 1 country, 2 US state, 3 US city,
4 world city, 5 world state. An actor's geography is the event's place when it lies in the actor's
country, else the actor's country at its centroid. Fields eventwire does not produce (ethnic and
religion codes, tone, ADM2 codes, GNS feature ids of cities) are left empty, as GDELT leaves unknown
fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.export.columns import gdelt_columns
from eventwire.export.places import PlaceDetails, country_place, describe

_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = "1", "2", "3", "4", "5"


def _clean(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(actor: dict[str, Any] | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2, Type1/2/3."""
    if not actor:
        return [""] * 10
    code = actor.get("code") or ""
    known_group = code[-3:] if code.startswith("IGO") and len(code) > 3 else ""
    type_code = "IGO" if code.startswith("IGO") else actor.get("sector") or ""
    return [
        code,
        actor.get("name") or "",
        actor.get("country") or "",
        known_group,
        "",
        "",
        "",
        type_code,
        "",
        "",
    ]


def _geo_type(place: PlaceDetails) -> str:
    us = place.country == "USA"
    if place.kind == "country" or (place.lat is None and place.country):
        return _COUNTRY
    if place.kind == "admin1":
        return _US_STATE if us else _WORLD_STATE
    if place.lat is None:
        return ""
    return _US_CITY if us else _WORLD_CITY


def _full_name(place: PlaceDetails) -> str:
    if place.kind == "country":
        return place.country_name or place.name or ""
    parts = [place.name, place.admin1_name if place.kind == "city" else None, place.country_name]
    return ", ".join(dict.fromkeys(part for part in parts if part))


def _geo(place: PlaceDetails | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None:
        return [""] * 8
    feature = place.gdelt_adm1 if place.kind in ("country", "admin1") else ""
    return [
        _geo_type(place),
        _full_name(place),
        place.fips or "",
        place.gdelt_adm1 or "",
        "",
        _clean(place.lat),
        _clean(place.lon),
        feature or "",
    ]


def _actor_place(actor: dict[str, Any] | None, action: PlaceDetails | None) -> PlaceDetails | None:
    country = (actor or {}).get("country")
    if not country:
        return None
    if action is not None and action.country == country:
        return action
    return country_place(country)


def _dates(day: dt.date | None) -> list[str]:
    """Day, MonthYear, Year, FractionDate."""
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + day.timetuple().tm_yday / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def gdelt_row(cluster: dict[str, Any]) -> list[str]:
    """The 61 GDELT fields of one event cluster (as ``Store.iter_event_clusters`` yields them)."""
    day = dt.date.fromisoformat(cluster["date"]) if cluster.get("date") else None
    added = dt.datetime.fromisoformat(cluster["date_added"]) if cluster.get("date_added") else None
    cameo = cluster["cameo"]
    action = describe(cluster.get("location"))
    row = [
        str(cluster["id"]),
        *_dates(day),
        *_actor(cluster.get("source")),
        *_actor(cluster.get("target")),
        "1" if cluster.get("sentence") == 0 else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        str(cluster["quad_class"]),
        f"{float(cluster['goldstein']):.1f}",
        str(cluster["num_mentions"]),
        str(cluster["num_sources"]),
        str(cluster["num_articles"]),
        "",
        *_geo(_actor_place(cluster.get("source"), action)),
        *_geo(_actor_place(cluster.get("target"), action)),
        *_geo(action),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        cluster.get("source_url") or "",
    ]
    assert len(row) == len(gdelt_columns()), "GDELT row layout out of step with gdelt_columns.txt"
    return [_clean(value) for value in row]
