"""What the dashboard counts: an *event unit* is one real-world event, however often it was reported.

The store already merges mentions of the same event into event clusters (GDELT's NumMentions). A
joint act ("A and B met", "talks between A and B") is coded once in each direction, so it leaves two
mirrored clusters; they are one unit here. Two clusters are mirrors when some article codes them in
the same sentence with the same CAMEO root and factuality and the two actors swapped: the store's own
rule for the REST API's aggregates (``eventwire.store.reader``), so the dashboard and the API agree.

A unit's ``mentions`` is its clusters' mention count, a joint act's two directions of one sentence
counted once: a joint act reported three times has three mentions, not six.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from eventwire.store import EventFilter, schema
from eventwire.store.filters import event_conditions
from eventwire.store.reader import mirror_event_ids

Mention = tuple[int, int]
"""(article id, sentence): one report of a joint act, whichever direction."""


@dataclass(frozen=True, slots=True)
class EventUnit:
    """One event: its clusters (the first, lowest id, represents it) and its report counts."""

    clusters: tuple[dict[str, Any], ...]
    mentions: int
    articles: int
    sources: int
    both_ways: bool = False
    """A mention of a joint act whose other direction was left out (``count=mentions``)."""

    @property
    def record(self) -> dict[str, Any]:
        """The representative cluster: its ◆ event record plus ``id``, ``date`` and counts."""
        return self.clusters[0]

    @property
    def joint(self) -> bool:
        """True for a joint act coded in both directions."""
        return len(self.clusters) > 1 or self.both_ways

    @property
    def date(self) -> dt.date | None:
        day = self.record.get("day")
        if isinstance(day, dt.date):
            return day
        value = self.record.get("date")
        return dt.date.fromisoformat(value) if value else None

    def weight(self, count: str) -> int:
        """1 per event, or its mentions when counting mentions."""
        return self.mentions if count == "mentions" else 1


class LazyRecord(dict[str, Any]):
    """A cluster's columns at once, its ◆ JSON record parsed on the first look at any other key.

    Timelines and feed ordering read only columns (date, quad class, Goldstein, counts), so they never
    pay for parsing tens of thousands of records; a feed page parses only the rows it shows.
    """

    def __init__(self, columns: dict[str, Any], raw: str | dict[str, Any] | None) -> None:
        super().__init__(columns)
        self._raw = raw

    def _load(self) -> None:
        if self._raw is None:
            return
        parsed = json.loads(self._raw) if isinstance(self._raw, str) else self._raw
        self._raw = None
        for key, value in parsed.items():
            self.setdefault(key, value)

    def __missing__(self, key: str) -> Any:
        self._load()
        if key in self:
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self._load()
        return dict.get(self, key, default)


def _cluster_columns(table: sa.Table) -> list[sa.ColumnElement[Any]]:
    return [
        table.c.id,
        table.c.event_date,
        table.c.cameo,
        table.c.quad_class,
        table.c.goldstein,
        table.c.factuality,
        table.c.num_mentions,
        table.c.num_sources,
        table.c.num_articles,
        sa.cast(table.c.record, sa.Text).label("record_text"),
    ]


def _cluster_dict(row: Any) -> dict[str, Any]:
    columns = {
        "id": row.id,
        "date": row.event_date.isoformat() if row.event_date else None,
        "day": row.event_date,
        "cameo": row.cameo,
        "quad_class": row.quad_class,
        "goldstein": row.goldstein,
        "factuality": row.factuality,
        "num_mentions": row.num_mentions,
        "num_sources": row.num_sources,
        "num_articles": row.num_articles,
    }
    return LazyRecord(columns, row.record_text)


@dataclass(frozen=True, slots=True)
class MentionRow:
    """One coded mention of a cluster: where it was read and by which source."""

    cluster_id: int
    article_id: int
    sentence: int
    root: str
    factuality: str
    source_code: str | None
    target_code: str | None
    source: str | None


def _mentions(connection: sa.Connection, cluster_ids: sa.Select[Any] | Sequence[int]) -> list[MentionRow]:
    """Every mention (per-article event) of the clusters, with its article's source."""
    events, articles = schema.events, schema.articles
    query = (
        sa.select(
            events.c.cluster_id,
            events.c.article_id,
            events.c.sentence,
            events.c.root,
            events.c.factuality,
            events.c.source_code,
            events.c.target_code,
            articles.c.source,
        )
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.cluster_id.in_(cluster_ids))
    )
    return [MentionRow(*row) for row in connection.execute(query)]


