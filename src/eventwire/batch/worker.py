"""What runs inside a worker process: code one partition and write its Parquet files.

The coder (spaCy model, lexicons, knowledge base) is loaded once per process and cached, whichever
executor started the process; only small summaries travel back to the driver unless results are asked
for (for ingesting into the store).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.batch.faults import crash_if_targeted
from eventwire.batch.files import (
    documents_path,
    events_path,
    remove_partition_events,
    write_parquet_atomic,
)
from eventwire.batch.partitions import Partition
from eventwire.batch.progress import worker_ticks
from eventwire.batch.reading import read_partition
from eventwire.batch.rows import DOCUMENT_SCHEMA, EVENT_SCHEMA, date_key, document_row, event_row
from eventwire.model import Article, DocumentResult
from eventwire.sources.constants import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from eventwire.coder import Coder


@dataclass(frozen=True, slots=True)
class PartitionTask:
    """Everything a worker needs, picklable: the partition, where to write, how to read."""

    partition: Partition
    output: str
    default_date: dt.date | None = None
    keep_results: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    taken_ids: frozenset[str] = frozenset()
    """Ids an earlier partition used: their records here are duplicates (``duplicate_id``)."""


@dataclass(slots=True)
class PartitionOutcome:
    """A finished partition's counts and where it ran; ``results`` only when the task kept them."""

    partition: str
    documents: int
    articles: int
    events: int
    errors: int
    dates: list[str]
    seconds: float
    worker_pid: int
    worker_peak_rss_mb: float
    results: list[DocumentResult] | None = field(default=None)

    def summary(self) -> dict[str, Any]:
        """The manifest fields of this outcome."""
        return {
            "documents": self.documents,
            "articles": self.articles,
            "events": self.events,
            "errors": self.errors,
            "dates": self.dates,
            "seconds": round(self.seconds, 3),
            "worker_pid": self.worker_pid,
            "worker_peak_rss_mb": round(self.worker_peak_rss_mb, 1),
        }


@functools.cache
def worker_coder() -> Coder:
    """The process's one Coder: loading spaCy and the knowledge base costs seconds, so never twice."""
    from eventwire.coder import Coder  # imported here so the driver never pays for spaCy

    return Coder()


def warm_up() -> None:
    """Load the coder before the first task arrives (Dask workers: ``client.run``)."""
    worker_coder()


_document_tick: Callable[[str], None] | None = None
"""This worker process's progress channel to the driver (``start_worker``), if any."""


def start_worker(progress_address: str | None = None) -> None:
    """Process-pool initializer: connect to the driver's progress listener (``batch.progress``), then
    load the coder before the first task arrives."""
    global _document_tick  # one connection per worker process, made once
    _document_tick = worker_ticks(progress_address)
    warm_up()


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports ``ru_maxrss`` in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def code_items(
    coder: Coder, items: list[Article | Any], on_document: Callable[[], None] | None = None
) -> list[DocumentResult]:
    """Results in input order: articles coded in one batched pass, input errors passed through;
    ``on_document`` is called after each document."""
    articles = [item for item in items if isinstance(item, Article)]
    coded = iter(coder.code_articles(articles))
    results: list[DocumentResult] = []
    for item in items:
        if isinstance(item, Article):
            results.append(next(coded))
        else:
            results.append(DocumentResult(item.doc_id, None, errors=[item]))
        if on_document is not None:
            on_document()
    return results


def _progress_reporter(task: PartitionTask) -> Callable[[], None] | None:
    tick = _document_tick
    if tick is None:
        return None
    partition = task.partition.id
    return lambda: tick(partition)


def code_partition(task: PartitionTask) -> PartitionOutcome:
    """Read, code and write one partition; raises on failure so the driver records and retries it."""
    started = time.perf_counter()
    partition = task.partition
    output = Path(task.output)
    items = list(
        read_partition(
            partition, default_date=task.default_date, max_bytes=task.max_bytes, taken_ids=task.taken_ids
        )
    )
    results = code_items(worker_coder(), items, _progress_reporter(task))
    crash_if_targeted(partition.id, output)
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in results:
        day = date_key(result)
        for event in result.events:
            by_date[day].append(
                event_row(event, result.date.isoformat() if result.date else None, partition.id)
            )
    remove_partition_events(output, partition.id)
    for day, rows in sorted(by_date.items()):
        write_parquet_atomic(events_path(output, day, partition.id), rows, EVENT_SCHEMA)
    documents = [document_row(result, partition.id) for result in results]
    write_parquet_atomic(documents_path(output, partition.id), documents, DOCUMENT_SCHEMA)
    return PartitionOutcome(
        partition=partition.id,
        documents=len(results),
        articles=sum(1 for item in items if isinstance(item, Article)),
        events=sum(len(result.events) for result in results),
        errors=sum(len(result.errors) for result in results),
        dates=sorted(by_date),
        seconds=time.perf_counter() - started,
        worker_pid=os.getpid(),
        worker_peak_rss_mb=peak_rss_mb(),
        results=results if task.keep_results else None,
    )
