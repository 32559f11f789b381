"""Progress reporting: plain periodic lines off a terminal, with rate and ETA."""

from __future__ import annotations

import io

from rich.console import Console

from eventwire.batch.progress import LogBatchProgress, RichBatchProgress, make_progress


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
