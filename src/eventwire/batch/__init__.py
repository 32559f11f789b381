"""Batch coding of large corpora: partitioned, parallel (processes or Dask), resumable, written as Parquet.

Importing the package loads nothing heavy: each name loads its module (the runner, pyarrow) when first
used (PEP 562), so the CLI can read ``batch.options`` without paying for them, and every spawned worker
that re-imports the CLI does not either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.lazy_names import lazy_names

if TYPE_CHECKING:
    from eventwire.batch.options import BatchOptions
    from eventwire.batch.partitions import Partition, PartitionKind, plan_partitions
    from eventwire.batch.runner import BatchSummary, PlanMismatchError, run_batch

_LAZY = {
    "BatchOptions": "eventwire.batch.options",
    "BatchSummary": "eventwire.batch.runner",
    "Partition": "eventwire.batch.partitions",
    "PartitionKind": "eventwire.batch.partitions",
    "PlanMismatchError": "eventwire.batch.runner",
    "plan_partitions": "eventwire.batch.partitions",
    "run_batch": "eventwire.batch.runner",
}

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "Partition",
    "PartitionKind",
    "PlanMismatchError",
    "plan_partitions",
    "run_batch",
]


__getattr__ = lazy_names(__name__, _LAZY, globals())
