"""Loading batch or watch results into the store (``--ingest --db URL``), through its idempotent ingest.

The store is imported lazily: a batch run that only writes Parquet never opens a database. Every
ingest keeps the claims its events touch current (in the article's own transaction); ``finish`` then
lapses what the newest date has overtaken, or, to repair a run that stopped before it, recomputes
every claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

import eventwire
from eventwire.model import DocumentResult

if TYPE_CHECKING:
    from eventwire.store import Store


class StoreUnavailableError(RuntimeError):
    """The store cannot be opened (a bad URL, a missing driver, a schema newer than this code)."""


class ResultSink(Protocol):
    """Somewhere results go; ingesting the same result twice must be harmless."""

    def ingest(self, results: Iterable[DocumentResult]) -> None: ...

    def close(self) -> None: ...


class StoreSink:
    """Results into ``eventwire.store.Store(url)``; ``url`` None = the store's default database.

    A long-running watcher refreshes claims after every ingest; a batch run once, at the end.
    Readable documents are ingested (keyed by URL or text hash, so a retried partition changes
    nothing); unreadable ones are recorded as rejected inputs with their reason.
    """

    def __init__(
        self,
        url: str | None,
        *,
        coder_version: str = eventwire.__version__,
        refresh_each_ingest: bool = False,
    ) -> None:
        from eventwire.store import Store

        try:
            self._store: Store = Store(url)
        except Exception as error:  # driver, URL and migration errors all mean "cannot ingest"
            raise StoreUnavailableError(f"cannot open the store: {error}") from error
        self._coder_version = coder_version
        self._ingested = 0
        self._refresh_each_ingest = refresh_each_ingest

    def ingest(self, results: Iterable[DocumentResult]) -> None:
        for result in results:
            if result.article is not None:
                self._store.ingest(result, self._coder_version)
                self._ingested += 1
            else:
                for error in result.errors:
                    self._store.reject(error)
        if self._refresh_each_ingest and self._ingested:
            self.finish()

    def finish(self, *, full: bool = False) -> int:
        """Refresh claims (``full``: recompute every claim from the stored events); returns how many."""
        self._ingested = 0
        return self._store.refresh_claims(full=full)

    def close(self) -> None:
        try:
            if self._ingested:
                self.finish()
        finally:
            self._store.close()
