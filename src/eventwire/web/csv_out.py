"""CSV downloads of dashboard views: the standard ``csv`` writer, codes kept as text (``"040"``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

EVENT_COLUMNS = (
    "id",
    "date",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "joint",
    "cameo",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover",
    "factuality",
    "attributed_to",
    "location",
    "location_country",
    "lat",
    "lon",
    "num_mentions",
    "num_articles",
    "num_sources",
    "confidence",
    "evidence",
)
TIMELINE_COLUMNS = ("period", "events", "cooperation", "conflict", "q1", "q2", "q3", "q4", "mean_goldstein")


def _write(columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _code(actor: dict[str, Any] | None, key: str) -> str:
    return str(actor.get(key) or "") if actor else ""


def events_csv(rows: list[dict[str, Any]]) -> str:
    """One line per event (a dashboard feed row), with the columns of :data:`EVENT_COLUMNS`."""
    flat = []
    for item in rows:
        location = item.get("location") or {}
        flat.append(
            {
                **item,
                "source_code": _code(item["source"], "code"),
                "source_name": _code(item["source"], "person") or _code(item["source"], "name"),
                "target_code": _code(item["target"], "code"),
                "target_name": _code(item["target"], "person") or _code(item["target"], "name"),
                "attributed_to": _code(item.get("attributed_to"), "code"),
                "location": location.get("name", ""),
                "location_country": location.get("country", ""),
                "lat": location.get("lat", ""),
                "lon": location.get("lon", ""),
            }
        )
    return _write(EVENT_COLUMNS, flat)


def timeline_csv(series: list[dict[str, Any]]) -> str:
    """One line per period of a dashboard timeline."""
    flat = [{**point, **{f"q{i + 1}": n for i, n in enumerate(point["quad"])}} for point in series]
    return _write(TIMELINE_COLUMNS, flat)
