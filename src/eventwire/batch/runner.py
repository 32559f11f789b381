"""``run_batch``: plan, skip what is done, code the rest in parallel, record every outcome.

The driver only plans and keeps the books; workers read and write the data. Every attempt's outcome is
saved in the manifest before the next is looked at, so the run can be killed at any moment and resumed.
A partition that finally fails leaves no output behind (an earlier attempt's files are removed), and an
id an earlier partition used is a duplicate in a later one, as in a single-process read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from eventwire.batch.attempts import AttemptReport, Completed
from eventwire.batch.duplicates import ids_used_earlier
from eventwire.batch.files import discard_partition_output
from eventwire.batch.ingest import ResultSink, StoreSink
from eventwire.batch.manifest import Manifest, PlanMismatchError
from eventwire.batch.options import BatchOptions
from eventwire.batch.partitions import Partition, Plan, plan_partitions
from eventwire.batch.progress import DocumentTicks, make_progress
from eventwire.batch.reload import ReloadError, reload_partition
from eventwire.batch.worker import PartitionTask
from eventwire.model import InputError

__all__ = ["BatchSummary", "PlanMismatchError", "run_batch"]


@dataclass(slots=True)
class BatchSummary:
    """What a run did. ``skipped`` partitions were finished by an earlier run."""

    output: Path
    partitions: int
    skipped: int = 0
    coded: int = 0
    retried: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    documents: int = 0
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    input_errors: list[InputError] = field(default_factory=list)
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)
    ingested_without_coding: int = 0
    """Partitions an earlier run had coded, now only loaded into the store from their output."""

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def run_batch(
    inputs: Sequence[str | Path], options: BatchOptions, *, console: Console | None = None
) -> BatchSummary:
    """Code ``inputs`` into ``options.output``; raises ``PlanMismatchError`` for a foreign output dir."""
    started = time.perf_counter()
    plan = plan_partitions(inputs, options.partition_size)
    options.output.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.open(options.output, plan, options.default_date)
    manifest.record_input_errors([{"doc_id": e.doc_id, **e.to_dict()} for e in plan.errors])
    ingest = options.ingest
    todo = [p for p in plan.partitions if not manifest.is_done(p.id, need_ingested=ingest)]
    summary = BatchSummary(
        options.output,
        len(plan.partitions),
        skipped=len(plan.partitions) - len(todo),
        input_errors=plan.errors,
    )
    repair = ingest and manifest.claims_pending
    if todo or repair:
        sink = StoreSink(options.db_url) if ingest else None
        try:
            if sink is not None:
                manifest.mark_claims(current=False)
                todo = _ingest_coded(plan, todo, options, manifest, sink, summary)
            if todo:
                _code(
                    plan,
                    todo_ids={p.id for p in todo},
                    options=options,
                    manifest=manifest,
                    summary=summary,
                    sink=sink,
                    console=console or Console(stderr=True),
                )
            if sink is not None:
                sink.finish(full=repair)
                manifest.mark_claims(current=True)
        finally:
            if sink is not None:
                sink.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _ingest_coded(
    plan: Plan,
    todo: list[Partition],
    options: BatchOptions,
    manifest: Manifest,
    sink: ResultSink,
    summary: BatchSummary,
) -> list[Partition]:
    """Ingest the partitions an earlier run coded but did not ingest, from their Parquet output (no
    coding: ``batch.reload``); returns what is left to code (including any whose output is unreadable)."""
    taken = ids_used_earlier(plan)
    left: list[Partition] = []
    for partition in todo:
        if not manifest.is_done(partition.id):
            left.append(partition)
            continue
        try:
            results = reload_partition(
                partition,
                options.output,
                default_date=options.default_date,
                taken_ids=taken.get(partition.id, frozenset()),
            )
        except ReloadError:
            left.append(partition)
            continue
        sink.ingest(results)
        manifest.mark_done(partition.id, {}, ingested=True)
        summary.ingested_without_coding += 1
    return left


def _code(
    plan: Plan,
    *,
    todo_ids: set[str],
    options: BatchOptions,
    manifest: Manifest,
    summary: BatchSummary,
    sink: ResultSink | None,
    console: Console,
) -> None:
    planned = {p.id: p.articles for p in plan.partitions}
    taken = ids_used_earlier(plan)
    total = sum(planned.values())
    already = sum(count for pid, count in planned.items() if pid not in todo_ids)
    output = str(options.output.resolve())
    with (
        make_progress(console, total, already) as progress,
        DocumentTicks(progress, planned, enabled=options.scheduler is None) as documents,
    ):
        tasks = [
            PartitionTask(
                p,
                output,
                options.default_date,
                keep_results=sink is not None,
                taken_ids=taken.get(p.id, frozenset()),
            )
            for p in plan.partitions
            if p.id in todo_ids
        ]
        for report in _attempts(tasks, options, documents.address):
            pid = report.task.partition.id
            manifest.count_attempt(pid)
            if isinstance(report, Completed):
                outcome = report.outcome
                if sink is not None and outcome.results is not None:
                    sink.ingest(outcome.results)
                manifest.mark_done(pid, outcome.summary(), ingested=sink is not None)
                summary.coded += 1
                summary.documents += outcome.documents
                summary.events += outcome.events
                summary.errors += outcome.errors
                peak = summary.worker_peak_rss_mb.get(outcome.worker_pid, 0.0)
                summary.worker_peak_rss_mb[outcome.worker_pid] = max(peak, outcome.worker_peak_rss_mb)
                documents.settle(pid)
            else:
                manifest.mark_attempt_failed(pid, report.reason, final=report.final)
                if report.final:
                    discard_partition_output(options.output, pid)
                    summary.failed[pid] = report.reason
                    documents.settle(pid)
                else:
                    summary.retried += 1


def _attempts(
    tasks: list[PartitionTask], options: BatchOptions, progress_address: str | None
) -> Iterator[AttemptReport]:
    if options.scheduler is None:
        from eventwire.batch.local import run_in_processes

        return run_in_processes(
            tasks,
            workers=options.workers,
            max_attempts=options.max_attempts,
            progress_address=progress_address,
        )
    from eventwire.batch.dask_cluster import run_on_dask

    return run_on_dask(
        tasks, scheduler=options.scheduler, workers=options.workers, max_attempts=options.max_attempts
    )
