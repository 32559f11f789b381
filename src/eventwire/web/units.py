"""What the dashboard counts: an *event unit* is one real-world event, however often it was reported.

The store already merges mentions of the same event into event clusters (GDELT's NumMentions). A
joint act ("A and B met", "talks between A and B") is coded once in each direction, so it leaves two
mirrored clusters; they are one unit here. Two clusters are mirrors when some article codes them from
the same evidence span with the same CAMEO code and the two actors swapped.

A unit's ``mentions`` is the number of distinct (article, evidence span) pairs behind it, so a joint
act reported three times has three mentions, not six.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from eventwire.store import EventFilter, schema
from eventwire.store.filters import event_conditions

Mention = tuple[int, int, int]
"""(article id, evidence start, evidence end): one report of an event."""


@dataclass(frozen=True, slots=True)
class EventUnit:
    """One event: its clusters (the first, lowest id, represents it) and its report counts."""

    clusters: tuple[dict[str, Any], ...]
    mentions: int
    articles: int
    sources: int

    @property
    def record(self) -> dict[str, Any]:
        """The representative cluster: its ◆ event record plus ``id``, ``date`` and counts."""
        return self.clusters[0]

    @property
    def joint(self) -> bool:
        """True for a joint act coded in both directions."""
        return len(self.clusters) > 1

    @property
    def date(self) -> dt.date | None:
        value = self.record.get("date")
        return dt.date.fromisoformat(value) if value else None

    def weight(self, count: str) -> int:
        """1 per event, or its mentions when counting mentions."""
        return self.mentions if count == "mentions" else 1


def _cluster_dict(row: sa.Row[Any]) -> dict[str, Any]:
    record = dict(row.record)
    record.update(
        id=row.id,
        date=row.event_date.isoformat() if row.event_date else None,
        num_mentions=row.num_mentions,
        num_sources=row.num_sources,
        num_articles=row.num_articles,
    )
    return record


def _mentions(
    connection: sa.Connection, cluster_ids: sa.Select[Any] | Sequence[int]
) -> list[tuple[int, int, dict[str, Any], str | None]]:
    """(cluster id, article id, event record, article source) of every mention of the clusters."""
    events, articles = schema.events, schema.articles
    query = (
        sa.select(events.c.cluster_id, events.c.article_id, events.c.record, articles.c.source)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.cluster_id.in_(cluster_ids))
    )
    return [(row.cluster_id, row.article_id, row.record, row.source) for row in connection.execute(query)]


def _span(article_id: int, record: dict[str, Any]) -> Mention:
    evidence = record.get("evidence") or {}
    return (article_id, int(evidence.get("start", -1)), int(evidence.get("end", -1)))


def build_units(
    clusters: Iterable[dict[str, Any]], mentions: Iterable[tuple[int, int, dict[str, Any], str | None]]
) -> list[EventUnit]:
    """Group clusters into units (mirrored joint acts together) and count their distinct mentions."""
    by_id = {cluster["id"]: cluster for cluster in clusters}
    spans: dict[int, set[Mention]] = defaultdict(set)
    sources: dict[int, set[str]] = defaultdict(set)
    sides: dict[tuple[Mention, str, str, str], set[int]] = defaultdict(set)
    for cluster_id, article_id, record, source in mentions:
        if cluster_id not in by_id:
            continue
        span = _span(article_id, record)
        spans[cluster_id].add(span)
        sources[cluster_id].add(source or f"article {article_id}")
        target = record.get("target") or {}
        codes = sorted((str(record["source"]["code"]), str(target.get("code") or "")))
        if target and codes[0] != codes[1]:
            sides[(span, str(record["cameo"]), codes[0], codes[1])].add(cluster_id)
    parent = {cluster_id: cluster_id for cluster_id in by_id}

    def find(cluster_id: int) -> int:
        while parent[cluster_id] != cluster_id:
            parent[cluster_id] = parent[parent[cluster_id]]
            cluster_id = parent[cluster_id]
        return cluster_id

    for group in sides.values():
        first, *rest = sorted(group)
        for other in rest:
            parent[find(other)] = find(first)
    members: dict[int, list[int]] = defaultdict(list)
    for cluster_id in sorted(by_id):
        members[find(cluster_id)].append(cluster_id)
    units = []
    for ids in members.values():
        union: set[Mention] = set().union(*(spans[i] for i in ids))
        named: set[str] = set().union(*(sources[i] for i in ids))
        units.append(
            EventUnit(
                clusters=tuple(by_id[i] for i in ids),
                mentions=len(union) or max(by_id[i]["num_mentions"] for i in ids),
                articles=len({span[0] for span in union}) or max(by_id[i]["num_articles"] for i in ids),
                sources=len(named) or max(by_id[i]["num_sources"] for i in ids),
            )
        )
    return units


def load_units(engine: sa.Engine, where: EventFilter) -> list[EventUnit]:
    """Every unit whose clusters match ``where`` (a mirror outside the filter is not pulled in)."""
    table = schema.event_clusters
    conditions = event_conditions(table, where)
    with engine.connect() as connection:
        clusters = [_cluster_dict(row) for row in connection.execute(sa.select(table).where(*conditions))]
        mentions = _mentions(connection, sa.select(table.c.id).where(*conditions))
    return build_units(clusters, mentions)


def unit_of(connection: sa.Connection, cluster_id: int) -> EventUnit | None:
    """The unit holding cluster ``cluster_id`` (with its mirror, if it is a joint act), or None."""
    table = schema.event_clusters
    row = connection.execute(sa.select(table).where(table.c.id == cluster_id)).first()
    if row is None:
        return None
    mirrors = connection.execute(
        sa.select(table).where(
            table.c.source_code == row.target_code,
            table.c.target_code == row.source_code,
            table.c.cameo == row.cameo,
            table.c.factuality == row.factuality,
            table.c.id != row.id,
        )
    ).all()
    clusters = [_cluster_dict(row), *(_cluster_dict(mirror) for mirror in mirrors)]
    units = build_units(clusters, _mentions(connection, [cluster["id"] for cluster in clusters]))
    return next(unit for unit in units if any(cluster["id"] == cluster_id for cluster in unit.clusters))
