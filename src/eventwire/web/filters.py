"""The dashboard's filters: one parser for every view, with messages a person can act on.

Every dashboard view (feed, timeline, map, network, actor and country pages, CSV) takes the same query
string. By default it counts **asserted** events, each event once; ``factuality`` widens that and
``count=mentions`` weighs each event by its mentions. A bad value is a :class:`FilterError` naming the
field and showing a valid example, never a regular expression.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from eventwire.store import EventFilter

FACTUALITIES = ("asserted", "planned", "possible", "negated", "hypothetical")
DEFAULT_FACTUALITIES = ("asserted",)
CountMode = Literal["events", "mentions"]
FIELDS = (
    "since",
    "until",
    "actor",
    "country",
    "dyad",
    "root",
    "quad_class",
    "factuality",
    "count",
    "min_confidence",
    "located_in",
)
"""The query parameters every dashboard view reads (the dashboard keeps them in its URL)."""

_CODE = re.compile(r"[A-Za-z0-9-]{1,40}")
_ISO3 = re.compile(r"[A-Za-z]{3}")
_ROOT = re.compile(r"\d{1,2}")


class FilterError(ValueError):
    """A filter value the dashboard cannot use: ``field`` names the query parameter, ``str(error)`` is
    the message to show."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class DashboardQuery:
    """A parsed filter: the store's ``EventFilter`` (factuality included) and how to count."""

    where: EventFilter
    count: CountMode = "events"

    @property
    def factualities(self) -> tuple[str, ...]:
        value = self.where.factuality
        return (value,) if isinstance(value, str) else tuple(value or ())


def _list(raw: str | None) -> list[str]:
    return [part.strip() for part in (raw or "").split(",") if part.strip()]


def _date(field: str, label: str, raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        message = f"{label}: “{raw}” is not a date; use YYYY-MM-DD, e.g. 2025-08-07."
        raise FilterError(field, message) from None


def _codes(field: str, label: str, raw: str | None, example: str) -> tuple[str, ...]:
    codes = _list(raw)
    for code in codes:
        if not _CODE.fullmatch(code):
            raise FilterError(
                field, f"{label}: “{code}” is not an actor code; use letters, digits or “-”, e.g. {example}."
            )
    return tuple(code.upper() for code in codes)


def _countries(field: str, label: str, raw: str | None) -> tuple[str, ...]:
    countries = _list(raw)
    for country in countries:
        if not _ISO3.fullmatch(country):
            raise FilterError(
                field, f"{label}: “{country}” is not a three-letter ISO country code, e.g. RUS or UKR."
            )
    return tuple(country.upper() for country in countries)


def _dyad(raw: str | None) -> tuple[str, str] | None:
    if not raw:
        return None
    parts = _list(raw)
    if len(parts) != 2:
        message = f"Dyad: “{raw}” should be two actor codes separated by a comma, e.g. RUS,UKR."
        raise FilterError("dyad", message)
    first, second = _codes("dyad", "Dyad", raw, "RUS,UKR")
    return first, second


def _roots(raw: str | None) -> tuple[str, ...]:
    roots = _list(raw)
    for root in roots:
        if not _ROOT.fullmatch(root) or not 1 <= int(root) <= 20:
            raise FilterError("root", f"CAMEO root: “{root}” is not a CAMEO root; use 01 to 20, e.g. 04.")
    return tuple(root.zfill(2) for root in roots)


def _quads(raw: str | None) -> tuple[int, ...] | None:
    quads = _list(raw)
    if not quads:
        return None
    if not all(quad in {"1", "2", "3", "4"} for quad in quads):
        raise FilterError("quad_class", f"Quad class: “{raw}” should be 1, 2, 3 or 4 (or several, e.g. 1,2).")
    return tuple(int(quad) for quad in quads)


def _factualities(raw: str | None) -> tuple[str, ...]:
    if raw is None or not raw.strip():
        return DEFAULT_FACTUALITIES
    if raw.strip().lower() in {"all", "any"}:
        return FACTUALITIES
    chosen = [value.lower() for value in _list(raw)]
    unknown = [value for value in chosen if value not in FACTUALITIES]
    if unknown:
        choices = ", ".join(FACTUALITIES)
        raise FilterError(
            "factuality", f"Factuality: “{unknown[0]}” is not a factuality; choose from {choices} or all."
        )
    return tuple(value for value in FACTUALITIES if value in chosen)


def _count(raw: str | None) -> CountMode:
    value = (raw or "").strip().lower() or "events"
    if value == "events":
        return "events"
    if value == "mentions":
        return "mentions"
    raise FilterError("count", f"Count: “{raw}” should be events (each event once) or mentions.")


def _confidence(raw: str | None) -> float | None:
    if raw is None or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        message = f"Min confidence: “{raw}” should be a number from 0 to 1, e.g. 0.6."
        raise FilterError("min_confidence", message)
    return value


def parse_query(raw: Mapping[str, str | None]) -> DashboardQuery:
    """Parse the dashboard's query parameters (see :data:`FIELDS`); raises :class:`FilterError`."""
    since, until = _date("since", "Since", raw.get("since")), _date("until", "Until", raw.get("until"))
    if since and until and since > until:
        raise FilterError("since", f"Since ({since}) is after Until ({until}): nothing can match.")
    where = EventFilter(
        since=since,
        until=until,
        actor=_codes("actor", "Actor", raw.get("actor"), "RUSGOV or RUS") or None,
        country=_countries("country", "Country", raw.get("country")) or None,
        dyad=_dyad(raw.get("dyad")),
        root=_roots(raw.get("root")) or None,
        quad_class=_quads(raw.get("quad_class")),
        factuality=_factualities(raw.get("factuality")),
        min_confidence=_confidence(raw.get("min_confidence")),
        event_country=_countries("located_in", "Located in", raw.get("located_in")) or None,
    )
    return DashboardQuery(where=where, count=_count(raw.get("count")))
