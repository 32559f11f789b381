"""Local worker processes (``concurrent.futures``), surviving workers that die.

A worker killed mid-task (out of memory, a crash in native code) breaks the whole pool: every pending
future fails with ``BrokenProcessPool``. The pool is then recreated and the unfinished partitions are
resubmitted. Only ``workers`` tasks are in flight at a time, so the blame for a crash falls on few
partitions; those are re-run one at a time, so an innocent neighbour of a crashing partition is never
failed for it.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from eventwire.batch.attempts import AttemptFailed, AttemptReport, Completed, RetryBudget, describe_error
from eventwire.batch.worker import PartitionOutcome, PartitionTask, code_partition, start_worker

WORKER_DIED = "worker process died"


def _new_pool(workers: int, progress_address: str | None) -> ProcessPoolExecutor:
    # spawn, not fork: the driver may run threads (progress bar), and forking those can deadlock.
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=start_worker, initargs=(progress_address,)
    )


def run_in_processes(
    tasks: list[PartitionTask], *, workers: int, max_attempts: int, progress_address: str | None = None
) -> Iterator[AttemptReport]:
    """Code ``tasks`` on ``workers`` processes; one report per attempt, in completion order. Workers
    send a tick per coded document to ``progress_address`` (``batch.progress.DocumentTicks``)."""
    budget = RetryBudget(max_attempts)
    queue: deque[PartitionTask] = deque(tasks)
    suspects: set[str] = set()
    in_flight: dict[Future[PartitionOutcome], PartitionTask] = {}
    pool = _new_pool(workers, progress_address)
    try:
        while queue or in_flight:
            try:
                _submit(pool, queue, in_flight, suspects, budget, workers)
            except BrokenProcessPool:
                # a worker died after the last completion was seen; the in-flight futures will report it
                if not in_flight:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _new_pool(workers, progress_address)
                    continue
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            while done:
                for future in done:
                    task = in_flight.pop(future)
                    report = _settle(future, task, budget, queue, suspects)
                    broken = broken or (isinstance(report, AttemptFailed) and report.reason == WORKER_DIED)
                    yield report
                # A broken pool fails every other in-flight future too: settle them all, then start afresh.
                done = wait(in_flight)[0] if broken else set()
            if broken:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers, progress_address)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: ProcessPoolExecutor,
    queue: deque[PartitionTask],
    in_flight: dict[Future[PartitionOutcome], PartitionTask],
    suspects: set[str],
    budget: RetryBudget,
    workers: int,
) -> None:
    """Fill the free workers; a suspect (in flight when a worker died) runs alone."""
    while queue and len(in_flight) < workers:
        if any(task.partition.id in suspects for task in in_flight.values()):
            return
        if queue[0].partition.id in suspects and in_flight:
            return
        task = queue[0]
        future = pool.submit(code_partition, task)  # raises BrokenProcessPool before anything is taken
        queue.popleft()
        budget.start(task.partition.id)
        in_flight[future] = task


def _settle(
    future: Future[PartitionOutcome],
    task: PartitionTask,
    budget: RetryBudget,
    queue: deque[PartitionTask],
    suspects: set[str],
) -> AttemptReport:
    try:
        outcome = future.result()
    except BrokenProcessPool:
        return _failed(task, WORKER_DIED, budget, queue, suspects)
    except Exception as error:
        return _failed(task, describe_error(error), budget, queue, suspects)
    suspects.discard(task.partition.id)
    return Completed(task, outcome)


def _failed(
    task: PartitionTask, reason: str, budget: RetryBudget, queue: deque[PartitionTask], suspects: set[str]
) -> AttemptFailed:
    final = budget.exhausted(task.partition.id)
    if not final:
        if reason == WORKER_DIED:
            suspects.add(task.partition.id)
        queue.appendleft(task)
    return AttemptFailed(task, reason, final)
