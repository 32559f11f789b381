"""Opening the store for ``eventwire serve``: a clear sentence, never a traceback, when it cannot be.

A SQLite file that does not exist (unless ``create`` is asked), a missing directory, an unreadable
file, a bad URL, a database server that is down: ``open_store`` raises ``ServeError`` with what to do.
A store that opens but cannot be written (a read-only file or directory) is served read-only:
``store_warnings`` says so at start, and each write is answered 503.
"""

from __future__ import annotations

import os

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from eventwire.store import Store
from eventwire.store.engine import resolve_url, sqlite_file


class ServeError(Exception):
    """The store cannot be served; the message says why and what to do."""


def open_store(db: str | None, *, create: bool = False) -> Store:
    """The store at ``db`` (default ``$EVENTWIRE_DB``, else ``sqlite:///eventwire.db``); raises
    ``ServeError`` when it cannot be opened, or when it is a SQLite file that does not exist and
    ``create`` is False (a mistyped ``--db`` must not serve a new, empty store)."""
    url = resolve_url(db)
    path = sqlite_file(url)
    if path is not None and not path.parent.is_dir():
        raise ServeError(
            f"the store's directory {path.parent} does not exist: create it or pick another --db"
        )
    if path is not None and not create and not path.is_file():
        raise ServeError(
            f"no event store at {path} (check --db or $EVENTWIRE_DB; `eventwire ingest` creates one, "
            "or pass --create to serve a new, empty store)"
        )
    if path is not None and path.exists() and not os.access(path, os.R_OK):
        raise ServeError(f"the store {path} cannot be read: check its permissions")
    try:
        return Store(url)
    except (SQLAlchemyError, OSError, ValueError, RuntimeError) as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0][:300]
        raise ServeError(f"cannot open the store {_safe(url)}: {reason}") from error


def store_warnings(store: Store) -> list[str]:
    """What the operator should know before serving ``store`` (it is read-only)."""
    path = sqlite_file(store.url)
    if path is None:
        return []
    writable = os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)
    if writable and os.access(path.parent, os.W_OK):
        return []
    return [f"the store {path} is read-only: it is served, and every write is answered 503"]


def _safe(url: str) -> str:
    """``url`` without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable URL)"
