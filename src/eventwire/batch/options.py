"""The knobs of one batch run, gathered so the CLI, the benchmark and tests build runs the same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PARTITION_SIZE = 500
"""Articles per partition: large enough to amortise task overhead, small enough to lose little on a crash."""
DEFAULT_MAX_ATTEMPTS = 3
"""A partition is tried this many times in one run before it is recorded as failed."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """Where the output goes and how the work is spread; ``scheduler`` None = local worker processes."""

    output: Path
    workers: int = 1
    scheduler: str | None = None
    partition_size: int = DEFAULT_PARTITION_SIZE
    default_date: dt.date | None = None
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    ingest: bool = False
    """Also load the results into the store (idempotent, so a resumed run may ingest again)."""
    db_url: str | None = None
    """The store's URL; None lets the store pick its default (``$EVENTWIRE_DB`` or a SQLite file)."""
