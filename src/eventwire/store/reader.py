"""Read queries: plain JSON-ready dicts (ISO dates), shaped for the CLI, REST API, dashboard and exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.store.filters import EventFilter, event_conditions

Frequency = Literal["day", "week"]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_dict(row: sa.Row[Any]) -> dict[str, Any]:
    record = dict(row.record)
    record.update(id=row.id, article_id=row.article_id, cluster_id=row.cluster_id, date=_iso(row.event_date))
    return record


def _events_query(where: EventFilter | None) -> sa.Select[Any]:
    table = schema.events
    return (
        sa.select(table.c.id, table.c.article_id, table.c.cluster_id, table.c.event_date, table.c.record)
        .where(*event_conditions(table, where))
        .order_by(table.c.event_date, table.c.id)
    )


def events(
    connection: sa.Connection, where: EventFilter | None, limit: int | None, offset: int
) -> list[dict[str, Any]]:
    return [_event_dict(row) for row in connection.execute(_events_query(where).limit(limit).offset(offset))]


def iter_events(connection: sa.Connection, where: EventFilter | None) -> Iterator[dict[str, Any]]:
    for row in connection.execution_options(yield_per=1000).execute(_events_query(where)):
        yield _event_dict(row)


def _cluster_dict(row: sa.Row[Any]) -> dict[str, Any]:
    record = dict(row.record)
    record.update(
        id=row.id,
        date=_iso(row.event_date),
        story_id=row.story_id,
        num_mentions=row.num_mentions,
        num_sources=row.num_sources,
        num_articles=row.num_articles,
        source_url=row.source_url,
        date_added=_iso(row.date_added),
    )
    return record


def iter_event_clusters(connection: sa.Connection, where: EventFilter | None) -> Iterator[dict[str, Any]]:
    table = schema.event_clusters
    query = sa.select(table).where(*event_conditions(table, where)).order_by(table.c.event_date, table.c.id)
    for row in connection.execution_options(yield_per=1000).execute(query):
        yield _cluster_dict(row)


def _article_summary(row: sa.Row[Any]) -> dict[str, Any]:
    return {
        "id": row.id,
        "doc_id": row.doc_id,
        "url": row.url,
        "title": row.title,
        "published": _iso(row.published),
        "source": row.source,
        "story_id": row.story_id,
        "coder_version": row.coder_version,
        "ingested_at": _iso(row.ingested_at),
        "events": row.n_events,
    }


def _articles_query() -> sa.Select[Any]:
    table = schema.articles
    n_events = (
        sa.select(sa.func.count(schema.events.c.id))
        .where(schema.events.c.article_id == table.c.id)
        .scalar_subquery()
        .label("n_events")
    )
    return sa.select(
        table.c.id,
        table.c.doc_id,
        table.c.url,
        table.c.title,
        table.c.published,
        table.c.source,
        table.c.story_id,
        table.c.coder_version,
        table.c.ingested_at,
        n_events,
    )


def articles(
    connection: sa.Connection,
    *,
    since: dt.date | None,
    until: dt.date | None,
    story_id: int | None,
    limit: int | None,
    offset: int,
) -> list[dict[str, Any]]:
    table = schema.articles
    query = _articles_query()
    if since is not None:
        query = query.where(table.c.published >= since)
    if until is not None:
        query = query.where(table.c.published <= until)
    if story_id is not None:
        query = query.where(table.c.story_id == story_id)
    query = query.order_by(table.c.published, table.c.id).limit(limit).offset(offset)
    return [_article_summary(row) for row in connection.execute(query)]


def article(connection: sa.Connection, article_id: int) -> dict[str, Any] | None:
    table = schema.articles
    row = connection.execute(
        _articles_query().add_columns(table.c.text).where(table.c.id == article_id)
    ).first()
    if row is None:
        return None
    found = _article_summary(row)
    found["text"] = row.text
    found["events"] = events(connection, EventFilter(article_id=article_id), None, 0)
    flag_rows = connection.execute(
        sa.select(schema.flags.c.record)
        .where(schema.flags.c.article_id == article_id)
        .order_by(schema.flags.c.id)
    )
    found["flags"] = [dict(flag.record) for flag in flag_rows]
    return found


def actors(connection: sa.Connection) -> list[dict[str, Any]]:
    table, events_table = schema.actors, schema.events
    as_source = (
        sa.select(sa.func.count())
        .where(events_table.c.source_code == table.c.code)
        .scalar_subquery()
        .label("as_source")
    )
    as_target = (
        sa.select(sa.func.count())
        .where(events_table.c.target_code == table.c.code)
        .scalar_subquery()
        .label("as_target")
    )
    rows = connection.execute(sa.select(table, as_source, as_target).order_by(table.c.code))
    return [
        {
            "code": row.code,
            "name": row.name,
            "country": row.country,
            "sector": row.sector,
            "person": row.person,
            "events_as_source": row.as_source,
            "events_as_target": row.as_target,
        }
        for row in rows
    ]


def _period(day: dt.date, freq: Frequency) -> dt.date:
    return day - dt.timedelta(days=day.weekday()) if freq == "week" else day


def dyad_series(connection: sa.Connection, first: str, second: str, freq: Frequency) -> list[dict[str, Any]]:
    """Events between two actor-code prefixes (either direction) per day or ISO week (Monday)."""
    table = schema.events
    conditions = event_conditions(table, EventFilter(dyad=(first, second)))
    rows = connection.execute(
        sa.select(table.c.event_date, table.c.goldstein).where(table.c.event_date.is_not(None), *conditions)
    )
    buckets: dict[dt.date, list[float]] = {}
    for row in rows:
        buckets.setdefault(_period(row.event_date, freq), []).append(float(row.goldstein))
    return [
        {
            "period": period.isoformat(),
            "events": len(scores),
            "mean_goldstein": round(sum(scores) / len(scores), 3),
        }
        for period, scores in sorted(buckets.items())
    ]


def claims(connection: sa.Connection, status: str | None) -> list[dict[str, Any]]:
    table, evidence = schema.claims, schema.claim_evidence
    query = sa.select(table).order_by(table.c.opened_on, table.c.id)
    if status:
        query = query.where(table.c.status == status)
    found = []
    for row in connection.execute(query).all():
        chain = connection.execute(
            sa.select(evidence)
            .where(evidence.c.claim_id == row.id)
            .order_by(evidence.c.on_date, evidence.c.id)
        )
        found.append(
            {
                "id": row.id,
                "status": row.status,
                "parties": [row.party_a, row.party_b],
                "source": row.source_code,
                "target": row.target_code,
                "family": row.family,
                "cameo": row.cameo,
                "opened_on": _iso(row.opened_on),
                "window": {"start": _iso(row.window_start), "end": _iso(row.window_end)},
                "resolved_on": _iso(row.resolved_on),
                "summary": row.summary,
                "evidence": [
                    {
                        "role": item.role,
                        "article_id": item.article_id,
                        "event_id": item.event_id,
                        "date": _iso(item.on_date),
                        "factuality": item.factuality,
                        "text": item.text,
                    }
                    for item in chain
                ],
            }
        )
    return found


def rejected_inputs(connection: sa.Connection, limit: int | None, offset: int) -> list[dict[str, Any]]:
    table = schema.rejected_inputs
    rows = connection.execute(sa.select(table).order_by(table.c.id).limit(limit).offset(offset))
    return [
        {
            "id": row.id,
            "doc_id": row.doc_id,
            "location": row.location,
            "kind": row.kind,
            "message": row.message,
            "seen_at": _iso(row.seen_at),
            "times_seen": row.times_seen,
        }
        for row in rows
    ]


def _count(connection: sa.Connection, table: sa.Table) -> int:
    return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def stats(connection: sa.Connection) -> dict[str, Any]:
    by_status = {
        str(status): int(count)
        for status, count in connection.execute(
            sa.select(schema.claims.c.status, sa.func.count()).group_by(schema.claims.c.status)
        )
    }
    newest = connection.execute(sa.select(sa.func.max(schema.articles.c.published))).scalar_one()
    return {
        "articles": _count(connection, schema.articles),
        "events": _count(connection, schema.events),
        "event_clusters": _count(connection, schema.event_clusters),
        "stories": _count(connection, schema.stories),
        "actors": _count(connection, schema.actors),
        "flags": _count(connection, schema.flags),
        "claims": _count(connection, schema.claims),
        "claims_by_status": dict(sorted(by_status.items())),
        "rejected_inputs": _count(connection, schema.rejected_inputs),
        "newest_article": _iso(newest),
    }
