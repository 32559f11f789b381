"""Document ids that more than one partition uses: a partitioned run sees them as one process would.

A single-process read rejects the second record with an id already used (``duplicate_id``); a worker
sees only its own partition. The driver therefore reads the explicit ids of every JSONL and Parquet
partition once, in plan order, and tells each partition which of its ids an earlier partition already
used: the worker rejects those records as duplicates, so the first one wins exactly as in ``read_inputs``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventwire.batch.byte_ranges import partition_bytes
from eventwire.batch.partitions import Partition, PartitionKind, Plan
from eventwire.sources.constants import DEFAULT_MAX_BYTES, UTF8_BOM
from eventwire.sources.lines import Line, split_lines
from eventwire.sources.records import record_id


def _jsonl_ids(partition: Partition, max_bytes: int) -> Iterator[str]:
    for line in split_lines(partition_bytes(partition), max_bytes):
        if not isinstance(line, Line):
            continue
        try:
            record = json.loads(line.data.removeprefix(UTF8_BOM))
        except ValueError:
            continue
        if isinstance(record, dict) and (found := record_id(record.get("id"))) is not None:
            yield found


def _parquet_ids(partition: Partition) -> Iterator[str]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(partition.input)
    if partition.row_group < 0 or "id" not in parquet.schema_arrow.names:
        return
    column = parquet.read_row_group(partition.row_group, columns=["id"]).column("id")
    for value in column.slice(partition.row_start, partition.row_stop - partition.row_start).to_pylist():
        if (found := record_id(value)) is not None:
            yield found


def partition_ids(partition: Partition, max_bytes: int = DEFAULT_MAX_BYTES) -> set[str]:
    """The explicit ids of a JSONL or Parquet partition (empty for other kinds or unreadable input)."""
    try:
        if partition.kind is PartitionKind.JSONL:
            return set(_jsonl_ids(partition, max_bytes))
        if partition.kind is PartitionKind.PARQUET:
            return set(_parquet_ids(partition))
    except (OSError, ValueError):  # the worker reads it again and reports why
        return set()
    return set()


def ids_used_earlier(plan: Plan, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, frozenset[str]]:
    """For each partition id, its explicit ids that a partition before it in ``plan`` already used
    (only partitions with such ids appear)."""
    seen: set[str] = set()
    taken: dict[str, frozenset[str]] = {}
    for partition in plan.partitions:
        ids = partition_ids(partition, max_bytes)
        if shared := ids & seen:
            taken[partition.id] = frozenset(shared)
        seen |= ids
    return taken
