"""Write transactions that queue instead of colliding, and retry when they lose a race anyway.

Every write (an article with its derived data, a rejection, a claim refresh, a migration step) runs in
one transaction that first takes the store's write lock: ``BEGIN IMMEDIATE`` on SQLite, a transaction
advisory lock on PostgreSQL. Writers from any number of processes therefore apply one at a time, each
seeing everything committed before it, so find-then-insert (articles, stories, event clusters, claims)
never duplicates a row. What can still go wrong between processes (a unique key taken by a writer that
does not lock, a deadlock, SQLite's busy timeout) is retried with jittered backoff: every write is
idempotent, so running it again re-reads what won and does the right thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import sqlalchemy as sa
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from eventwire.store.engine import writer

T = TypeVar("T")

WRITE_LOCK_KEY = 0x6576_656E_7477
"""The PostgreSQL advisory lock every eventwire writer takes (``pg_advisory_xact_lock``)."""
MAX_ATTEMPTS = 8
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
"""Serialization failure, deadlock detected, lock not available."""


def is_transient(error: BaseException) -> bool:
    """True for errors a retry of the same idempotent write can cure: a unique key another writer took
    first, a deadlock or serialization failure, a database that stayed locked past the busy timeout."""
    if isinstance(error, sa.exc.IntegrityError):
        return True
    if isinstance(error, sa.exc.OperationalError):
        if getattr(error.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
            return True
        message = str(error.orig).lower()
        return "locked" in message or "busy" in message
    return False


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One transaction holding the store's write lock; commits on success, rolls back on error."""
    with writer(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        yield connection


def with_retries(work: Callable[[], T]) -> T:
    """``work()``, called again (up to ``MAX_ATTEMPTS`` times in all, with jittered exponential backoff)
    while it fails with a transient error; the last error is raised unchanged."""
    retrying = Retrying(
        stop=stop_after_attempt(MAX_ATTEMPTS),
        wait=wait_random_exponential(multiplier=0.05, max=2.0),
        retry=retry_if_exception(is_transient),
        reraise=True,
    )
    return retrying(work)


def run_write(engine: sa.Engine, work: Callable[[sa.Connection], T]) -> T:
    """``work(connection)`` in a :func:`write_transaction`, retried as :func:`with_retries` says (every
    retry is a new transaction that re-reads what the winner committed)."""

    def attempt() -> T:
        with write_transaction(engine) as connection:
            return work(connection)

    return with_retries(attempt)
