"""The export formats and the standard-output path, light enough for the CLI to import when it starts
(the writers themselves load pyarrow and the store)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

STDOUT = Path("-")
"""``export(..., output=STDOUT)`` writes to standard output."""


class ExportFormat(StrEnum):
    """What ``export`` writes: every per-article event (``jsonl``, ``csv``, ``parquet``) or one row per
    deduplicated event (``gdelt``: GDELT 2.0 event TSV; ``polecat``: POLECAT's tab-separated layout)."""

    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    GDELT = "gdelt"
    POLECAT = "polecat"
