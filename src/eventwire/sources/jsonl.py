"""JSONL/NDJSON: one ``{"id", "text", "date"?, "title"?, "url"?, "source"?}`` object per line.

A bad line becomes an ``InputError`` and reading goes on: one broken record must not lose a corpus.
The size limit applies per line, so corpora of any total size stream in constant memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.model import InputError
from eventwire.sources.checks import decode_document, too_large
from eventwire.sources.constants import READ_CHUNK_BYTES, UTF8_BOM, ErrorKind
from eventwire.sources.errors import input_error
from eventwire.sources.items import SourceItem
from eventwire.sources.lines import Line, LongLine, split_lines
from eventwire.sources.records import record_to_item


def read_jsonl_file(path: Path, *, default_date: dt.date | None, max_bytes: int) -> Iterator[SourceItem]:
    """Stream the records of a JSONL file."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield input_error(ErrorKind.UNREADABLE, doc_id=str(path), location=str(path), message=str(exc))
        return
    with handle:
        chunks = iter(lambda: handle.read(READ_CHUNK_BYTES), b"")
        yield from read_jsonl_chunks(
            chunks, label=str(path), stem=path.stem, default_date=default_date, max_bytes=max_bytes
        )


def read_jsonl_chunks(
    chunks: Iterable[bytes],
    *,
    label: str,
    stem: str,
    default_date: dt.date | None,
    max_bytes: int,
    first_line: int = 1,
    byte_start: int = 0,
) -> Iterator[SourceItem]:
    """Records from a byte stream; ``label`` names it in locations, ``stem`` prefixes id-less records.

    ``first_line`` and ``byte_start`` place the stream inside a larger file (a batch partition), so
    locations and offsets still name the line of the whole file.
    """
    seen_ids: set[str] = set()
    any_line = False
    for piece in split_lines(chunks, max_bytes):
        number = piece.number + first_line - 1
        location = f"{label}:{number}"
        if isinstance(piece, LongLine):
            any_line = True
            yield too_large(
                doc_id=f"{stem}:{number}", location=location, size=piece.size, max_bytes=max_bytes
            )
            continue
        if not piece.data.removeprefix(UTF8_BOM).strip():
            continue
        any_line = True
        line = Line(number, piece.offset + byte_start, piece.data)
        yield _line_to_item(line, location, stem, default_date, seen_ids)
    if not any_line:
        yield input_error(ErrorKind.EMPTY, doc_id=stem, location=label, message="no JSON lines")


def _line_to_item(
    line: Line, location: str, stem: str, default_date: dt.date | None, seen_ids: set[str]
) -> SourceItem:
    fallback_id = f"{stem}:{line.number}"
    text = decode_document(line.data, doc_id=fallback_id, location=location, offset=line.offset)
    if isinstance(text, InputError):
        return text
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return input_error(
            ErrorKind.JSON, doc_id=fallback_id, location=location, message=f"invalid JSON: {exc}"
        )
    if not isinstance(record, dict):
        kind = type(record).__name__
        return input_error(
            ErrorKind.JSON, doc_id=fallback_id, location=location, message=f"expected an object, got {kind}"
        )
    return record_to_item(
        record, fallback_id=fallback_id, location=location, default_date=default_date, seen_ids=seen_ids
    )
