"""``Store``: the one object the CLI, REST API and dashboard use to write and read the event database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa

from eventwire.model import Article, DocumentResult, InputError
from eventwire.store import reader, schema
from eventwire.store.claim_sync import lapse_stored_claims, newest_article_date, rebuild_claims
from eventwire.store.engine import create_engine, resolve_url
from eventwire.store.filters import EventFilter, valid_id
from eventwire.store.identity import content_hash
from eventwire.store.migrations import migrate
from eventwire.store.reader import CountUnit, Frequency
from eventwire.store.sanitize import is_blank
from eventwire.store.transactions import run_write
from eventwire.store.writer import IngestOutcome, find_article, record_rejection, write_result

BLANK_TEXT = "missing_text"
"""The rejected-input kind of an article whose text is blank (as the readers call a record without text)."""


class Store:
    """An event database at ``url`` (default ``$EVENTWIRE_DB``, else ``sqlite:///eventwire.db``).

    Opening it migrates the schema forward to the version this code knows. Any number of processes may
    open and write one store at once: writes queue on the store's write lock and are retried when they
    lose a race (:mod:`eventwire.store.transactions`), and each is idempotent.
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
        """Store one coded article in ONE transaction, with the event clusters and claims it touches: the
        same article again changes nothing, a new coder version (or changed text at the same URL) replaces
        its events. A blank text is not stored: it is recorded as a rejected input (``REJECTED``)."""
        source = article or result.article
        if source is None:
            raise ValueError(f"no article for document {result.doc_id!r}: pass article=")
        if is_blank(source.text):
            self.reject(
                InputError(
                    source.id,
                    source.origin or source.url or source.id,
                    BLANK_TEXT,
                    "the text is blank (whitespace only): nothing to code or store",
                )
            )
            return IngestOutcome.REJECTED
        outcome, _article_id = run_write(
            self.engine, lambda connection: write_result(connection, result, source, coder_version)
        )
        return outcome

    def ingest_batch(
        self, results: Iterable[DocumentResult], coder_version: str, *, refresh_claims: bool = True
    ) -> Counter[IngestOutcome]:
        """Ingest many results, one transaction per article (a crash loses at most the one in flight);
        returns how many were added, unchanged, replaced and rejected. Claims are kept current by every
        ingest; ``refresh_claims`` also lapses those the newest article date has overtaken."""
        outcomes: Counter[IngestOutcome] = Counter()
        for result in results:
            outcomes[self.ingest(result, coder_version)] += 1
        if refresh_claims:
            self.refresh_claims()
        return outcomes

    def article_id(self, article: Article) -> int | None:
        """The stored id of ``article`` (matched by URL, else by document id and content hash), or None."""
        with self.engine.connect() as connection:
            row = find_article(connection, article)
        return int(row.id) if row is not None else None

    def reject(self, error: InputError) -> None:
        """Record an input that could not be read (nothing is silently dropped)."""
        run_write(self.engine, lambda connection: record_rejection(connection, error))

    def refresh_claims(self, as_of: dt.date | None = None, *, full: bool = False) -> int:
        """Bring claim statuses up to date; returns the number of claims.

        Every ingest already updates the claims its events touch, so by default this only lapses open
        claims the newest article date has overtaken (cost: those claims). ``full=True``, or an explicit
        ``as_of`` date, recomputes every claim from all stored events (cost: the whole store): the repair
        after claim rules change or a run that stopped before its refresh.
        """

        def refresh(connection: sa.Connection) -> int:
            if full or as_of is not None:
                return len(rebuild_claims(connection, as_of))
            lapse_stored_claims(connection, newest_article_date(connection))
            return int(connection.execute(sa.select(sa.func.count()).select_from(schema.claims)).scalar_one())

        return run_write(self.engine, refresh)

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
        """Article summaries (no text) with their event counts, oldest first (none for a ``story_id`` that
        cannot be an id)."""
        if story_id is not None and not valid_id(story_id):
            return []
        with self.engine.connect() as connection:
            return reader.articles(
                connection, since=since, until=until, story_id=story_id, limit=limit, offset=offset
            )

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its ``text``, ``events`` and ``flags``; None when unknown (or not an id)."""
        if not valid_id(article_id):
            return None
        with self.engine.connect() as connection:
            return reader.article(connection, article_id)

    def actors(self, count: CountUnit = "events") -> list[dict[str, Any]]:
        """Every actor seen, with how many asserted events (clusters, or ``count="mentions"``) it is the
        source and the target of."""
        with self.engine.connect() as connection:
            return reader.actors(connection, count=count)

    def dyad_series(
        self, a: str, b: str, freq: Frequency = "day", count: CountUnit = "events"
    ) -> list[dict[str, Any]]:
        """``[{period, events, cooperation, conflict, mean_goldstein}]`` for asserted events between
        actor-code prefixes ``a`` and ``b``: each event cluster once, or each mention (count="mentions")."""
        with self.engine.connect() as connection:
            return reader.dyad_series(connection, a, b, freq, count=count)

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
