"""Loading batch or watch results into the store (``--ingest --db URL``), through its idempotent ingest.

The store is imported lazily: a batch run that only writes Parquet never needs a database driver.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Protocol

from eventwire.model import DocumentResult


class StoreUnavailableError(RuntimeError):
    """``eventwire.store.Store`` cannot be imported or opened."""


class ResultSink(Protocol):
    """Somewhere results go; ingesting the same result twice must be harmless."""

    def ingest(self, results: Iterable[DocumentResult]) -> None: ...

    def close(self) -> None: ...


class StoreSink:
    """Results into ``eventwire.store.Store(url)``; ``url`` None = the store's default database."""

    def __init__(self, url: str | None) -> None:
        try:
            store_class: Any = importlib.import_module("eventwire.store").Store
        except (ImportError, AttributeError) as error:
            raise StoreUnavailableError(f"the store is not available: {error}") from error
        self._store: Any = store_class(url)

    def ingest(self, results: Iterable[DocumentResult]) -> None:
        self._store.ingest(list(results))

    def close(self) -> None:
        close = getattr(self._store, "close", None)
        if callable(close):
            close()
