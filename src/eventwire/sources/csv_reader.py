"""CSV with a header row holding ``text`` and optionally ``id``, ``date``, ``title``, ``url``, ``source``.

Rows follow the JSONL record rules; a malformed row is an ``InputError`` and the next row is still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

from eventwire.sources.checks import check_size, decode_document, read_limited
from eventwire.sources.constants import ErrorKind
from eventwire.sources.errors import input_error
from eventwire.sources.items import SourceItem
from eventwire.sources.records import record_to_item


def read_csv_file(path: Path, *, default_date: dt.date | None, max_bytes: int) -> Iterator[SourceItem]:
    """Rows of one CSV file as Articles or InputErrors; header names are matched case-insensitively."""
    label = str(path)
    size_error = check_size(path, max_bytes, doc_id=path.stem)
    if size_error is not None:
        yield size_error
        return
    data = read_limited(path, max_bytes, doc_id=path.stem)
    if not isinstance(data, bytes):
        yield data
        return
    text = decode_document(data, doc_id=path.stem, location=label)
    if not isinstance(text, str):
        yield text
        return
    yield from _read_rows(text, label=label, stem=path.stem, default_date=default_date, max_bytes=max_bytes)


def _parse_rows(text: str, max_bytes: int) -> tuple[list[str], list[tuple[int, list[str] | csv.Error]]]:
    """Header and rows, each row with the line it starts on; a malformed row is kept as its error.

    The csv module's field limit (128 KiB) is global, so it is raised only while parsing, eagerly.
    """
    previous_limit = csv.field_size_limit(max(max_bytes, 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        rows: list[tuple[int, list[str] | csv.Error]] = []
        previous_end = reader.line_num
        while True:
            try:
                rows.append((previous_end + 1, next(reader)))
            except StopIteration:
                break
            except csv.Error as exc:
                rows.append((previous_end + 1, exc))
                if reader.line_num == previous_end:
                    break
            previous_end = reader.line_num
    except csv.Error:
        header = None
        rows = []
    finally:
        csv.field_size_limit(previous_limit)
    return [name.strip().lower() for name in header or []], rows


def _read_rows(
    text: str, *, label: str, stem: str, default_date: dt.date | None, max_bytes: int
) -> Iterator[SourceItem]:
    columns, rows = _parse_rows(text, max_bytes)
    if "text" not in columns:
        yield input_error(
            ErrorKind.MISSING_TEXT,
            doc_id=stem,
            location=f"{label}:1",
            message="no 'text' column in the header",
        )
        return
    seen_ids: set[str] = set()
    for first_line, row in rows:
        location = f"{label}:{first_line}"
        fallback_id = f"{stem}:{first_line}"
        if isinstance(row, csv.Error):
            yield input_error(ErrorKind.CSV, doc_id=fallback_id, location=location, message=str(row))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            message = f"{len(row)} fields but the header has {len(columns)}"
            yield input_error(ErrorKind.CSV, doc_id=fallback_id, location=location, message=message)
            continue
        record = dict(zip(columns, row, strict=False))
        yield record_to_item(
            record, fallback_id=fallback_id, location=location, default_date=default_date, seen_ids=seen_ids
        )
