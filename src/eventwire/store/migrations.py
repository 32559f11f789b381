"""Forward-only schema migrations: a ``schema_version`` table and an ordered list of steps.

Each step takes a connection inside the transaction that records its version, so a crash mid-migration
leaves the previous version intact. That transaction holds the store's write lock
(:mod:`eventwire.store.transactions`), so two processes opening a new store at once queue: the second
finds the work done. A database newer than this code is refused rather than guessed at.
Step 1 creates the version-1 tables; later steps must alter them explicitly (never edit step 1) and must
be harmless on a database step 1 created from today's metadata (columns and indexes "if not exists").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.store.claim_sync import rebuild_claims
from eventwire.store.transactions import run_write, with_retries


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer eventwire than this one."""


def _create_version_1(connection: sa.Connection) -> None:
    tables = [table for table in schema.metadata.sorted_tables if table.name != "schema_version"]
    schema.metadata.create_all(connection, tables=tables)


def _add_column(connection: sa.Connection, table: sa.Table, column: sa.Column[object]) -> None:
    present = {info["name"] for info in sa.inspect(connection).get_columns(table.name)}
    if column.name not in present:
        kind = column.type.compile(dialect=connection.dialect)
        connection.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


def _create_index(connection: sa.Connection, table: sa.Table, name: str) -> None:
    [index] = [index for index in table.indexes if index.name == name]
    index.create(connection, checkfirst=True)


def _add_claim_scopes(connection: sa.Connection) -> None:
    """Version 2: claim scopes on events and claims (incremental claims), then claims rebuilt from the
    events (which also removes duplicated evidence) and evidence links made unique."""
    _add_column(connection, schema.events, schema.events.c.claim_scope)
    _add_column(connection, schema.claims, schema.claims.c.scope)
    _create_index(connection, schema.events, "ix_events_claim_scope")
    _create_index(connection, schema.claims, "ix_claims_scope")
    rebuild_claims(connection, watermarks=False)
    _create_index(connection, schema.claim_evidence, "uq_claim_evidence_link")


def _add_lookup_indexes(connection: sa.Connection) -> None:
    """Version 3: indexes that keep one write's lookups independent of the store's size (event clusters
    by key and date, claims by scope and window, an LSH bucket's newest articles) and the per-scope
    watermark of incremental claims."""
    for name in (
        "ix_event_clusters_country_lookup",
        "ix_event_clusters_code_lookup",
        "ix_event_clusters_story",
    ):
        _create_index(connection, schema.event_clusters, name)
    _create_index(connection, schema.claims, "ix_claims_scope_window")
    _create_index(connection, schema.article_bands, "ix_article_bands_recent")
    schema.claim_scopes.create(connection, checkfirst=True)
    rebuild_claims(connection)


def _key_articles_by_id(connection: sa.Connection) -> None:
    """Version 4: an article without a URL is keyed by its text hash AND its document id
    (``sha256:<hash>|id:<doc id>``, :func:`eventwire.store.identity.dedup_key`), so an exact copy under
    another id is another article. Older ``sha256:<hash>`` keys are rewritten from the stored columns
    (the same article re-ingested still finds itself); keys stay unique, as the hash stays in them."""
    table = schema.articles
    new_key = sa.literal("sha256:") + table.c.content_hash + sa.literal("|id:") + table.c.doc_id
    connection.execute(
        sa.update(table)
        .where(table.c.dedup_key.like("sha256:%"), table.c.dedup_key.not_like("%|id:%"))
        .values(dedup_key=new_key)
    )


MIGRATIONS: Sequence[Callable[[sa.Connection], None]] = (
    _create_version_1,
    _add_claim_scopes,
    _add_lookup_indexes,
    _key_articles_by_id,
)
"""``MIGRATIONS[n - 1]`` brings a database from version ``n - 1`` to ``n``."""

LATEST_VERSION = len(MIGRATIONS)


def current_version(connection: sa.Connection) -> int:
    """The version the database is at; 0 for an empty database."""
    if not sa.inspect(connection).has_table(schema.schema_version.name):
        return 0
    version = connection.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar_one()
    return int(version or 0)


def _step(connection: sa.Connection) -> int | None:
    """Apply the next missing step under the write lock; the version reached, or None when more remain."""
    schema.schema_version.create(connection, checkfirst=True)
    version = current_version(connection)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"database schema version {version} is newer than this eventwire ({LATEST_VERSION})"
        )
    if version == LATEST_VERSION:
        return version
    MIGRATIONS[version](connection)
    connection.execute(
        sa.insert(schema.schema_version).values(version=version + 1, applied_at=dt.datetime.now(dt.UTC))
    )
    return None


def migrate(engine: sa.Engine) -> int:
    """Apply every missing step, one locked transaction each; returns the version reached.

    A store already at this version is only read (a read-only database opens for reading)."""

    def read_version() -> int:
        with engine.connect() as connection:
            return current_version(connection)

    version = with_retries(read_version)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"database schema version {version} is newer than this eventwire ({LATEST_VERSION})"
        )
    if version == LATEST_VERSION:
        return version
    while True:
        reached = run_write(engine, _step)
        if reached is not None:
            return reached
