"""Progress of a batch run: a Rich bar (articles/s, ETA) on a terminal, periodic plain lines elsewhere,
advanced per document as workers code (``DocumentTicks``), not per finished partition.

CI logs and pipes cannot redraw a bar, and a line per partition would flood them; one line every
``interval`` seconds (and a last one at the end) says the same.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from multiprocessing import AuthenticationError, current_process
from multiprocessing.connection import Client, Connection, Listener
from types import TracebackType
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

DEFAULT_LOG_INTERVAL = 10.0


class BatchProgress(Protocol):
    """Told how many articles there are and how many each finished partition coded."""

    def __enter__(self) -> BatchProgress: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    def advance(self, articles: int) -> None: ...


class ArticlesPerSecondColumn(ProgressColumn):
    """Rich's speed column speaks bytes; ours speaks articles."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s", style="progress.data.speed")


class RichBatchProgress:
    """The terminal face: a live bar."""

    def __init__(self, console: Console, total: int, already_done: int) -> None:
        self._progress = Progress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            ArticlesPerSecondColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=console,
        )
        self._task = self._progress.add_task("coding", total=total, completed=already_done)

    def __enter__(self) -> RichBatchProgress:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._progress.stop()

    def advance(self, articles: int) -> None:
        self._progress.advance(self._task, articles)


class LogBatchProgress:
    """The non-terminal face: ``coded 1200/5000 articles (24%), 41.3 articles/s, ETA 0:01:32``."""

    def __init__(
        self,
        write: Callable[[str], None],
        total: int,
        already_done: int,
        *,
        interval: float = DEFAULT_LOG_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._write = write
        self._total = total
        self._done = already_done
        self._coded = 0
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._last = self._started

    def __enter__(self) -> LogBatchProgress:
        self._started = self._last = self._clock()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._write(self.line())

    def advance(self, articles: int) -> None:
        self._done += articles
        self._coded += articles
        now = self._clock()
        if now - self._last >= self._interval:
            self._last = now
            self._write(self.line())

    def line(self) -> str:
        elapsed = max(self._clock() - self._started, 1e-9)
        rate = self._coded / elapsed
        share = 100 * self._done / self._total if self._total else 100.0
        left = max(self._total - self._done, 0)
        eta = _clock_text(left / rate) if rate > 0 else "unknown"
        return (
            f"coded {self._done}/{self._total} articles ({share:.0f}%), {rate:.1f} articles/s, "
            f"ETA {eta}, elapsed {_clock_text(elapsed)}"
        )


def _clock_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def make_progress(console: Console, total: int, already_done: int) -> BatchProgress:
    """A bar on a terminal, log lines to the same console otherwise."""
    if console.is_terminal:
        return RichBatchProgress(console, total, already_done)

    def write(line: str) -> None:
        console.print(line, highlight=False, soft_wrap=True, markup=False)

    return LogBatchProgress(write, total, already_done)


class DocumentTicks:
    """Progress per document from worker processes: workers connect to ``address`` (``worker_ticks``)
    and send ``(partition id, documents)`` as they code; the driver advances the bar. When a partition
    is settled (done, or finally failed) ``settle`` adds what its ticks did not cover, so the total is
    exact whatever was lost; a retried partition never counts more than its planned documents.

    ``address`` is a local socket (``multiprocessing.connection.Listener``, authenticated with the
    run's key) on which each worker process holds its own connection: no extra process to start, and no
    lock shared between workers that one dying mid-send could leave held. Without ``enabled`` nothing
    listens, ``address`` is None and only ``settle`` advances (per partition).
    """

    def __init__(self, progress: BatchProgress, planned: dict[str, int], *, enabled: bool = True) -> None:
        self._progress = progress
        self._planned = planned
        self._counted: dict[str, int] = {}
        self._lock = threading.Lock()
        self._enabled = enabled
        self._listener: Listener | None = None
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        self.address: str | None = None

    def __enter__(self) -> DocumentTicks:
        if self._enabled:
            try:
                self._listener = Listener(family="AF_UNIX", authkey=current_process().authkey)
            except OSError:  # no socket here (a temp dir path too long, say): ticks per partition only
                return self
            self.address = str(self._listener.address)
            self._thread = threading.Thread(target=self._accept, name="batch-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._listener is None or self.address is None:
            return
        self._closing.set()
        # a connection wakes the blocked accept(); made aside, so a stuck handshake never holds up the run
        waker = threading.Thread(target=self._wake, name="batch-progress-wake", daemon=True)
        waker.start()
        waker.join(timeout=2)
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._listener.close()

    def _wake(self) -> None:
        if self.address is not None:
            with contextlib.suppress(OSError, EOFError, AuthenticationError):
                Client(self.address, authkey=current_process().authkey).close()

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._closing.is_set():
            try:
                connection = self._listener.accept()
            except (AuthenticationError, EOFError, ConnectionError):  # a stranger, or a worker that died
                continue  # during the handshake: keep listening for the others
            except OSError:  # the listener is closed
                return
            if self._closing.is_set():
                connection.close()
                return
            threading.Thread(target=self._listen, args=(connection,), name="batch-ticks", daemon=True).start()

    def _listen(self, connection: Connection) -> None:
        with connection:
            while True:
                try:
                    partition, documents = connection.recv()
                except (EOFError, OSError, ValueError, TypeError):  # the worker is gone, or sent nonsense
                    return
                self.tick(str(partition), int(documents))

    def tick(self, partition: str, documents: int) -> None:
        """``documents`` more of ``partition`` are coded (capped at its planned count)."""
        with self._lock:
            done = self._counted.get(partition, 0)
            step = max(0, min(documents, self._planned.get(partition, 0) - done))
            if step:
                self._counted[partition] = done + step
                self._progress.advance(step)

    def settle(self, partition: str) -> None:
        """``partition`` is finished (done or finally failed): count the rest of its documents."""
        self.tick(partition, self._planned.get(partition, 0))


def worker_ticks(address: str | None) -> Callable[[str], None] | None:
    """In a worker process: a function telling the driver at ``address`` that one more document of a
    partition is coded, or None without an address or when the driver cannot be reached. Progress is a
    nicety: a lost connection never fails the work."""
    if address is None:
        return None
    try:
        connection = Client(address, authkey=current_process().authkey)
    except (OSError, EOFError, AuthenticationError):
        return None

    def tick(partition: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            connection.send((partition, 1))

    return tick
