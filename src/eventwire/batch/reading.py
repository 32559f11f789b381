"""Reading one partition back into Articles and InputErrors, exactly as ``read_inputs`` would read them.

Document ids, locations and error kinds match a single-process ``read_inputs`` run, so a partitioned run
gives the same results: ids an earlier partition used (``taken_ids``, found by the driver, see
:mod:`eventwire.batch.duplicates`) are rejected as duplicates here, as a single reader would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.batch.byte_ranges import partition_bytes
from eventwire.batch.partitions import Partition, PartitionKind, PlannedFile
from eventwire.model import Article
from eventwire.sources.checks import check_size, read_limited
from eventwire.sources.constants import DEFAULT_MAX_BYTES, ErrorKind
from eventwire.sources.csv_reader import read_csv_file
from eventwire.sources.errors import input_error
from eventwire.sources.files import InputKind
from eventwire.sources.html import read_html_document
from eventwire.sources.items import SourceItem
from eventwire.sources.jsonl import read_jsonl_chunks
from eventwire.sources.records import record_to_item
from eventwire.sources.text import read_text_document

PARQUET_FIELDS = ("id", "text", "date", "title", "url", "source", "summary")
"""Columns read from Parquet inputs; only ``text`` is required. ``published`` is accepted for ``date``."""


def read_partition(
    partition: Partition,
    *,
    default_date: dt.date | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    taken_ids: frozenset[str] = frozenset(),
) -> Iterator[SourceItem]:
    """The documents of ``partition`` in input order; bad documents are yielded as ``InputError``, and so
    are documents whose id is in ``taken_ids`` (used by an earlier partition)."""
    for item in _read_items(partition, default_date, max_bytes):
        if isinstance(item, Article) and item.id in taken_ids:
            yield input_error(
                ErrorKind.DUPLICATE_ID,
                doc_id=item.id,
                location=item.origin or partition.input,
                message=f"id {item.id!r} already used (in an earlier partition)",
            )
        else:
            yield item


def _read_items(partition: Partition, default_date: dt.date | None, max_bytes: int) -> Iterator[SourceItem]:
    if partition.kind is PartitionKind.JSONL:
        yield from _read_jsonl_range(partition, default_date, max_bytes)
    elif partition.kind is PartitionKind.CSV:
        yield from read_csv_file(Path(partition.input), default_date=default_date, max_bytes=max_bytes)
    elif partition.kind is PartitionKind.PARQUET:
        yield from _read_parquet_rows(partition, default_date)
    else:
        for planned in partition.files:
            yield _read_whole_file(planned, default_date, max_bytes)


def _read_jsonl_range(
    partition: Partition, default_date: dt.date | None, max_bytes: int
) -> Iterator[SourceItem]:
    path = Path(partition.input)
    stem = path.stem
    label = partition.input
    try:
        yield from read_jsonl_chunks(
            partition_bytes(partition),
            label=label,
            stem=stem,
            default_date=default_date,
            max_bytes=max_bytes,
            first_line=partition.first_line,
            byte_start=partition.byte_start,
        )
    except OSError as exc:
        yield input_error(ErrorKind.UNREADABLE, doc_id=str(path), location=label, message=str(exc))


def _read_whole_file(planned: PlannedFile, default_date: dt.date | None, max_bytes: int) -> SourceItem:
    """A text, wire or HTML file: size checked by ``stat`` before any byte is read (as ``read_inputs``)."""
    path = Path(planned.path)
    size_error = check_size(path, max_bytes, doc_id=planned.doc_id)
    if size_error is not None:
        return size_error
    data = read_limited(path, max_bytes, doc_id=planned.doc_id)
    if not isinstance(data, bytes):
        return data
    if planned.kind == InputKind.HTML:
        return read_html_document(data, doc_id=planned.doc_id, origin=planned.path, default_date=default_date)
    return read_text_document(data, doc_id=planned.doc_id, origin=planned.path, default_date=default_date)


def _read_parquet_rows(partition: Partition, default_date: dt.date | None) -> Iterator[SourceItem]:
    """Rows of one row group; a file that cannot be read raises, so the partition fails with the reason."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(partition.input)
    if partition.row_group < 0:
        raise ValueError(f"{partition.input}: not a readable Parquet file")
    names = set(parquet.schema_arrow.names)
    if "text" not in names:
        raise ValueError(f"{partition.input}: no 'text' column (columns: {', '.join(sorted(names))})")
    columns = [name for name in (*PARQUET_FIELDS, "published") if name in names]
    table = parquet.read_row_group(partition.row_group, columns=columns)
    rows = table.slice(partition.row_start, partition.row_stop - partition.row_start).to_pylist()
    stem = Path(partition.input).stem
    seen_ids: set[str] = set()
    for offset, row in enumerate(rows):
        number = partition.row_start + offset
        location = f"{partition.input}:group {partition.row_group} row {number}"
        record = _parquet_record(row)
        yield record_to_item(
            record,
            fallback_id=f"{stem}:{partition.row_group}:{number}",
            location=location,
            default_date=default_date,
            seen_ids=seen_ids,
        )


def _parquet_record(row: dict[str, Any]) -> dict[str, object]:
    """Parquet cells as the JSON-like record ``record_to_item`` validates (dates as ISO strings)."""
    record: dict[str, object] = {}
    for name, value in row.items():
        key = "date" if name == "published" and row.get("date") is None else name
        if isinstance(value, dt.datetime | dt.date):
            record[key] = value.isoformat()[:10]
        elif value is not None:
            record[key] = value
    return record
