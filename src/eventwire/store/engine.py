"""Opening a database: which URL (argument, ``EVENTWIRE_DB``, ``sqlite:///eventwire.db``), SQLite tuning.

SQLite runs in WAL mode with foreign keys on, so a reader never blocks the ingest that writes and a
process killed mid-write leaves the last committed article intact. Transactions on an engine with the
``WRITE_OPTION`` execution option start with ``BEGIN IMMEDIATE``: the writer takes SQLite's write lock
before its first read, so two writers queue (``busy_timeout``) instead of one failing with
``database is locked`` when it upgrades a stale read snapshot.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_URL = "sqlite:///eventwire.db"
URL_ENVIRONMENT_VARIABLE = "EVENTWIRE_DB"
WRITE_OPTION = "eventwire_write"
"""Execution option (bool) marking an engine or connection whose transactions write."""
BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 65_536
"""SQLite page cache per connection (64 MiB; the default 2 MiB makes every write of a grown store re-read
its indexes from the OS)."""
CHECKPOINT_PAGES = 8_000
"""WAL pages between automatic checkpoints (default 1,000): a page rewritten by many writes in a row is
copied back to the database once, not once per checkpoint; the WAL stays under ~32 MiB."""
MMAP_BYTES = 1 << 30
"""Read the database file through a memory map (up to 1 GiB; pages are the OS's, shared, not copied)."""


def resolve_url(url: str | None) -> str:
    """The explicit URL, else ``$EVENTWIRE_DB``, else the SQLite file ``eventwire.db`` here."""
    if url:
        return url
    return os.environ.get(URL_ENVIRONMENT_VARIABLE) or DEFAULT_URL


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None (another database, in-memory SQLite, an unparsable URL)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


def create_engine(url: str) -> sa.Engine:
    """An engine for ``url``; SQLite connections get WAL, foreign keys, a busy timeout and explicit
    ``BEGIN`` (``IMMEDIATE`` for writers, see the module docstring)."""
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _tune_sqlite)
        sa.event.listen(engine, "begin", _begin_sqlite)
    return engine


def dialect_insert(connection: sa.Connection, table: sa.Table) -> Any:
    """``INSERT`` for the connection's dialect, with ``on_conflict_do_nothing`` / ``_do_update``."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def writer(engine: sa.Engine) -> sa.Engine:
    """The same engine (same pool) whose transactions are marked as writes."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _tune_sqlite(connection: Any, _record: Any) -> None:
    if not isinstance(connection, sqlite3.Connection):
        return
    # the driver must not open transactions on its own: _begin_sqlite says when and how
    connection.isolation_level = None
    cursor = connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
    finally:
        cursor.close()


def _begin_sqlite(connection: sa.Connection) -> None:
    immediate = bool(connection.get_execution_options().get(WRITE_OPTION))
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
