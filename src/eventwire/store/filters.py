"""Event filters shared by the read API, the REST API and the exports (one meaning everywhere)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from eventwire.store import schema

MAX_ID = 2**31 - 1
"""The largest row id on every backend (PostgreSQL ``integer``); larger numbers name no row."""


def valid_id(value: int) -> bool:
    """True when ``value`` can be a stored row id (1..``MAX_ID``); anything else matches nothing, and
    must never reach the driver (SQLite overflows past 2**63, PostgreSQL past 2**31)."""
    return 1 <= value <= MAX_ID


Many = str | tuple[str, ...] | None
"""One value, several (a tuple), or a comma-separated string of several; None or empty means any."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Every field is optional; set fields combine with AND, the values of one field with OR.

    ``actor`` matches an actor code prefix on either side (``RUS`` matches ``RUSGOV``); ``dyad`` is two
    such prefixes, in either direction; ``root`` is a two-digit CAMEO root, ``cameo`` a code prefix;
    ``country`` an actor's ISO-3 country (either side); ``event_country`` the ISO-3 country of the
    event's location and ``bbox`` (west, south, east, north in decimal degrees, WGS84) a box its point
    lies in; ``updated_since`` keeps events from articles stored at or after that instant (UTC).
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: Many = None
    dyad: tuple[str, str] | None = None
    root: Many = None
    cameo: str | None = None
    quad_class: int | tuple[int, ...] | None = None
    plover: Many = None
    factuality: Many = None
    country: Many = None
    min_confidence: float | None = None
    article_id: int | None = None
    event_country: Many = None
    bbox: tuple[float, float, float, float] | None = None
    updated_since: dt.datetime | None = None


def values(value: Many) -> tuple[str, ...]:
    """The values of a multi-value field: ``"a,b"``, ``("a", "b")`` → ``("a", "b")``; None → ``()``."""
    if value is None:
        return ()
    parts: Iterable[str] = value.split(",") if isinstance(value, str) else value
    return tuple(part.strip() for part in parts if part and part.strip())


def _code_prefix(column: sa.ColumnElement[str], prefix: str) -> sa.ColumnElement[bool]:
    return column.startswith(prefix.upper(), autoescape=True)


def _any_prefix(table: sa.Table, prefixes: tuple[str, ...]) -> sa.ColumnElement[bool]:
    c = table.c
    return sa.or_(
        *(
            sa.or_(_code_prefix(c.source_code, prefix), _code_prefix(c.target_code, prefix))
            for prefix in prefixes
        )
    )


def _updated_since(table: sa.Table, since: dt.datetime) -> sa.ColumnElement[bool]:
    instant = since.astimezone(dt.UTC) if since.tzinfo else since.replace(tzinfo=dt.UTC)
    fresh = sa.select(schema.articles.c.id).where(schema.articles.c.ingested_at >= instant)
    if "article_id" in table.c:
        return table.c.article_id.in_(fresh)
    return table.c.id.in_(sa.select(schema.events.c.cluster_id).where(schema.events.c.article_id.in_(fresh)))


def _location(table: sa.Table, where: EventFilter) -> list[sa.ColumnElement[bool]]:
    record = table.c.record
    conditions: list[sa.ColumnElement[bool]] = []
    countries = [country.upper() for country in values(where.event_country)]
    if countries:
        conditions.append(record[("location", "country")].as_string().in_(countries))
    if where.bbox is not None:
        west, south, east, north = where.bbox
        lat = record[("location", "lat")].as_float()
        lon = record[("location", "lon")].as_float()
        conditions.append(lat.between(south, north))
        conditions.append(lon.between(west, east) if west <= east else sa.or_(lon >= west, lon <= east))
    return conditions


def event_conditions(table: sa.Table, where: EventFilter | None) -> list[sa.ColumnElement[bool]]:
    """SQL conditions for ``where`` over a table with the shared event columns (events, event_clusters)."""
    if where is None:
        return []
    c = table.c
    conditions: list[sa.ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(c.event_date >= where.since)
    if where.until is not None:
        conditions.append(c.event_date <= where.until)
    if actors := values(where.actor):
        conditions.append(_any_prefix(table, actors))
    if where.dyad is not None:
        first, second = where.dyad
        conditions.append(
            sa.or_(
                sa.and_(_code_prefix(c.source_code, first), _code_prefix(c.target_code, second)),
                sa.and_(_code_prefix(c.source_code, second), _code_prefix(c.target_code, first)),
            )
        )
    if roots := values(where.root):
        conditions.append(c.root.in_([root.zfill(2) for root in roots]))
    if where.cameo:
        conditions.append(c.cameo.startswith(where.cameo, autoescape=True))
    if where.quad_class is not None:
        quads = (where.quad_class,) if isinstance(where.quad_class, int) else where.quad_class
        if quads:
            conditions.append(c.quad_class.in_(quads))
    if plovers := values(where.plover):
        conditions.append(c.plover.in_([plover.upper() for plover in plovers]))
    if factualities := values(where.factuality):
        conditions.append(c.factuality.in_(factualities))
    if countries := values(where.country):
        upper = [country.upper() for country in countries]
        conditions.append(sa.or_(c.source_country.in_(upper), c.target_country.in_(upper)))
    if where.min_confidence is not None:
        conditions.append(c.confidence >= where.min_confidence)
    if where.article_id is not None and "article_id" in c:
        valid = valid_id(where.article_id)
        conditions.append(c.article_id == where.article_id if valid else sa.false())
    conditions.extend(_location(table, where))
    if where.updated_since is not None:
        conditions.append(_updated_since(table, where.updated_since))
    return conditions
