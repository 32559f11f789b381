"""Opening a database: which URL (argument, ``EVENTWIRE_DB``, ``sqlite:///eventwire.db``), SQLite tuning.

SQLite runs in WAL mode with foreign keys on, so a reader never blocks the ingest that writes and a
process killed mid-write leaves the last committed article intact.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

import sqlalchemy as sa

DEFAULT_URL = "sqlite:///eventwire.db"
URL_ENVIRONMENT_VARIABLE = "EVENTWIRE_DB"


def resolve_url(url: str | None) -> str:
    """The explicit URL, else ``$EVENTWIRE_DB``, else the SQLite file ``eventwire.db`` here."""
    if url:
        return url
    return os.environ.get(URL_ENVIRONMENT_VARIABLE) or DEFAULT_URL


def create_engine(url: str) -> sa.Engine:
    """An engine for ``url``; SQLite connections get WAL, foreign keys and a busy timeout."""
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _tune_sqlite)
    return engine


def _tune_sqlite(connection: Any, _record: Any) -> None:
    if not isinstance(connection, sqlite3.Connection):
        return
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
