"""A test-only fault hook: make the first attempt at one partition kill its worker process.

Set ``EVENTWIRE_BATCH_FAULT_PARTITION`` to a partition id. The first worker to reach that partition
leaves a marker file in the output directory and exits hard (``os._exit``), as a worker killed by the
kernel would; every later attempt finds the marker and runs normally. The marker makes "first attempt"
hold across executors, including Dask, which re-runs a lost task with the same arguments.
"""

from __future__ import annotations

import os
from pathlib import Path

FAULT_ENV = "EVENTWIRE_BATCH_FAULT_PARTITION"
FAULT_EXIT_CODE = 75


def crash_if_targeted(partition: str, output: Path) -> None:
    """Exit this process at once when ``partition`` is the targeted one and no attempt crashed yet."""
    if os.environ.get(FAULT_ENV) != partition:
        return
    marker = output / f".fault-{partition}"
    try:
        descriptor = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.close(descriptor)
    os._exit(FAULT_EXIT_CODE)
