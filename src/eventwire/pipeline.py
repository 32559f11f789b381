"""From source items to document results, in input order, errors included.

Every face that codes a stream of inputs (``eventwire code``, ingest, batch) goes through
:func:`code_items`, so an unreadable document always becomes a result with an ``errors`` entry in its
place and never stops the documents after it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Protocol

from eventwire.model import Article, DocumentResult, InputError

_CHUNK = 64
_log = logging.getLogger(__name__)


class ArticleCoder(Protocol):
    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]: ...


def error_result(error: InputError) -> DocumentResult:
    """The result for a document that could not be read: no events, one error."""
    return DocumentResult(doc_id=error.doc_id, date=None, errors=[error])


def code_items(items: Iterable[Article | InputError], coder: ArticleCoder) -> Iterator[DocumentResult]:
    """Code articles in chunks (so the parser can batch) while keeping errors in their input position."""
    chunk: list[Article | InputError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= _CHUNK:
            yield from _code_chunk(chunk, coder)
            chunk = []
    if chunk:
        yield from _code_chunk(chunk, coder)


def _code_chunk(chunk: list[Article | InputError], coder: ArticleCoder) -> Iterator[DocumentResult]:
    articles = [item for item in chunk if isinstance(item, Article)]
    try:
        coded = iter(list(coder.code_articles(articles)))
    except Exception:  # one document broke the batch: code one by one so only that one is lost
        coded = iter([_code_alone(article, coder) for article in articles])
    for item in chunk:
        yield error_result(item) if isinstance(item, InputError) else next(coded)


def _code_alone(article: Article, coder: ArticleCoder) -> DocumentResult:
    """Code one article; a failure becomes that document's error entry, never the run's end."""
    try:
        return next(iter(coder.code_articles([article])))
    except Exception as exc:
        _log.exception("coding %s failed", article.id)
        location = article.origin or article.id
        error = InputError(article.id, location, "coding", f"the coder failed on this document: {exc!r}")
        return DocumentResult(doc_id=article.id, date=article.published, errors=[error], article=article)
