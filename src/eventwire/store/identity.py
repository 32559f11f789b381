"""Which stored article an input is: by URL when it has one, else by its document id and a hash of its
normalised text.

An exact copy under another id or URL is another article (issue #11 item 5: it raises GDELT's
NumArticles and NumSources; its events join the same event clusters). Without a URL the text hash stays
part of the key, because fallback ids are positions, not identities (``stdin``, ``stem:line``): two
different texts piped in one after the other must not replace each other.
"""

from __future__ import annotations

import hashlib
import re

from eventwire.model import Article
from eventwire.store.sanitize import without_nul

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed, so re-wrapped copies hash the same."""
    normalised = _SPACE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


DOC_ID_CHARS = 500
"""Characters of a document id kept (the ``articles.doc_id`` column), in the key as in the column."""


def dedup_key(article: Article) -> str:
    """``url:<url>`` or ``sha256:<hash>|id:<doc id>``: the unique key that makes ingest idempotent (the
    same id and text, re-wrapped or not, is the same article; schema 4 rewrote older ``sha256:<hash>``
    keys to this form)."""
    if article.url:
        key: str = without_nul(f"url:{article.url.strip()}")
        return key[:600]
    doc_id: str = without_nul(article.id[:DOC_ID_CHARS])  # as the doc_id column stores it
    return f"sha256:{content_hash(article.text)}|id:{doc_id}"
