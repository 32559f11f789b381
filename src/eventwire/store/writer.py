"""Writing one coded article: article row, events, actors, flags, story, event clusters and the claims
its events touch, atomically.

Everything for one article happens in the caller's transaction (a locked write, see
:mod:`eventwire.store.transactions`), so an article is either fully stored, derived data included, or
not at all: a killed ingest never leaves half an article, and re-running it stores the rest. Inserts of
rows with a natural key (articles, actors) are ``ON CONFLICT DO NOTHING``, so a writer that lost a race
re-reads the winner instead of failing. Strings are stored without NUL characters (:mod:`.sanitize`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from eventwire.model import Actor, Article, DocumentResult, Event, InputError
from eventwire.store import schema
from eventwire.store.claim_sync import event_scope, update_claims
from eventwire.store.engine import dialect_insert
from eventwire.store.identity import content_hash, dedup_key
from eventwire.store.sanitize import without_nul
from eventwire.stories import SIMILARITY_THRESHOLD, ClusterKey, Signature, same_event, signature
from eventwire.stories.event_clusters import DATE_WINDOW_DAYS, country_of, joins_story
from eventwire.stories.near_duplicates import BANDS
from eventwire.stories.rules import load_claim_rules


class IngestOutcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"
    REJECTED = "rejected"
    """Not stored: the text is blank; the input is kept as a rejected input with its reason."""


def find_article(connection: sa.Connection, article: Article) -> sa.Row[Any, Any, Any] | None:
    """The stored row for ``article`` (by URL, else by document id and content hash), or None."""
    table = schema.articles
    query = sa.select(table.c.id, table.c.content_hash, table.c.coder_version).where(
        table.c.dedup_key == dedup_key(article)
    )
    return connection.execute(query).first()


def write_result(
    connection: sa.Connection, result: DocumentResult, article: Article, coder_version: str
) -> tuple[IngestOutcome, int]:
    """Store ``result`` for ``article``; returns what happened and the article's id."""
    now = dt.datetime.now(dt.UTC)
    digest = content_hash(article.text)
    existing = find_article(connection, article)
    if existing is not None and existing.content_hash == digest and existing.coder_version == coder_version:
        return IngestOutcome.UNCHANGED, int(existing.id)
    published: dt.date | None = article.published or result.date
    values: dict[str, Any] = without_nul(
        {
            "doc_id": article.id[:500],
            "content_hash": digest,
            "url": article.url,
            "title": article.title,
            "source": article.source,
            "text": article.text,
            "coder_version": coder_version,
        }
    )
    values.update(published=published, ingested_at=now)
    removed: set[str] = set()
    if existing is None:
        inserted = _insert_article(connection, article, values)
        if inserted is None:  # another writer stored it since we looked: re-read and go on from there
            return write_result(connection, result, article, coder_version)
        article_id = inserted
        outcome = IngestOutcome.ADDED
    else:
        article_id = int(existing.id)
        removed = _remove_coding(connection, article_id)
        connection.execute(
            sa.update(schema.articles).where(schema.articles.c.id == article_id).values(values)
        )
        outcome = IngestOutcome.REPLACED
    story_id = connection.execute(
        sa.select(schema.articles.c.story_id).where(schema.articles.c.id == article_id)
    ).scalar_one()
    _write_actors(connection, result.events)
    scopes = _write_events(connection, article_id, story_id, published, result.events, now, article.url)
    _write_flags(connection, article_id, result)
    update_claims(
        connection,
        article_id=article_id,
        article_date=published or now.date(),
        added=outcome is IngestOutcome.ADDED,
        scopes=scopes,
        removed=removed,
    )
    return outcome, article_id


