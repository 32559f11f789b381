"""One record (a JSONL object or a CSV row) to an ``Article``: the field rules JSONL and CSV share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from eventwire.model import Article
from eventwire.sources.checks import check_language
from eventwire.sources.constants import ErrorKind
from eventwire.sources.dates import first_date, parse_date
from eventwire.sources.errors import input_error
from eventwire.sources.items import SourceItem
from eventwire.sources.repeats import blank_repeated_blocks

_OPTIONAL_TEXT_FIELDS = ("title", "url", "source", "summary")


def record_id(raw: object) -> str | None:
    """A record's own id as every reader takes it (strings stripped, integers as text), or None when
    absent or unusable (empty, a boolean, another type)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, str) and raw.strip():
        return raw.strip()
    return None


def record_to_item(
    record: Mapping[str, object],
    *,
    fallback_id: str,
    location: str,
    default_date: dt.date | None,
    seen_ids: set[str],
) -> SourceItem:
    """Validate ``record`` and build its ``Article``; ``seen_ids`` (per file) catches duplicate ids.

    Every id, also of a record that fails later checks, is remembered: results are keyed by id, so a
    second record with the same id would be ambiguous either way.
    """
    explicit_id = record_id(record.get("id"))
    doc_id = explicit_id or _unused(fallback_id, seen_ids)
    if doc_id in seen_ids:
        return input_error(
            ErrorKind.DUPLICATE_ID, doc_id=doc_id, location=location, message=f"id {doc_id!r} already used"
        )
    seen_ids.add(doc_id)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return input_error(
            ErrorKind.MISSING_TEXT, doc_id=doc_id, location=location, message="no non-empty string 'text'"
        )
    surrogate = _lone_surrogate(text)
    if surrogate is not None:  # JSON "\ud800" decodes to a string no encoder (or tokenizer) accepts
        return input_error(
            ErrorKind.ENCODING,
            doc_id=doc_id,
            location=location,
            message=f"'text' has an unpaired surrogate U+{ord(text[surrogate]):04X} at character {surrogate}",
        )
    record_date = None
    raw_date = record.get("date")
    if raw_date is not None and raw_date != "":
        record_date = parse_date(raw_date) if isinstance(raw_date, str) else None
        if record_date is None:
            return input_error(
                ErrorKind.DATE, doc_id=doc_id, location=location, message=f"bad date {raw_date!r}"
            )
    published = first_date(default_date, record_date)  # an explicit --date, then the record's own
    extras: dict[str, str | None] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return input_error(
                ErrorKind.JSON, doc_id=doc_id, location=location, message=f"'{name}' must be a string"
            )
        extras[name] = value or None
    language_error = check_language(text, doc_id=doc_id, location=location)
    if language_error is not None:
        return language_error
    return Article(
        id=doc_id,
        text=blank_repeated_blocks(text),
        title=extras["title"],
        published=published,
        source=extras["source"],
        url=extras["url"],
        summary=extras["summary"],
        origin=location,
    )


def _unused(fallback_id: str, seen_ids: set[str]) -> str:
    """A record without an id gets ``stem:line``; if another record claimed that id, a suffix keeps it
    unique rather than rejecting a record that did nothing wrong."""
    candidate, number = fallback_id, 1
    while candidate in seen_ids:
        number += 1
        candidate = f"{fallback_id}#{number}"
    return candidate


def _lone_surrogate(text: str) -> int | None:
    """Index of the first surrogate code point, or None (valid text never holds one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None
