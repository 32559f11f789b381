"""Read queries: plain JSON-ready dicts (ISO dates), shaped for the CLI, REST API, dashboard and exports.

Lists (events, clusters, articles, actors, claims) return every factuality unless filtered. Aggregates
(``count_units``, ``series``, ``network``, actor counts, ``stats``) count what happened: **asserted**
events unless the filter names factualities, and each **event cluster once** (``count="events"``):
not each mention, and not each direction of a joint act (a meeting coded A→B and B→A from the same
sentence is one event, counted under the pair's first code in alphabetical order). ``count="mentions"``
counts every coded mention instead (still one per joint act).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Literal

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.store.filters import EventFilter, event_conditions, valid_id, values

Frequency = Literal["day", "week", "month"]
CountUnit = Literal["events", "mentions"]
DEFAULT_FACTUALITY = ("asserted",)
FACTUALITIES = ("asserted", "planned", "possible", "negated", "hypothetical")
COOPERATION = (1, 2)
_PEOPLE_PER_NODE = 5


Order = Literal["newest", "oldest"]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _count_of(connection: sa.Connection, query: sa.Select[Any]) -> int:
    counted = sa.select(sa.func.count()).select_from(query.order_by(None).subquery())
    return int(connection.execute(counted).scalar_one())


def _ordered(table: sa.Table, query: sa.Select[Any], order: Order) -> sa.Select[Any]:
    if order == "newest":
        return query.order_by(table.c.event_date.desc().nulls_last(), table.c.id.desc())
    return query.order_by(table.c.event_date, table.c.id)


# ------------------------------------------------------------------------------------ what is counted
def counted(where: EventFilter | None) -> EventFilter:
    """``where`` with the aggregates' default: asserted events only, unless it names factualities."""
    where = where or EventFilter()
    return where if values(where.factuality) else replace(where, factuality=DEFAULT_FACTUALITY)


def mirror_event_ids(*, kept: bool = False) -> sa.Select[Any]:
    """Ids of events that are the second direction of a joint act: same article, sentence, root and
    factuality as another event with source and target swapped; the direction whose source code
    sorts later is the mirror. With ``kept``, the first directions instead (the ones counted)."""
    first, second = schema.events.alias("first"), schema.events.alias("second")
    partner = sa.and_(
        first.c.article_id == second.c.article_id,
        first.c.sentence == second.c.sentence,
        first.c.root == second.c.root,
        first.c.factuality == second.c.factuality,
        first.c.source_code == second.c.target_code,
        first.c.target_code == second.c.source_code,
    )
    side = first.c.source_code < first.c.target_code if kept else first.c.source_code > first.c.target_code
    return sa.select(first.c.id).join(second, partner).where(side)


def _mirror_cluster_ids() -> sa.Select[Any]:
    events = schema.events
    return sa.select(events.c.cluster_id).where(
        events.c.cluster_id.is_not(None), events.c.id.in_(mirror_event_ids())
    )


def _unit_table(count: CountUnit) -> sa.Table:
    return schema.events if count == "mentions" else schema.event_clusters


def _units(where: EventFilter | None, count: CountUnit, *columns: str) -> sa.Select[Any]:
    """What aggregates count (see the module docstring), with the asked ``columns`` of the unit table."""
    table = _unit_table(count)
    mirrors = mirror_event_ids() if count == "mentions" else _mirror_cluster_ids()
    return sa.select(*(table.c[name] for name in columns)).where(
        *event_conditions(table, counted(where)), table.c.id.not_in(mirrors)
    )


def count_units(connection: sa.Connection, where: EventFilter | None, count: CountUnit = "events") -> int:
    """How many events (clusters) or mentions match, with the aggregates' defaults."""
    return _count_of(connection, _units(where, count, "id"))