def record_rejection(connection: sa.Connection, error: InputError) -> None:
    """Keep an unreadable input with its reason; the same input rejected again only updates ``seen_at``."""
    table = schema.rejected_inputs
    now = dt.datetime.now(dt.UTC)
    error = InputError(*without_nul([error.doc_id, error.location, error.kind, error.message]))
    location = error.location[:2000]
    found = connection.execute(
        sa.select(table.c.id).where(table.c.location == location, table.c.kind == error.kind)
    ).first()
    if found is None:
        connection.execute(
            sa.insert(table).values(
                doc_id=error.doc_id[:500],
                location=location,
                kind=error.kind,
                message=error.message,
                seen_at=now,
                times_seen=1,
            )
        )
    else:
        connection.execute(
            sa.update(table)
            .where(table.c.id == found.id)
            .values(message=error.message, seen_at=now, times_seen=table.c.times_seen + 1)
        )


# --------------------------------------------------------------------------------------------- article
def _insert_article(connection: sa.Connection, article: Article, values: dict[str, Any]) -> int | None:
    """Insert the article (and its story and LSH bands); None when its key was taken meanwhile."""
    table = schema.articles
    sketch = signature(article.text)
    story_id = _matching_story(connection, sketch)
    article_id = connection.execute(
        dialect_insert(connection, table)
        .values(dedup_key=dedup_key(article), story_id=story_id, **values)
        .on_conflict_do_nothing(index_elements=[table.c.dedup_key])
        .returning(table.c.id)
    ).scalar_one_or_none()
    if article_id is None:
        return None
    if story_id is None:
        story_id = connection.execute(
            sa.insert(schema.stories).values(created_at=values["ingested_at"]).returning(schema.stories.c.id)
        ).scalar_one()
        connection.execute(sa.update(table).where(table.c.id == article_id).values(story_id=story_id))
    connection.execute(
        sa.insert(schema.article_signatures).values(article_id=article_id, signature=sketch.to_bytes())
    )
    connection.execute(
        sa.insert(schema.article_bands),
        [{"article_id": article_id, "band": band, "bucket": bucket} for band, bucket in sketch.bands()],
    )
    return int(article_id)


CANDIDATES_PER_BUCKET = 50
"""Newest articles read per shared LSH bucket: a boilerplate bucket (a dateline, a stock phrase) that
thousands of articles share costs the same in a store of any size."""
MAX_CANDIDATES = 200
"""Candidates verified against the signature, those sharing the most buckets first."""


_NEWEST_IN_BUCKETS = sa.text(
    " UNION ALL ".join(
        f"SELECT article_id FROM (SELECT article_id FROM article_bands WHERE band = :band{band} "
        f"AND bucket = :bucket{band} ORDER BY article_id DESC LIMIT :per_bucket) AS bucket{band}"
        for band in range(BANDS)
    )
)
"""One statement, built once: the newest articles of each of a signature's ``BANDS`` buckets."""


def _matching_story(connection: sa.Connection, sketch: Signature) -> int | None:
    """The story of the most similar stored article above the threshold (LSH candidates, then verified).

    Cost is bounded whatever the store holds: at most ``CANDIDATES_PER_BUCKET`` newest articles per
    shared bucket (an index range each), and ``MAX_CANDIDATES`` signatures compared."""
    parameters: dict[str, Any] = {"per_bucket": CANDIDATES_PER_BUCKET}
    for band, bucket in sketch.bands():
        parameters[f"band{band}"], parameters[f"bucket{band}"] = band, bucket
    shared = Counter(connection.execute(_NEWEST_IN_BUCKETS, parameters).scalars())
    candidates = [article_id for article_id, _ in shared.most_common(MAX_CANDIDATES)]
    if not candidates:
        return None
    rows = connection.execute(
        sa.select(schema.article_signatures.c.signature, schema.articles.c.story_id)
        .join(schema.articles, schema.articles.c.id == schema.article_signatures.c.article_id)
        .where(schema.article_signatures.c.article_id.in_(candidates))
    ).all()
    best: tuple[float, int] | None = None
    for row in rows:
        similarity = sketch.similarity(Signature.from_bytes(row.signature))
        if (
            similarity >= SIMILARITY_THRESHOLD
            and row.story_id is not None
            and (best is None or similarity > best[0])
        ):
            best = (similarity, int(row.story_id))
    return best[1] if best else None


