"""``Store``: the one object the CLI, REST API and dashboard use to write and read the event database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.model import Article, DocumentResult, InputError
from eventwire.store import reader
from eventwire.store.claim_sync import refresh_claims
from eventwire.store.engine import create_engine, resolve_url
from eventwire.store.filters import EventFilter
from eventwire.store.identity import content_hash
from eventwire.store.migrations import migrate
from eventwire.store.reader import Frequency
from eventwire.store.writer import IngestOutcome, find_article, record_rejection, write_result


class Store:
    """An event database at ``url`` (default ``$EVENTWIRE_DB``, else ``sqlite:///eventwire.db``).

    Opening it migrates the schema forward to the version this code knows.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = create_engine(self.url)
        self.schema_version = migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --------------------------------------------------------------------------------------- writing
    def is_current(self, article: Article, coder_version: str) -> bool:
        """True when ``article`` is stored, unchanged, and coded by ``coder_version``: no need to code it."""
        with self.engine.connect() as connection:
            row = find_article(connection, article)
        return (
            row is not None
            and row.coder_version == coder_version
            and row.content_hash == content_hash(article.text)
        )

    def ingest(
        self, result: DocumentResult, coder_version: str, article: Article | None = None
    ) -> IngestOutcome:
        """Store one coded article in ONE transaction: the same article again changes nothing, a new coder
        version (or changed text at the same URL) replaces its events."""
        source = article or result.article
        if source is None:
            raise ValueError(f"no article for document {result.doc_id!r}: pass article=")
        with self.engine.begin() as connection:
            outcome, _article_id = write_result(connection, result, source, coder_version)
        return outcome

    def ingest_batch(
        self, results: Iterable[DocumentResult], coder_version: str, *, refresh_claims: bool = True
    ) -> Counter[IngestOutcome]:
        """Ingest many results, one transaction per article (a crash loses at most the one in flight),
        then recompute claims; returns how many were added, unchanged and replaced."""
        outcomes: Counter[IngestOutcome] = Counter()
        for result in results:
            outcomes[self.ingest(result, coder_version)] += 1
        if refresh_claims:
            self.refresh_claims()
        return outcomes

    def article_id(self, article: Article) -> int | None:
        """The stored id of ``article`` (matched by URL or content hash), or None."""
        with self.engine.connect() as connection:
            row = find_article(connection, article)
        return int(row.id) if row is not None else None

    def reject(self, error: InputError) -> None:
        """Record an input that could not be read (nothing is silently dropped)."""
        with self.engine.begin() as connection:
            record_rejection(connection, error)

    def refresh_claims(self, as_of: dt.date | None = None) -> int:
        """Recompute claim statuses from all stored events; returns the number of claims."""
        with self.engine.begin() as connection:
            return len(refresh_claims(connection, as_of))

    # --------------------------------------------------------------------------------------- reading
    def events(
        self, where: EventFilter | None = None, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Per-article event records (◆ shape) plus ``id``, ``article_id``, ``cluster_id``, ``date``."""
        with self.engine.connect() as connection:
            return reader.events(connection, where, limit, offset)

    def iter_events(self, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """All matching per-article events, streamed (for exports)."""
        with self.engine.connect() as connection:
            yield from reader.iter_events(connection, where)

    def iter_event_clusters(self, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Deduplicated events: a representative record plus ``num_mentions``, ``num_sources``,
        ``num_articles``, ``source_url``, ``date_added``, ``story_id``."""
        with self.engine.connect() as connection:
            yield from reader.iter_event_clusters(connection, where)

    def articles(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        story_id: int | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Article summaries (no text) with their event counts, oldest first."""
        with self.engine.connect() as connection:
            return reader.articles(
                connection, since=since, until=until, story_id=story_id, limit=limit, offset=offset
            )

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its ``text``, ``events`` and ``flags``; None when unknown."""
        with self.engine.connect() as connection:
            return reader.article(connection, article_id)

    def actors(self) -> list[dict[str, Any]]:
        """Every actor seen, with how many events it is the source and the target of."""
        with self.engine.connect() as connection:
            return reader.actors(connection)

    def dyad_series(self, a: str, b: str, freq: Frequency = "day") -> list[dict[str, Any]]:
        """``[{period, events, mean_goldstein}]`` for events between actor-code prefixes ``a`` and ``b``."""
        with self.engine.connect() as connection:
            return reader.dyad_series(connection, a, b, freq)

    def claims(self, status: str | None = None) -> list[dict[str, Any]]:
        """Claims with their window, status and chain of ``evidence`` (article and event ids, dates)."""
        with self.engine.connect() as connection:
            return reader.claims(connection, status)

    def rejected_inputs(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            return reader.rejected_inputs(connection, limit, offset)

    def stats(self) -> dict[str, Any]:
        """Counts of articles, events, event clusters, stories, actors, flags, claims, rejected inputs."""
        with self.engine.connect() as connection:
            return reader.stats(connection)
