"""The read API's queries: each opens one connection on the app's store and asks the store reader.

Aggregates (timeline, dyads, network, places, actor counts) count asserted event clusters once each
unless the request names factualities or ``count=mentions`` (see :mod:`eventwire.store.reader`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from eventwire.store import EventFilter, Store, reader
from eventwire.store.filters import values
from eventwire.store.reader import CountUnit, Frequency, Order


def _counting(where: EventFilter | None, count: CountUnit) -> dict[str, Any]:
    return {"count": count, "factuality": list(values(reader.counted(where).factuality))}


def _page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
    }


def events_page(store: Store, where: EventFilter, limit: int, offset: int, order: Order) -> dict[str, Any]:
    with store.engine.connect() as connection:
        items = reader.events(connection, where, limit, offset, order)
        return _page(items, reader.count_events(connection, where), limit, offset)


def clusters_page(store: Store, where: EventFilter, limit: int, offset: int, order: Order) -> dict[str, Any]:
    with store.engine.connect() as connection:
        items = reader.clusters(connection, where, limit, offset, order)
        return _page(items, reader.count_clusters(connection, where), limit, offset)


def cluster(store: Store, cluster_id: int) -> dict[str, Any] | None:
    with store.engine.connect() as connection:
        return reader.cluster(connection, cluster_id)


def articles_page(
    store: Store,
    since: dt.date | None,
    until: dt.date | None,
    updated_since: dt.datetime | None,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    with store.engine.connect() as connection:
        window: dict[str, Any] = {
            "since": since,
            "until": until,
            "story_id": None,
            "updated_since": updated_since,
        }
        items = reader.articles(connection, limit=limit, offset=offset, **window)
        return _page(items, reader.count_articles(connection, **window), limit, offset)


def actors_page(
    store: Store, where: EventFilter, count: CountUnit, search: str | None, limit: int, offset: int
) -> dict[str, Any]:
    with store.engine.connect() as connection:
        items = reader.actors(connection, where=where, count=count, search=search, limit=limit, offset=offset)
        return _page(items, reader.count_actors(connection, search), limit, offset)


def claims_page(store: Store, status: str | None, limit: int, offset: int) -> dict[str, Any]:
    with store.engine.connect() as connection:
        items = reader.claims(connection, status, limit, offset)
        return _page(items, reader.count_claims(connection, status), limit, offset)


def timeline(store: Store, where: EventFilter, freq: Frequency, count: CountUnit) -> dict[str, Any]:
    with store.engine.connect() as connection:
        series = reader.series(connection, where, freq, count)
    return {**_counting(where, count), "freq": freq, "series": series}


def dyad_timeline(
    store: Store, a: str, b: str, where: EventFilter, freq: Frequency, count: CountUnit
) -> dict[str, Any]:
    """Counted events between actor-code prefixes ``a`` and ``b`` (either direction) per period."""
    found = timeline(store, replace(where, dyad=(a, b)), freq, count)
    return {"a": a.upper(), "b": b.upper(), **found}


def actor_network(store: Store, where: EventFilter, max_edges: int, count: CountUnit) -> dict[str, Any]:
    """Who acts on whom: one edge per (source, target, quad class) with its counted events."""
    with store.engine.connect() as connection:
        found = reader.network(connection, where, max_edges, count)
    return {**_counting(where, count), **found}


def places(store: Store, where: EventFilter, limit: int, count: CountUnit) -> dict[str, Any]:
    with store.engine.connect() as connection:
        found = reader.places(connection, where, limit, count)
    return {**_counting(where, count), "places": found}
