"""One text or wire-format document from raw bytes to an ``Article`` (or the reason it cannot be one)."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Article
from eventwire.sources.checks import check_language, decode_document
from eventwire.sources.constants import ErrorKind
from eventwire.sources.dates import first_date, parse_date
from eventwire.sources.errors import input_error
from eventwire.sources.items import SourceItem
from eventwire.sources.repeats import blank_repeated_blocks
from eventwire.sources.wire import parse_wire


def read_text_document(data: bytes, *, doc_id: str, origin: str, default_date: dt.date | None) -> SourceItem:
    """Decode, check and parse one plain-text or wire-format document.

    ``Article.text`` is the body as in the file (the wire summary goes to ``Article.summary``), so event
    offsets point into the body; only verbatim repeats of long blocks are blanked, length kept
    (:mod:`.repeats`). An explicit ``default_date`` (``--date``) wins over a ``Date:`` header line.
    """
    text = decode_document(data, doc_id=doc_id, location=origin)
    if not isinstance(text, str):
        return text
    parts = parse_wire(text)
    if not parts.body:
        return input_error(ErrorKind.EMPTY, doc_id=doc_id, location=origin, message="no article body")
    header_date = None
    if parts.date_text is not None:
        header_date = parse_date(parts.date_text)
        if header_date is None:
            return input_error(
                ErrorKind.DATE, doc_id=doc_id, location=origin, message=f"unreadable date {parts.date_text!r}"
            )
    published = first_date(default_date, header_date)
    language_error = check_language(parts.body, doc_id=doc_id, location=origin)
    if language_error is not None:
        return language_error
    return Article(
        id=doc_id,
        text=blank_repeated_blocks(parts.body),
        title=parts.title,
        published=published,
        source=parts.source,
        url=parts.url,
        summary=parts.summary,
        origin=origin,
    )
