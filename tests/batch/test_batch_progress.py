"""Progress reporting: plain periodic lines off a terminal, with rate and ETA, advanced per document."""

from __future__ import annotations

import io
import multiprocessing
import time
from pathlib import Path

import pytest
from rich.console import Console

from eventwire.batch import BatchOptions, run_batch, runner
from eventwire.batch.progress import (
    DocumentTicks,
    LogBatchProgress,
    RichBatchProgress,
    make_progress,
    worker_ticks,
)
from eventwire.batch.synthetic import write_synthetic_jsonl


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_log_lines_are_periodic_with_rate_and_eta() -> None:
    lines: list[str] = []
    clock = FakeClock()
    with LogBatchProgress(lines.append, total=1000, already_done=200, interval=10, clock=clock) as progress:
        clock.now += 5
        progress.advance(100)
        assert lines == []  # not yet 10 s
        clock.now += 5
        progress.advance(100)
    assert lines[0] == "coded 400/1000 articles (40%), 20.0 articles/s, ETA 0:00:30, elapsed 0:00:10"
    assert len(lines) == 2  # the periodic line and the final one


def test_terminal_gets_a_bar_and_a_pipe_gets_lines() -> None:
    pipe = Console(file=io.StringIO(), force_terminal=False)
    terminal = Console(file=io.StringIO(), force_terminal=True)
    assert isinstance(make_progress(pipe, 10, 0), LogBatchProgress)
    assert isinstance(make_progress(terminal, 10, 0), RichBatchProgress)


class Recorder:
    """A BatchProgress that keeps every step it was advanced by."""

    def __init__(self) -> None:
        self.steps: list[int] = []

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def advance(self, articles: int) -> None:
        self.steps.append(articles)


def test_document_ticks_count_each_document_once_and_settle_the_rest() -> None:
    recorder = Recorder()
    ticks = DocumentTicks(recorder, {"p1": 3, "p2": 5}, enabled=False)
    with ticks:
        ticks.tick("p1", 1)
        ticks.tick("p1", 1)
        ticks.settle("p1")  # one document's tick was lost: settling counts it
        ticks.tick("p2", 4)
        ticks.tick("p2", 4)  # a retried attempt ticks again: capped at the planned 5
        ticks.settle("p2")
        ticks.tick("unknown", 3)
    assert recorder.steps == [1, 1, 1, 4, 1]
    assert sum(recorder.steps) == 8


def _send_ticks(address: str, partition: str, count: int) -> None:
    tick = worker_ticks(address)
    assert tick is not None
    for _ in range(count):
        tick(partition)


def test_document_ticks_arrive_from_other_processes() -> None:
    recorder = Recorder()
    with DocumentTicks(recorder, {"p": 4, "q": 2}) as ticks:
        assert ticks.address is not None
        context = multiprocessing.get_context("spawn")
        senders = [
            context.Process(target=_send_ticks, args=(ticks.address, "p", 3)),
            context.Process(target=_send_ticks, args=(ticks.address, "q", 2)),
        ]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join(timeout=60)
        deadline = time.monotonic() + 20
        while sum(recorder.steps) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        ticks.settle("p")
        ticks.settle("q")
    assert sorted(recorder.steps) == [1, 1, 1, 1, 1, 1]


def test_a_sender_that_dies_mid_run_costs_only_its_own_ticks() -> None:
    """Each worker has its own connection: one killed never blocks the others (a shared queue's lock
    could stay held), and settling still counts its documents."""
    recorder = Recorder()
    with DocumentTicks(recorder, {"dead": 5, "alive": 2}) as ticks:
        assert ticks.address is not None
        context = multiprocessing.get_context("spawn")
        dying = context.Process(target=_send_ticks, args=(ticks.address, "dead", 10_000))
        dying.start()
        time.sleep(0.05)  # killed while it starts, connects or sends: any of these must be harmless
        dying.kill()
        dying.join(timeout=30)
        _send_ticks(ticks.address, "alive", 2)
        deadline = time.monotonic() + 20
        while sum(recorder.steps) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        ticks.settle("dead")
        ticks.settle("alive")
    assert sum(recorder.steps) == 7


def test_without_a_driver_a_worker_codes_on_without_ticks() -> None:
    assert worker_ticks(None) is None
    assert worker_ticks("/nonexistent/eventwire-progress-socket") is None


@pytest.mark.slow
def test_a_batch_run_moves_per_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue #12: a run sat at 0/320 until a 500-document partition finished; now every coded document
    moves the bar."""
    recorder = Recorder()
    monkeypatch.setattr(runner, "make_progress", lambda _console, _total, _done: recorder)
    corpus = write_synthetic_jsonl(tmp_path / "news.jsonl", 12)
    summary = run_batch([str(corpus)], BatchOptions(output=tmp_path / "out", workers=1))
    assert summary.ok and summary.partitions == 2  # 12 documents: partitions of at least 8
    assert sum(recorder.steps) == 12 and recorder.steps.count(1) >= 10