def build_units(clusters: Iterable[dict[str, Any]], mentions: Iterable[MentionRow]) -> list[EventUnit]:
    """Group clusters into units (mirrored joint acts together) and count their mentions."""
    by_id = {cluster["id"]: cluster for cluster in clusters}
    reports: dict[int, set[Mention]] = defaultdict(set)
    sources: dict[int, set[str]] = defaultdict(set)
    sides: dict[tuple[int, int, str, str, str, str], set[int]] = defaultdict(set)
    for mention in mentions:
        if mention.cluster_id not in by_id:
            continue
        reports[mention.cluster_id].add((mention.article_id, mention.sentence))
        sources[mention.cluster_id].add(mention.source or f"article {mention.article_id}")
        if mention.target_code and mention.source_code and mention.source_code != mention.target_code:
            low, high = sorted((mention.source_code, mention.target_code))
            key = (mention.article_id, mention.sentence, mention.root, mention.factuality, low, high)
            sides[key].add(mention.cluster_id)
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
        if len(ids) == 1:
            # One cluster: the store's own GDELT-style counts.
            cluster = by_id[ids[0]]
            units.append(
                EventUnit(
                    clusters=(cluster,),
                    mentions=cluster["num_mentions"],
                    articles=cluster["num_articles"],
                    sources=cluster["num_sources"],
                )
            )
            continue
        union: set[Mention] = set().union(*(reports[i] for i in ids))
        named: set[str] = set().union(*(sources[i] for i in ids))
        units.append(
            EventUnit(
                clusters=tuple(by_id[i] for i in ids),
                mentions=len(union),
                articles=len({article for article, _ in union}),
                sources=len(named) or max(by_id[i]["num_sources"] for i in ids),
            )
        )
    return units


def load_mention_units(engine: sa.Engine, where: EventFilter) -> list[EventUnit]:
    """For ``count=mentions``: one unit per coded mention matching ``where`` (dated by its own
    article's reading), a joint act's second direction left out, as the REST API counts mentions."""
    table = schema.events
    query = sa.select(table.c.id, table.c.cluster_id, table.c.event_date, table.c.record).where(
        *event_conditions(table, where), table.c.id.not_in(mirror_event_ids())
    )
    units = []
    with engine.connect() as connection:
        joint = set(connection.execute(mirror_event_ids(kept=True)).scalars())
        for row in connection.execute(query):
            record = dict(row.record)
            record.update(
                id=row.cluster_id or row.id,
                date=row.event_date.isoformat() if row.event_date else None,
                day=row.event_date,
                num_mentions=1,
                num_sources=1,
                num_articles=1,
            )
            units.append(
                EventUnit(clusters=(record,), mentions=1, articles=1, sources=1, both_ways=row.id in joint)
            )
    return units


def load_units(engine: sa.Engine, where: EventFilter) -> list[EventUnit]:
    """Every unit whose clusters match ``where`` (a mirror outside the filter is not pulled in)."""
    table = schema.event_clusters
    conditions = event_conditions(table, where)
    with engine.connect() as connection:
        rows = connection.execute(sa.select(*_cluster_columns(table)).where(*conditions))
        clusters = [_cluster_dict(row) for row in rows]
        mentions = _mentions(connection, sa.select(table.c.id).where(*conditions))
    return build_units(clusters, mentions)


def unit_of(connection: sa.Connection, cluster_id: int) -> EventUnit | None:
    """The unit holding cluster ``cluster_id`` (with its mirror, if it is a joint act), or None."""
    table = schema.event_clusters
    keys = (table.c.source_code, table.c.target_code, table.c.root)
    row = connection.execute(
        sa.select(*_cluster_columns(table), *keys).where(table.c.id == cluster_id)
    ).first()
    if row is None:
        return None
    mirrors = connection.execute(
        sa.select(*_cluster_columns(table)).where(
            table.c.source_code == row.target_code,
            table.c.target_code == row.source_code,
            table.c.root == row.root,
            table.c.factuality == row.factuality,
            table.c.id != row.id,
        )
    ).all()
    clusters = [_cluster_dict(row), *(_cluster_dict(mirror) for mirror in mirrors)]
    units = build_units(clusters, _mentions(connection, [cluster["id"] for cluster in clusters]))
    return next(unit for unit in units if any(cluster["id"] == cluster_id for cluster in unit.clusters))
