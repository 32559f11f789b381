"""Checking a Dask scheduler address before a batch run: an unreachable one is a one-line error in a
few seconds, not Dask's 30-second timeout and traceback."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

DEFAULT_DASK_PORT = 8786
CONNECT_TIMEOUT_SECONDS = 5.0


class SchedulerUnreachableError(RuntimeError):
    """No Dask scheduler answers at the address; the message says where and why."""


def scheduler_endpoint(address: str) -> tuple[str, int]:
    """``tcp://host:port``, ``host:port`` or ``host`` (Dask's port 8786) → (host, port); ValueError for
    an address that is none of these."""
    parsed = urlsplit(address if "://" in address else f"tcp://{address}")
    if parsed.scheme not in ("tcp", "tls") or not parsed.hostname:
        raise ValueError(f"not a Dask scheduler address: {address!r} (expected tcp://HOST:PORT or 'local')")
    return parsed.hostname, parsed.port or DEFAULT_DASK_PORT


def check_scheduler(address: str, timeout: float = CONNECT_TIMEOUT_SECONDS) -> None:
    """Raise ``SchedulerUnreachableError`` unless something accepts TCP connections at ``address``."""
    try:
        host, port = scheduler_endpoint(address)
    except ValueError as error:
        raise SchedulerUnreachableError(str(error)) from None
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise SchedulerUnreachableError(
            f"cannot reach the Dask scheduler at {address}: {reason} "
            "(is it running? or use --scheduler local)"
        ) from None
