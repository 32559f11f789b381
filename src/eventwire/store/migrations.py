"""Forward-only schema migrations: a ``schema_version`` table and an ordered list of steps.

Each step takes a connection inside the transaction that records its version, so a crash mid-migration
leaves the previous version intact. A database newer than this code is refused rather than guessed at.
Step 1 creates the version-1 tables; later steps must alter them explicitly (never edit step 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import sqlalchemy as sa

from eventwire.store import schema


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer eventwire than this one."""


def _create_version_1(connection: sa.Connection) -> None:
    tables = [table for table in schema.metadata.sorted_tables if table.name != "schema_version"]
    schema.metadata.create_all(connection, tables=tables)


MIGRATIONS: Sequence[Callable[[sa.Connection], None]] = (_create_version_1,)
"""``MIGRATIONS[n - 1]`` brings a database from version ``n - 1`` to ``n``."""

LATEST_VERSION = len(MIGRATIONS)


def current_version(connection: sa.Connection) -> int:
    """The version the database is at; 0 for an empty database."""
    if not sa.inspect(connection).has_table(schema.schema_version.name):
        return 0
    version = connection.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar_one()
    return int(version or 0)


def migrate(engine: sa.Engine) -> int:
    """Apply every missing step, one transaction each; returns the version reached."""
    with engine.begin() as connection:
        schema.schema_version.create(connection, checkfirst=True)
    while True:
        with engine.begin() as connection:
            version = current_version(connection)
            if version > LATEST_VERSION:
                raise SchemaTooNewError(
                    f"database schema version {version} is newer than this eventwire ({LATEST_VERSION})"
                )
            if version == LATEST_VERSION:
                return version
            MIGRATIONS[version](connection)
            connection.execute(
                sa.insert(schema.schema_version).values(
                    version=version + 1, applied_at=dt.datetime.now(dt.UTC)
                )
            )
