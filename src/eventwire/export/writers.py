"""``export``: store rows to a file in one of the supported formats, streamed, with the store's filters."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.columns import flat_columns, flatten
from eventwire.export.gdelt import gdelt_row
from eventwire.export.polecat import polecat_record
from eventwire.store import EventFilter, Store

_PARQUET_BATCH = 5000


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    GDELT = "gdelt"
    POLECAT = "polecat"


def export(store: Store, export_format: ExportFormat, output: Path, where: EventFilter | None = None) -> int:
    """Write the matching events to ``output``; returns how many rows were written.

    ``jsonl``, ``csv`` and ``parquet`` hold every per-article event (``cluster_id`` links repeats);
    ``gdelt`` and ``polecat`` hold one row per deduplicated event, with mention/source/article counts.
    GDELT has no factuality column, so ``gdelt`` holds only ``asserted`` events unless ``where`` says.
    """
    if export_format is ExportFormat.GDELT and (where is None or where.factuality is None):
        where = replace(where or EventFilter(), factuality="asserted")
    if export_format is ExportFormat.JSONL:
        return write_jsonl(store.iter_events(where), output)
    if export_format is ExportFormat.CSV:
        return write_csv(store.iter_events(where), output)
    if export_format is ExportFormat.PARQUET:
        return write_parquet(store.iter_events(where), output)
    if export_format is ExportFormat.GDELT:
        return write_gdelt(store.iter_event_clusters(where), output)
    return write_jsonl((polecat_record(cluster) for cluster in store.iter_event_clusters(where)), output)


def write_jsonl(records: Iterable[dict[str, Any]], output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], output: Path) -> int:
    count = 0
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[column.name for column in flat_columns()])
        writer.writeheader()
        for record in records:
            writer.writerow(flatten(record))
            count += 1
    return count


def _arrow_schema() -> pa.Schema:
    return pa.schema(
        [pa.field(column.name, pa.type_for_alias(column.arrow_type)) for column in flat_columns()]
    )


def _batches(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(flatten(record))
        if len(batch) >= _PARQUET_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(records: Iterable[dict[str, Any]], output: Path) -> int:
    """Flat columns with a fixed schema (an empty export still has every column)."""
    schema = _arrow_schema()
    count = 0
    with pq.ParquetWriter(str(output), schema) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def write_gdelt(clusters: Iterable[dict[str, Any]], output: Path) -> int:
    """Tab-separated, no header, as GDELT's own files (column names: ``gdelt_columns()``)."""
    count = 0
    with output.open("w", encoding="utf-8", newline="") as handle:
        for cluster in clusters:
            handle.write("\t".join(gdelt_row(cluster)) + "\n")
            count += 1
    return count
