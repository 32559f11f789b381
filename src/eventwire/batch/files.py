"""The output layout of a batch run and atomic writes into it.

Every file is written to a temporary name in its final directory and renamed into place, so a crash
leaves either the old file or the new one, never half a file; a re-coded partition overwrites its own
files (their names carry the partition id), so a retry can never duplicate events.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

MANIFEST_NAME = "manifest.json"
EVENTS_DIR = "events"
DOCUMENTS_DIR = "documents"


def events_path(output: Path, date_key: str, partition: str) -> Path:
    """``events/date=YYYY-MM-DD/part-<partition>.parquet`` (Hive-style, readable as one dataset)."""
    return output / EVENTS_DIR / f"date={date_key}" / f"part-{partition}.parquet"


def documents_path(output: Path, partition: str) -> Path:
    return output / DOCUMENTS_DIR / f"part-{partition}.parquet"


@contextmanager
def _temporary_beside(path: Path) -> Iterator[Path]:
    """A temporary file in ``path``'s directory (same file system, so the rename is atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def write_parquet_atomic(path: Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    table = pa.Table.from_pylist(rows, schema=schema)
    with _temporary_beside(path) as temporary:
        pq.write_table(table, temporary)


def write_json_atomic(path: Path, data: Any) -> None:
    with _temporary_beside(path) as temporary:
        temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())


def remove_partition_events(output: Path, partition: str) -> None:
    """Drop a partition's event files from every date directory before it is written again."""
    for stale in (output / EVENTS_DIR).glob(f"date=*/part-{partition}.parquet"):
        stale.unlink(missing_ok=True)


def discard_partition_output(output: Path, partition: str) -> None:
    """Remove everything a partition wrote (events and documents): a failed partition shows nothing."""
    remove_partition_events(output, partition)
    documents_path(output, partition).unlink(missing_ok=True)
