"""The event store: articles, events, actors, flags, stories, event clusters, claims, rejected inputs.

SQLAlchemy Core over SQLite (default ``sqlite:///eventwire.db`` or ``$EVENTWIRE_DB``) or PostgreSQL
(``postgresql+psycopg://user@host/db``); the schema is versioned and migrated forward on open.

Public API (everything returns JSON-ready dicts with ISO dates)::

    store = Store(url=None)
    store.ingest(result: DocumentResult, coder_version: str, article: Article | None = None) -> IngestOutcome
    store.ingest_batch(results, coder_version) -> Counter[IngestOutcome]
    store.is_current(article, coder_version) -> bool        # skip coding what is already stored
    store.article_id(article) -> int | None                 # the stored id of an article
    store.reject(error: InputError) -> None                 # unreadable input, kept with its reason
    store.refresh_claims(as_of=None, full=False) -> int     # lapse overtaken claims; full: recompute all
    store.events(where: EventFilter | None, limit=100, offset=0) -> list[dict]
    store.iter_events(where) / store.iter_event_clusters(where) -> Iterator[dict]
    store.articles(since=, until=, story_id=, limit=100, offset=0) -> list[dict]
    store.article(article_id) -> dict | None                # with text, events and flags
    store.actors() -> list[dict]
    store.dyad_series(a, b, freq="day" | "week") -> list[{period, events, mean_goldstein}]
    store.claims(status=None) -> list[dict]                 # with the chain of evidence
    store.rejected_inputs(limit=100, offset=0) -> list[dict]
    store.stats() -> dict

Ingest is idempotent: an article is keyed by its URL, else by a hash of its text; each article is
written in one transaction (SQLite in WAL mode) with the event clusters and claims it touches, so a
killed ingest loses or duplicates nothing and claims are never behind the articles. Writers in any
number of processes queue on one write lock and retry a lost race, so concurrent ingests of overlapping
inputs store their union exactly once. Ids outside 1..2**31-1 name no row (never a driver error), NUL
characters are stored as U+FFFD, and a blank text is recorded as a rejected input, not stored.
"""

from eventwire.store.engine import DEFAULT_URL, URL_ENVIRONMENT_VARIABLE, resolve_url
from eventwire.store.filters import MAX_ID, EventFilter, valid_id
from eventwire.store.identity import content_hash, dedup_key
from eventwire.store.migrations import LATEST_VERSION, SchemaTooNewError
from eventwire.store.store import Store
from eventwire.store.writer import IngestOutcome

__all__ = [
    "DEFAULT_URL",
    "LATEST_VERSION",
    "MAX_ID",
    "URL_ENVIRONMENT_VARIABLE",
    "EventFilter",
    "IngestOutcome",
    "SchemaTooNewError",
    "Store",
    "content_hash",
    "dedup_key",
    "resolve_url",
    "valid_id",
]