# ---------------------------------------------------------------------------------- per-article events
def article_ref(row: sa.Row[Any]) -> dict[str, Any]:
    """The article an event was read from: id, title, URL, source (outlet) and publication date (ISO),
    from a row selected with ``article_columns``."""
    return {
        "id": row.article_ref_id,
        "title": row.article_title,
        "url": row.article_url,
        "source": row.article_source,
        "published": _iso(row.article_published),
    }


def article_columns(articles: sa.FromClause) -> list[sa.ColumnElement[Any]]:
    """The columns of ``articles`` that ``article_ref`` reads, labelled ``article_*`` so they do not
    clash with an event's own columns."""
    return [
        articles.c.id.label("article_ref_id"),
        articles.c.title.label("article_title"),
        articles.c.url.label("article_url"),
        articles.c.source.label("article_source"),
        articles.c.published.label("article_published"),
    ]


def _event_dict(row: sa.Row[Any]) -> dict[str, Any]:
    record = dict(row.record)
    record.update(
        id=row.id,
        article_id=row.article_id,
        cluster_id=row.cluster_id,
        date=_iso(row.event_date),
        article=article_ref(row),
    )
    return record


def _events_query(where: EventFilter | None, order: Order = "oldest") -> sa.Select[Any]:
    table, articles_table = schema.events, schema.articles
    query = (
        sa.select(
            table.c.id,
            table.c.article_id,
            table.c.cluster_id,
            table.c.event_date,
            table.c.record,
            *article_columns(articles_table),
        )
        .join(articles_table, articles_table.c.id == table.c.article_id)
        .where(*event_conditions(table, where))
    )
    return _ordered(table, query, order)


def events(
    connection: sa.Connection,
    where: EventFilter | None,
    limit: int | None,
    offset: int,
    order: Order = "oldest",
) -> list[dict[str, Any]]:
    query = _events_query(where, order).limit(limit).offset(offset)
    return [_event_dict(row) for row in connection.execute(query)]


def count_events(connection: sa.Connection, where: EventFilter | None) -> int:
    """How many per-article events (mentions, every factuality unless filtered) match ``where``."""
    return _count_of(connection, _events_query(where))


def iter_events(connection: sa.Connection, where: EventFilter | None) -> Iterator[dict[str, Any]]:
    for row in connection.execution_options(yield_per=1000).execute(_events_query(where)):
        yield _event_dict(row)


# ---------------------------------------------------------------------------------------- clusters
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
        article=article_ref(row),
    )
    return record


def _clusters_query(where: EventFilter | None, order: Order = "oldest") -> sa.Select[Any]:
    """Clusters with the article of their first mention (its title, URL, source, publication date)."""
    table, events_table, articles_table = schema.event_clusters, schema.events, schema.articles
    first = (
        sa.select(events_table.c.cluster_id, sa.func.min(events_table.c.id).label("first_id"))
        .group_by(events_table.c.cluster_id)
        .subquery("first_mention")
    )
    first_event = events_table.alias("first_event")
    query = (
        sa.select(table, *article_columns(articles_table))
        .outerjoin(first, first.c.cluster_id == table.c.id)
        .outerjoin(first_event, first_event.c.id == first.c.first_id)
        .outerjoin(articles_table, articles_table.c.id == first_event.c.article_id)
        .where(*event_conditions(table, where))
    )
    return _ordered(table, query, order)


def iter_event_clusters(connection: sa.Connection, where: EventFilter | None) -> Iterator[dict[str, Any]]:
    for row in connection.execution_options(yield_per=1000).execute(_clusters_query(where)):
        yield _cluster_dict(row)


def clusters(
    connection: sa.Connection,
    where: EventFilter | None,
    limit: int | None,
    offset: int,
    order: Order = "newest",
) -> list[dict[str, Any]]:
    """Event clusters (one row per real-world event, every factuality unless filtered), each with
    ``joint`` (the mirror direction of a joint act, which aggregates do not count again)."""
    mirrors = set(connection.execute(_mirror_cluster_ids()).scalars())
    query = _clusters_query(where, order).limit(limit).offset(offset)
    return [{**_cluster_dict(row), "mirror": row.id in mirrors} for row in connection.execute(query)]


