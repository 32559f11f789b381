"""Event filters shared by the read API, the REST API and the exports (one meaning everywhere)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Every field is optional; set fields combine with AND.

    ``actor`` matches an actor code prefix on either side (``RUS`` matches ``RUSGOV``); ``dyad`` is two
    such prefixes, in either direction; ``root`` is a two-digit CAMEO root, ``cameo`` a code prefix.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    plover: str | None = None
    factuality: str | None = None
    country: str | None = None
    min_confidence: float | None = None
    article_id: int | None = None


def _code_prefix(column: sa.ColumnElement[str], prefix: str) -> sa.ColumnElement[bool]:
    return column.startswith(prefix.upper(), autoescape=True)


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
    if where.actor:
        conditions.append(
            sa.or_(_code_prefix(c.source_code, where.actor), _code_prefix(c.target_code, where.actor))
        )
    if where.dyad is not None:
        first, second = where.dyad
        conditions.append(
            sa.or_(
                sa.and_(_code_prefix(c.source_code, first), _code_prefix(c.target_code, second)),
                sa.and_(_code_prefix(c.source_code, second), _code_prefix(c.target_code, first)),
            )
        )
    if where.root:
        conditions.append(c.root == where.root.zfill(2))
    if where.cameo:
        conditions.append(c.cameo.startswith(where.cameo, autoescape=True))
    if where.quad_class is not None:
        conditions.append(c.quad_class == where.quad_class)
    if where.plover:
        conditions.append(c.plover == where.plover.upper())
    if where.factuality:
        conditions.append(c.factuality == where.factuality)
    if where.country:
        country = where.country.upper()
        conditions.append(sa.or_(c.source_country == country, c.target_country == country))
    if where.min_confidence is not None:
        conditions.append(c.confidence >= where.min_confidence)
    if where.article_id is not None and "article_id" in c:
        conditions.append(c.article_id == where.article_id)
    return conditions
