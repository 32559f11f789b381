"""Batch coding of large corpora: partitioned, parallel (processes or Dask), resumable, written as Parquet."""

from eventwire.batch.options import BatchOptions
from eventwire.batch.partitions import Partition, PartitionKind, plan_partitions
from eventwire.batch.runner import BatchSummary, PlanMismatchError, run_batch

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "Partition",
    "PartitionKind",
    "PlanMismatchError",
    "plan_partitions",
    "run_batch",
]