def _remove_coding(connection: sa.Connection, article_id: int) -> set[str]:
    """Drop an article's events and flags (before storing a new coding) and fix their clusters' counts;
    returns the claim scopes the dropped events fed."""
    events = schema.events
    rows = connection.execute(
        sa.select(events.c.cluster_id, events.c.claim_scope).where(events.c.article_id == article_id)
    ).all()
    clusters = {int(row.cluster_id) for row in rows if row.cluster_id is not None}
    scopes = {row.claim_scope for row in rows if row.claim_scope is not None}
    old_events = sa.select(events.c.id).where(events.c.article_id == article_id)
    connection.execute(
        sa.delete(schema.claim_evidence).where(schema.claim_evidence.c.event_id.in_(old_events))
    )
    connection.execute(sa.delete(events).where(events.c.article_id == article_id))
    connection.execute(sa.delete(schema.flags).where(schema.flags.c.article_id == article_id))
    _recount_clusters(connection, clusters)
    return scopes


# ---------------------------------------------------------------------------------------------- events
def _write_actors(connection: sa.Connection, events: Iterable[Event]) -> None:
    seen: dict[str, Actor] = {}
    for event in events:
        for actor in (event.source, event.target, event.attributed_to):
            if actor is not None:
                seen.setdefault(actor.code, actor)
    if not seen:
        return
    rows = [
        without_nul(
            {"code": a.code, "name": a.name, "country": a.country, "sector": a.sector, "person": a.person}
        )
        for a in seen.values()
    ]
    connection.execute(
        dialect_insert(connection, schema.actors).on_conflict_do_nothing(
            index_elements=[schema.actors.c.code]
        ),
        rows,
    )


def event_columns(event: Event, article_date: dt.date | None) -> dict[str, Any]:
    """The indexed columns of an event; its date is its resolved time, else the article date."""
    return {
        "event_date": event.time.start if event.time and event.time.start else article_date,
        "source_code": event.source.code,
        "source_country": event.source.country,
        "target_code": event.target.code if event.target else None,
        "target_country": event.target.country if event.target else None,
        "cameo": event.cameo,
        "root": event.cameo[:2],
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "factuality": str(event.factuality),
        "confidence": event.confidence,
        "record": without_nul(event.to_dict()),
    }


def _write_events(
    connection: sa.Connection,
    article_id: int,
    story_id: int | None,
    article_date: dt.date | None,
    events: list[Event],
    now: dt.datetime,
    url: str | None,
) -> set[str]:
    """Insert the events, each into its event cluster; returns the claim scopes they feed."""
    touched: set[int] = set()
    scopes: set[str] = set()
    rules = load_claim_rules()
    for seq, event in enumerate(events):
        columns = event_columns(event, article_date)
        cluster_id = _cluster_for(connection, columns, story_id)
        if cluster_id is not None:
            story_id = _joined_story(connection, article_id, story_id, cluster_id, columns)
        if cluster_id is None:
            cluster_id = connection.execute(
                sa.insert(schema.event_clusters)
                .values(
                    **columns,
                    story_id=story_id,
                    num_mentions=0,
                    num_sources=0,
                    num_articles=0,
                    source_url=without_nul(url),
                    date_added=now,
                )
                .returning(schema.event_clusters.c.id)
            ).scalar_one()
        touched.add(int(cluster_id))
        scope = event_scope(event, rules)
        if scope is not None:
            scopes.add(scope)
        connection.execute(
            sa.insert(schema.events).values(
                article_id=article_id,
                seq=seq,
                sentence=event.sentence,
                cluster_id=cluster_id,
                claim_scope=scope,
                **columns,
            )
        )
    _recount_clusters(connection, touched)
    return scopes


