"""Dask distributed: an existing scheduler by address, or a LocalCluster of worker processes.

Dask already re-runs the tasks of a worker that dies; on top of that, a task that raises (or that Dask
gives up on, ``KilledWorker``) is resubmitted here until its attempts are used up. With a remote
scheduler the output directory must be on storage every worker can write to.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from eventwire.batch.attempts import AttemptFailed, AttemptReport, Completed, RetryBudget, describe_error
from eventwire.batch.worker import PartitionTask, code_partition, warm_up

LOCAL_SCHEDULER = "local"


def _distributed() -> Any:
    """The ``distributed`` module, untyped on purpose: its partial annotations would leak into ours."""
    return importlib.import_module("distributed")


def _client(stack: ExitStack, scheduler: str, workers: int) -> Any:
    distributed = _distributed()
    Client, LocalCluster = distributed.Client, distributed.LocalCluster  # noqa: N806

    if scheduler == LOCAL_SCHEDULER:
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        )
        return stack.enter_context(Client(cluster))
    return stack.enter_context(Client(scheduler))


def run_on_dask(
    tasks: list[PartitionTask], *, scheduler: str, workers: int, max_attempts: int
) -> Iterator[AttemptReport]:
    """Code ``tasks`` on Dask; one report per attempt, in completion order."""
    as_completed = _distributed().as_completed

    budget = RetryBudget(max_attempts)
    with ExitStack() as stack:
        client = _client(stack, scheduler, workers)
        client.run(warm_up)  # every worker loads the coder now, in parallel, not inside the first task
        owners: dict[str, PartitionTask] = {}

        def submit(task: PartitionTask) -> Any:
            budget.start(task.partition.id)
            key = f"eventwire-{task.partition.id}-{budget.attempts[task.partition.id]}"
            future = client.submit(code_partition, task, key=key, pure=False)
            owners[future.key] = task
            return future

        pending = as_completed([submit(task) for task in tasks])
        for future in pending:
            task = owners.pop(future.key)
            try:
                outcome = future.result()
            except Exception as error:
                final = budget.exhausted(task.partition.id)
                yield AttemptFailed(task, describe_error(error), final)
                if not final:
                    pending.add(submit(task))
            else:
                yield Completed(task, outcome)
            future.release()
