"""Which stored article an input is: by URL when it has one, else by a hash of its normalised text."""

from __future__ import annotations

import hashlib
import re

from eventwire.model import Article

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed, so re-wrapped copies hash the same."""
    normalised = _SPACE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def dedup_key(article: Article) -> str:
    """``url:<url>`` or ``sha256:<hash>``: the unique key that makes ingest idempotent."""
    if article.url:
        return f"url:{article.url.strip()}"[:600]
    return f"sha256:{content_hash(article.text)}"