def count_clusters(connection: sa.Connection, where: EventFilter | None) -> int:
    return _count_of(connection, _clusters_query(where))


def cluster(connection: sa.Connection, cluster_id: int) -> dict[str, Any] | None:
    """One event cluster with ``mentions`` (every per-article event in it, with its article's title,
    URL, source and date) and ``claims`` (claims whose evidence cites one of those mentions); None when
    unknown, or when ``cluster_id`` is outside 1..``MAX_ID`` (it never reaches the driver)."""
    if not valid_id(cluster_id):
        return None
    table = schema.event_clusters
    row = connection.execute(_clusters_query(None).where(table.c.id == cluster_id)).first()
    if row is None:
        return None
    found = _cluster_dict(row)
    mention_rows = connection.execute(
        _events_query(None)
        .where(schema.events.c.cluster_id == cluster_id)
        .order_by(None)
        .order_by(schema.articles.c.published, schema.events.c.id)
    ).all()
    found["mentions"] = [_event_dict(mention) for mention in mention_rows]
    event_ids = [mention.id for mention in mention_rows]
    evidence = schema.claim_evidence
    claim_ids = sorted(
        set(
            connection.execute(
                sa.select(evidence.c.claim_id).where(evidence.c.event_id.in_(event_ids))
            ).scalars()
        )
    )
    found["claims"] = claims(connection, None, claim_ids=claim_ids) if claim_ids else []
    return found


# ---------------------------------------------------------------------------------------- articles
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


def _filtered_articles(
    since: dt.date | None,
    until: dt.date | None,
    story_id: int | None,
    updated_since: dt.datetime | None = None,
) -> sa.Select[Any]:
    table = schema.articles
    query = _articles_query()
    if since is not None:
        query = query.where(table.c.published >= since)
    if until is not None:
        query = query.where(table.c.published <= until)
    if story_id is not None:
        query = query.where(table.c.story_id == story_id)
    if updated_since is not None:
        instant = updated_since if updated_since.tzinfo else updated_since.replace(tzinfo=dt.UTC)
        query = query.where(table.c.ingested_at >= instant.astimezone(dt.UTC))
    return query


