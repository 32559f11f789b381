"""``read_inputs``: every path kind in, a stream of Articles and InputErrors out, in argument order."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from eventwire.model import Article
from eventwire.sources.checks import check_size, read_limited
from eventwire.sources.constants import DEFAULT_MAX_BYTES
from eventwire.sources.csv_reader import read_csv_file
from eventwire.sources.files import InputKind, PlannedInput, plan_inputs
from eventwire.sources.html import read_html_document
from eventwire.sources.items import SourceItem
from eventwire.sources.jsonl import read_jsonl_file
from eventwire.sources.stdin import read_stdin
from eventwire.sources.text import read_text_document


def read_inputs(
    paths: Sequence[str | Path],
    *,
    default_date: dt.date | None = None,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[SourceItem]:
    """Yield one item per document (``-`` = stdin). Bad input is yielded as ``InputError``, never raised.

    ``default_date`` is the publication date of documents that carry none of their own.
    """
    seen: set[str] = set()
    for planned in plan_inputs(paths):
        if isinstance(planned, PlannedInput):
            items: Iterable[SourceItem] = _read_planned(
                planned, default_date=default_date, stdin=stdin, max_bytes=max_bytes
            )
        else:
            items = [planned]
        for item in items:
            yield _unique_id(item, seen)


def _unique_id(item: SourceItem, seen: set[str]) -> SourceItem:
    """Coded documents are keyed by id, so article ids stay unique across a run: a record id another file
    already used ("a" in two JSONL files, or beside a.txt) is qualified with where it came from. (Errors
    keep the id they name, e.g. a duplicate id within one file.)"""
    if isinstance(item, Article):
        if item.id in seen:
            item = replace(item, id=f"{item.id}@{item.origin or 'input'}")
        seen.add(item.id)
    return item


def _read_planned(
    planned: PlannedInput, *, default_date: dt.date | None, stdin: IO[bytes] | None, max_bytes: int
) -> Iterator[SourceItem]:
    path = planned.path
    if planned.kind is InputKind.STDIN:
        yield from read_stdin(stdin or sys.stdin.buffer, default_date=default_date, max_bytes=max_bytes)
    elif planned.kind is InputKind.JSONL:
        yield from read_jsonl_file(path, default_date=default_date, max_bytes=max_bytes)
    elif planned.kind is InputKind.CSV:
        yield from read_csv_file(path, default_date=default_date, max_bytes=max_bytes)
    else:
        yield _read_document(planned, default_date=default_date, max_bytes=max_bytes)


def _read_document(planned: PlannedInput, *, default_date: dt.date | None, max_bytes: int) -> SourceItem:
    """A whole-file document (text, wire or HTML): size checked by ``stat`` before any byte is read."""
    size_error = check_size(planned.path, max_bytes, doc_id=planned.doc_id)
    if size_error is not None:
        return size_error
    data = read_limited(planned.path, max_bytes, doc_id=planned.doc_id)
    if not isinstance(data, bytes):
        return data
    origin = str(planned.path)
    if planned.kind is InputKind.HTML:
        return read_html_document(data, doc_id=planned.doc_id, origin=origin, default_date=default_date)
    return read_text_document(data, doc_id=planned.doc_id, origin=origin, default_date=default_date)
