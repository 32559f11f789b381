"""Coding requests: one coder per app, loaded on first use, used by one request at a time.

Loading spaCy costs a second and ~100 MB, so the app starts without it; the lock keeps concurrent
requests from parsing through the same pipeline at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Protocol

import eventwire
from eventwire.model import Article, DocumentResult
from eventwire.store import Store, content_hash


class CoderLike(Protocol):
    """What the API needs from :class:`eventwire.coder.Coder`."""

    def code_article(self, article: Article) -> DocumentResult: ...


def default_coder() -> CoderLike:
    from eventwire.coder import Coder  # deferred: importing spaCy is not needed to serve reads

    return Coder()


class CodingService:
    """Codes texts with a lazily built coder and stores them (idempotently) on request."""

    def __init__(self, store: Store, coder_factory: Callable[[], CoderLike] = default_coder) -> None:
        self._store = store
        self._factory = coder_factory
        self._coder: CoderLike | None = None
        self._lock = threading.Lock()
        self.coder_version = eventwire.__version__

    def code(self, article: Article) -> DocumentResult:
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            return self._coder.code_article(article)

    def code_and_store(self, article: Article) -> tuple[str, int, DocumentResult]:
        """Code ``article``, store it and refresh claims; returns (outcome, article id, result)."""
        result = self.code(article)
        outcome = self._store.ingest(result, self.coder_version, article)
        self._store.refresh_claims()
        return str(outcome), stored_article_id(self._store, article), result


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
