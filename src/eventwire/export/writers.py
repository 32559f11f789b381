"""``export``: store rows to a file (or stdout) in one of the supported formats, streamed, with the
store's filters.

Every code is text in every format (CAMEO ``"036"``, ADM1 ``"UP12"``): CSV and TSV cells are written as
they are, Parquet columns of codes are strings, JSON values are strings. Readers that guess types
(pandas) keep leading zeros when told the columns are text (``dtype=str``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.columns import flat_columns, flatten
from eventwire.export.formats import STDOUT as STDOUT  # re-exported: the old home of both names
from eventwire.export.formats import ExportFormat as ExportFormat
from eventwire.export.gdelt import gdelt_row
from eventwire.export.polecat import polecat_columns, polecat_record
from eventwire.store import EventFilter, Store

_PARQUET_BATCH = 5000


def export(store: Store, export_format: ExportFormat, output: Path, where: EventFilter | None = None) -> int:
    """Write the matching events to ``output`` (``Path("-")``: stdout); returns how many rows were written.

    ``jsonl``, ``csv`` and ``parquet`` hold every per-article event (``cluster_id`` links repeats) with
    its article's publication date, URL, source and title; ``gdelt`` (GDELT 2.0 event TSV, no header)
    and ``polecat`` (POLECAT's tab-separated layout, with its header) hold one row per deduplicated
    event. GDELT and POLECAT have no factuality column, so they hold only ``asserted`` events unless
    ``where`` names factualities.
    """
    if export_format in (ExportFormat.GDELT, ExportFormat.POLECAT) and (
        where is None or not where.factuality
    ):
        where = replace(where or EventFilter(), factuality="asserted")
    if export_format is ExportFormat.JSONL:
        return write_jsonl(store.iter_events(where), output)
    if export_format is ExportFormat.CSV:
        return write_csv(store.iter_events(where), output)
    if export_format is ExportFormat.PARQUET:
        return write_parquet(store.iter_events(where), output)
    if export_format is ExportFormat.GDELT:
        return write_gdelt(store.iter_event_clusters(where), output)
    return write_polecat(store.iter_event_clusters(where), output)


@contextmanager
def _text_output(output: Path) -> Iterator[IO[str]]:
    if output == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with output.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def write_jsonl(records: Iterable[dict[str, Any]], output: Path) -> int:
    count = 0
    with _text_output(output) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], output: Path) -> int:
    count = 0
    with _text_output(output) as handle:
        writer = csv.DictWriter(
            handle, fieldnames=[column.name for column in flat_columns()], lineterminator="\n"
        )
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
    sink: Any = io.BytesIO() if output == STDOUT else str(output)
    with pq.ParquetWriter(sink, schema) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    if output == STDOUT:
        sys.stdout.buffer.write(sink.getvalue())
        sys.stdout.buffer.flush()
    return count


def write_gdelt(clusters: Iterable[dict[str, Any]], output: Path) -> int:
    """Tab-separated, no header, as GDELT's own files (column names: ``gdelt_columns()``)."""
    count = 0
    with _text_output(output) as handle:
        for cluster in clusters:
            handle.write("\t".join(gdelt_row(cluster)) + "\n")
            count += 1
    return count


def write_polecat(clusters: Iterable[dict[str, Any]], output: Path) -> int:
    """Tab-separated with POLECAT's header row, as POLECAT's own files; events without a PLOVER type
    have no row."""
    count = 0
    with _text_output(output) as handle:
        writer = csv.DictWriter(
            handle,
            fieldnames=list(polecat_columns()),
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_MINIMAL,
        )
        writer.writeheader()
        for cluster in clusters:
            row = polecat_record(cluster)
            if row is not None:
                writer.writerow(row)
                count += 1
    return count
