"""Opening the event store from a command: commands that only read refuse a store that does not exist
(a mistyped ``--db`` would otherwise create an empty database and report nothing found)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from eventwire.store import Store

EXIT_USAGE = 2


def _fail(message: str) -> typer.Exit:
    Console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def open_store(db: str | None) -> Store:
    """The store at ``db`` for a command that writes it (created when missing); a SQLite file whose
    directory does not exist, or any error opening the store, is a one-line error and exit code 2."""
    from eventwire.store import Store, resolve_url  # deferred: SQLAlchemy only for commands that open it
    from eventwire.store.engine import sqlite_file

    url = resolve_url(db)
    path = sqlite_file(url)
    if path is not None and not path.parent.is_dir():
        raise _fail(f"no directory {path.parent} for the event store {path} (create it, or check --db)")
    try:
        return Store(url)
    except Exception as error:  # any driver or URL error: one clear line, not a traceback
        raise _fail(f"cannot open the database: {str(error).splitlines()[0]}") from error


def open_existing_store(db: str | None) -> Store:
    """The store at ``db`` (default ``$EVENTWIRE_DB``, else ``sqlite:///eventwire.db``) for a command
    that reads it; a SQLite file that does not exist, or any error opening it, is a one-line error
    and exit code 2 (no empty database is created)."""
    from eventwire.store import Store, resolve_url  # deferred: SQLAlchemy only for commands that open it
    from eventwire.store.engine import sqlite_file

    url = resolve_url(db)
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        raise _fail(f"no event store at {path} (check --db or $EVENTWIRE_DB; `eventwire ingest` creates one)")
    try:
        return Store(url)
    except Exception as error:  # any driver or URL error: one clear line, not a traceback
        raise _fail(f"cannot open the database: {str(error).splitlines()[0]}") from error