def _cluster_for(connection: sa.Connection, columns: dict[str, Any], story_id: int | None) -> int | None:
    table = schema.event_clusters
    key = _cluster_key(columns)
    # actors agree at the country level (stories.same_event): candidates share the source's state
    source = country_of(key.source_code, key.source_country)
    source_match = table.c.source_country == source if source else table.c.source_code == key.source_code
    date: dt.date | None = columns["event_date"]
    window = dt.timedelta(days=DATE_WINDOW_DAYS)
    candidates = sa.select(table).where(
        source_match, table.c.root == key.root, table.c.factuality == key.factuality
    )
    # two indexed lookups (near in date, same story) rather than one OR that scans the actor's history
    found: dict[int, Any] = {}
    if date is not None:
        near = candidates.where(table.c.event_date.between(date - window, date + window))
        found.update((int(row.id), row) for row in connection.execute(near))
    if story_id is not None:
        found.update(
            (int(row.id), row) for row in connection.execute(candidates.where(table.c.story_id == story_id))
        )
    rows = [found[cluster_id] for cluster_id in sorted(found)]
    for row in rows:
        other = _cluster_key(row._mapping)
        if same_event(key, columns["event_date"], story_id, other, row.event_date, row.story_id):
            return int(row.id)
    return None


def _cluster_key(columns: Any) -> ClusterKey:
    return ClusterKey(
        columns["source_code"],
        columns["target_code"],
        columns["root"],
        columns["factuality"],
        columns["source_country"],
        columns["target_country"],
    )


def _joined_story(
    connection: sa.Connection, article_id: int, story_id: int | None, cluster_id: int, columns: dict[str, Any]
) -> int | None:
    """An article alone in its story that reports a material-conflict event of another story joins that
    story (two wires rewriting one abduction in their own words; stories.joins_story)."""
    articles, clusters = schema.articles, schema.event_clusters
    other = connection.execute(sa.select(clusters.c.story_id).where(clusters.c.id == cluster_id)).scalar()
    if other is None or other == story_id or not joins_story(_cluster_key(columns)):
        return story_id
    alone = connection.execute(
        sa.select(sa.func.count()).select_from(articles).where(articles.c.story_id == story_id)
    ).scalar_one()
    if story_id is None or alone != 1:
        return story_id
    connection.execute(sa.update(articles).where(articles.c.id == article_id).values(story_id=other))
    connection.execute(sa.update(clusters).where(clusters.c.story_id == story_id).values(story_id=other))
    connection.execute(sa.delete(schema.stories).where(schema.stories.c.id == story_id))
    return int(other)


def _recount_clusters(connection: sa.Connection, cluster_ids: set[int]) -> None:
    """GDELT's NumMentions / NumArticles / NumSources from the events now in each cluster."""
    events, articles, clusters = schema.events, schema.articles, schema.event_clusters
    source_key = sa.func.coalesce(articles.c.source, articles.c.dedup_key)
    for cluster_id in sorted(cluster_ids):
        mentions, article_count, sources = connection.execute(
            sa.select(
                sa.func.count(events.c.id),
                sa.func.count(sa.distinct(events.c.article_id)),
                sa.func.count(sa.distinct(source_key)),
            )
            .select_from(events.join(articles, articles.c.id == events.c.article_id))
            .where(events.c.cluster_id == cluster_id)
        ).one()
        if mentions == 0:
            connection.execute(sa.delete(clusters).where(clusters.c.id == cluster_id))
        else:
            connection.execute(
                sa.update(clusters)
                .where(clusters.c.id == cluster_id)
                .values(num_mentions=mentions, num_articles=article_count, num_sources=sources)
            )


def _write_flags(connection: sa.Connection, article_id: int, result: DocumentResult) -> None:
    if result.flags:
        connection.execute(
            sa.insert(schema.flags),
            [
                {
                    "article_id": article_id,
                    "kind": flag.kind,
                    "message": without_nul(flag.message),
                    "record": without_nul(flag.to_dict()),
                }
                for flag in result.flags
            ],
        )