def articles(
    connection: sa.Connection,
    *,
    since: dt.date | None,
    until: dt.date | None,
    story_id: int | None,
    limit: int | None,
    offset: int,
    updated_since: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    table = schema.articles
    query = _filtered_articles(since, until, story_id, updated_since)
    query = query.order_by(table.c.published, table.c.id).limit(limit).offset(offset)
    return [_article_summary(row) for row in connection.execute(query)]


def count_articles(
    connection: sa.Connection,
    *,
    since: dt.date | None,
    until: dt.date | None,
    story_id: int | None,
    updated_since: dt.datetime | None = None,
) -> int:
    return _count_of(connection, _filtered_articles(since, until, story_id, updated_since))


def article(connection: sa.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with its ``text``, ``events`` and ``flags``; None when unknown or not an id."""
    if not valid_id(article_id):
        return None
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


# ------------------------------------------------------------------------------------------ actors
def _actors_query(search: str | None) -> sa.Select[Any]:
    table = schema.actors
    query = sa.select(table)
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(
            sa.or_(
                table.c.code.startswith(search.upper(), autoescape=True),
                sa.func.lower(table.c.name).like(pattern),
                sa.func.lower(sa.func.coalesce(table.c.person, "")).like(pattern),
            )
        )
    return query


def _count_by(connection: sa.Connection, column: sa.ColumnElement[Any], keys: list[str]) -> Counter[str]:
    """How many rows of ``column``'s table have each of ``keys`` in ``column`` (absent keys count 0)."""
    query = sa.select(column, sa.func.count()).where(column.in_(keys)).group_by(column)
    return Counter(dict(connection.execute(query).all()))


def actors(
    connection: sa.Connection,
    *,
    where: EventFilter | None = None,
    count: CountUnit = "events",
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Actors by code, each with how many counted events (see the module docstring) it is the source
    and the target of; ``search`` matches a code prefix or part of a name."""
    table = schema.actors
    rows = connection.execute(_actors_query(search).order_by(table.c.code).limit(limit).offset(offset)).all()
    units = _units(where, count, "source_code", "target_code").subquery()
    codes = [row.code for row in rows]
    as_source = _count_by(connection, units.c.source_code, codes)
    as_target = _count_by(connection, units.c.target_code, codes)
    return [
        {
            "code": row.code,
            "name": row.name,
            "country": row.country,
            "sector": row.sector,
            "person": row.person,
            "events_as_source": int(as_source[row.code]),
            "events_as_target": int(as_target[row.code]),
        }
        for row in rows
    ]


def count_actors(connection: sa.Connection, search: str | None = None) -> int:
    return _count_of(connection, _actors_query(search))


# --------------------------------------------------------------------------------------- aggregates
def _period(day: dt.date, freq: Frequency) -> dt.date:
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day


def series(
    connection: sa.Connection, where: EventFilter | None, freq: Frequency, count: CountUnit = "events"
) -> list[dict[str, Any]]:
    """Counted events per day, ISO week (its Monday) or month (its first day), dated events only:
    ``[{period, events, cooperation, conflict, mean_goldstein}]`` (cooperation: quad class 1-2)."""
    units = _units(where, count, "event_date", "goldstein", "quad_class")
    rows = connection.execute(units.where(_unit_table(count).c.event_date.is_not(None)))
    buckets: dict[dt.date, list[tuple[float, int]]] = {}
    for row in rows:
        buckets.setdefault(_period(row.event_date, freq), []).append(
            (float(row.goldstein), int(row.quad_class))
        )
    return [
        {
            "period": period.isoformat(),
            "events": len(points),
            "cooperation": sum(1 for _score, quad in points if quad in COOPERATION),
            "conflict": sum(1 for _score, quad in points if quad not in COOPERATION),
            "mean_goldstein": round(sum(score for score, _quad in points) / len(points), 3),
        }
        for period, points in sorted(buckets.items())
    ]


def dyad_series(
    connection: sa.Connection,
    first: str,
    second: str,
    freq: Frequency,
    where: EventFilter | None = None,
    count: CountUnit = "events",
) -> list[dict[str, Any]]:
    """``series`` of the events between two actor-code prefixes (either direction)."""
    return series(connection, replace(where or EventFilter(), dyad=(first, second)), freq, count)


def network(
    connection: sa.Connection, where: EventFilter | None, max_edges: int, count: CountUnit = "events"
) -> dict[str, Any]:
    """Who acts on whom: one edge per (source, target, quad class) with its counted events, busiest
    first; a node carries its generic name (when an event named the role) and the people seen under it."""
    edges: Counter[tuple[str, str, int]] = Counter()
    names: dict[str, str] = {}
    people: dict[str, Counter[str]] = {}
    query = _units(where, count, "source_code", "target_code", "quad_class", "record").where(
        _unit_table(count).c.target_code.is_not(None)
    )
    for row in connection.execution_options(yield_per=1000).execute(query):
        if row.source_code == row.target_code:
            continue
        for actor in (row.record.get("source"), row.record.get("target")):
            if not actor:
                continue
            people.setdefault(actor["code"], Counter())
            if actor.get("person"):
                people[actor["code"]][actor["person"]] += 1
            else:
                names.setdefault(actor["code"], actor["name"])
        edges[(row.source_code, row.target_code, int(row.quad_class))] += 1
    kept = edges.most_common(max_edges)
    used = {code for (source, target, _quad), _n in kept for code in (source, target)}
    return {
        "nodes": [
            {
                "code": code,
                "name": names.get(code),
                "people": [
                    person for person, _n in people.get(code, Counter()).most_common(_PEOPLE_PER_NODE)
                ],
            }
            for code in sorted(used)
        ],
        "edges": [
            {"source": source, "target": target, "quad_class": quad, "events": n}
            for (source, target, quad), n in kept
        ],
    }


def places(
    connection: sa.Connection, where: EventFilter | None, limit: int, count: CountUnit = "events"
) -> list[dict[str, Any]]:
    """Located counted events grouped by place: ``[{name, country, lat, lon, events, cooperation,
    conflict, mean_goldstein}]``, busiest first (for a map)."""
    query = _units(where, count, "record", "goldstein", "quad_class")
    found: dict[tuple[str, str, float, float], list[tuple[float, int]]] = {}
    for row in connection.execution_options(yield_per=1000).execute(query):
        location = row.record.get("location") or {}
        if location.get("lat") is None or location.get("lon") is None:
            continue
        key = (
            location.get("name") or "",
            location.get("country") or "",
            float(location["lat"]),
            float(location["lon"]),
        )
        found.setdefault(key, []).append((float(row.goldstein), int(row.quad_class)))
    ranked = sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
    return [
        {
            "name": name or None,
            "country": country or None,
            "lat": lat,
            "lon": lon,
            "events": len(points),
            "cooperation": sum(1 for _score, quad in points if quad in COOPERATION),
            "conflict": sum(1 for _score, quad in points if quad not in COOPERATION),
            "mean_goldstein": round(sum(score for score, _quad in points) / len(points), 3),
        }
        for (name, country, lat, lon), points in ranked
    ]


# ------------------------------------------------------------------------------------------ claims
def _claims_query(status: str | None) -> sa.Select[Any]:
    table = schema.claims
    query = sa.select(table)
    return query.where(table.c.status == status) if status else query


def claims(
    connection: sa.Connection,
    status: str | None,
    limit: int | None = None,
    offset: int = 0,
    claim_ids: list[int] | None = None,
) -> list[dict[str, Any]]:
    table, evidence = schema.claims, schema.claim_evidence
    query = _claims_query(status).order_by(table.c.opened_on, table.c.id).limit(limit).offset(offset)
    if claim_ids is not None:
        query = query.where(table.c.id.in_(claim_ids))
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


def count_claims(connection: sa.Connection, status: str | None) -> int:
    return _count_of(connection, _claims_query(status))


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
    """Counts of everything stored. ``events`` counts asserted events once each (event clusters, joint
    acts once), ``events_by_factuality`` every factuality alike, ``mentions`` every coded per-article
    event, ``event_clusters`` every cluster row."""
    by_status = {
        str(status): int(count)
        for status, count in connection.execute(
            sa.select(schema.claims.c.status, sa.func.count()).group_by(schema.claims.c.status)
        )
    }
    units = _units(EventFilter(factuality=FACTUALITIES), "events", "factuality").subquery()
    by_factuality = {
        str(factuality): int(count)
        for factuality, count in connection.execute(
            sa.select(units.c.factuality, sa.func.count()).group_by(units.c.factuality)
        )
    }
    newest = connection.execute(sa.select(sa.func.max(schema.articles.c.published))).scalar_one()
    return {
        "articles": _count(connection, schema.articles),
        "events": by_factuality.get("asserted", 0),
        "events_by_factuality": dict(sorted(by_factuality.items())),
        "mentions": _count(connection, schema.events),
        "event_clusters": _count(connection, schema.event_clusters),
        "stories": _count(connection, schema.stories),
        "actors": _count(connection, schema.actors),
        "flags": _count(connection, schema.flags),
        "claims": _count(connection, schema.claims),
        "claims_by_status": dict(sorted(by_status.items())),
        "rejected_inputs": _count(connection, schema.rejected_inputs),
        "newest_article": _iso(newest),
    }
