"""Coding requests: one coder per app, loaded on first use, one text at a time, off the request threads.

Loading spaCy costs a second and ~100 MB, so the app starts without it. Coding is CPU-bound and the
coder is not thread-safe, so texts are coded one at a time in a worker thread of their own (an
``anyio`` capacity limiter of 1): requests waiting for the coder wait in the event loop, not in the
thread pool that serves reads, so ``GET /api/v1/events`` stays fast however many ``/code`` requests
queue. The queue is bounded: past ``max_waiting`` requests in line a new one is refused at once
(``CoderBusyError``, answered 503 with ``Retry-After``) instead of holding a connection for minutes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Callable
from typing import Protocol

import anyio

import eventwire
from eventwire.model import Article, DocumentResult
from eventwire.store import Store, content_hash

DEFAULT_MAX_WAITING = 8
"""Coding requests allowed in line (the one being coded included) before new ones are refused."""
RETRY_AFTER_SECONDS = 5
"""What a refused request is told to wait (the ``Retry-After`` header)."""


class CoderLike(Protocol):
    """What the API needs from :class:`eventwire.coder.Coder`."""

    def code_article(self, article: Article) -> DocumentResult: ...


class CoderBusyError(Exception):
    """The coding queue is full; ``retry_after`` is in seconds."""

    def __init__(self, waiting: int, retry_after: int = RETRY_AFTER_SECONDS) -> None:
        super().__init__(f"the coder is busy ({waiting} texts in line): retry in {retry_after} s")
        self.retry_after = retry_after


def default_coder() -> CoderLike:
    from eventwire.coder import Coder  # deferred: importing spaCy is not needed to serve reads

    return Coder()


class CodingService:
    """Codes texts with a lazily built coder, one at a time in a worker thread, and stores them
    (idempotently) on request."""

    def __init__(
        self,
        store: Store,
        coder_factory: Callable[[], CoderLike] = default_coder,
        *,
        max_waiting: int = DEFAULT_MAX_WAITING,
    ) -> None:
        self._store = store
        self._factory = coder_factory
        self._coder: CoderLike | None = None
        self._lock = threading.Lock()
        self._limiters: dict[int, anyio.CapacityLimiter] = {}
        self._waiting = 0
        self.max_waiting = max_waiting
        self.coder_version = eventwire.__version__

    def code(self, article: Article) -> DocumentResult:
        """Code ``article`` in the calling thread (blocking; the async faces use :meth:`code_async`)."""
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            return self._coder.code_article(article)

    async def code_async(self, article: Article) -> DocumentResult:
        """Code ``article`` in the coding thread; raises ``CoderBusyError`` when the line is full."""
        if self._waiting >= self.max_waiting:
            raise CoderBusyError(self._waiting)
        self._waiting += 1  # the event loop runs one coroutine at a time: no lock needed
        try:
            return await anyio.to_thread.run_sync(self.code, article, limiter=self._limiter())
        finally:
            self._waiting -= 1

    def _limiter(self) -> anyio.CapacityLimiter:
        """The event loop's limiter of one (a server has one loop; test clients may start several)."""
        loop = id(asyncio.get_running_loop())
        if loop not in self._limiters:
            self._limiters = {loop: anyio.CapacityLimiter(1)}
        return self._limiters[loop]

    async def code_and_store_async(self, article: Article) -> tuple[str, int, DocumentResult]:
        """Code ``article`` (queued as :meth:`code_async`), then store it in a request thread."""
        result = await self.code_async(article)
        outcome, article_id = await anyio.to_thread.run_sync(self.store, article, result)
        return outcome, article_id, result

    def store(self, article: Article, result: DocumentResult) -> tuple[str, int]:
        """Store a coded article and refresh claims; returns (outcome, article id)."""
        outcome = self._store.ingest(result, self.coder_version, article)
        self._store.refresh_claims()
        return str(outcome), stored_article_id(self._store, article)

    def code_and_store(self, article: Article) -> tuple[str, int, DocumentResult]:
        """Code ``article``, store it and refresh claims; returns (outcome, article id, result)."""
        result = self.code(article)
        outcome, article_id = self.store(article, result)
        return outcome, article_id, result


def stored_article_id(store: Store, article: Article) -> int:
    """The store's id for ``article``, which was just ingested."""
    found = store.article_id(article)
    if found is None:
        raise LookupError(f"article {article.id!r} was not stored")
    return found


def article_from_request(text: str, date: dt.date | None, url: str | None, title: str | None) -> Article:
    """An Article for posted text; its id is stable for the same URL or text."""
    doc_id = url or f"api-{content_hash(text)[:16]}"
    return Article(id=doc_id, text=text, title=title, published=date, url=url, source="api")
