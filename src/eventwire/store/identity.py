"""Which stored article an input is: by URL when it has one, else by a hash of its normalised text."""

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


def dedup_key(article: Article) -> str:
    """``url:<url>`` or ``sha256:<hash>``: the unique key that makes ingest idempotent."""
    if article.url:
        key: str = without_nul(f"url:{article.url.strip()}")
        return key[:600]
    return f"sha256:{content_hash(article.text)}"
