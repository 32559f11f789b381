"""Does one write cost more in a bigger store? Ingest 100 articles into stores of 1,000 and 10,000.

    .venv/bin/python benchmarks/ingest_scaling.py [--sizes 1000 10000] [--new 100] [--pool 150] [--db-dir DIR]

A pool of synthetic articles (``eventwire.batch.synthetic``, no data needed) is coded once; each store
is filled with distinct synthetic texts carrying the pool's coded events (so filling costs no coding),
``--per-day`` articles a day: a bigger store holds more days of news, as a store grows.
Then 100 new coded articles are written one at a time as ``POST /api/v1/articles`` writes them:
``Store.ingest`` followed by ``Store.refresh_claims()``. Coding is left out of the timing: it costs the
same whatever the store holds. Two arrival orders are timed on copies of the same store:

- ``next day``: the new articles are dated after everything stored (a live store taking today's news);
- ``late``: dated over the store's last 20 days (late arrivals: they replay their claim scopes).

Each timing is the best of ``--repeats`` runs on fresh copies, the cases interleaved (the machine is
shared: the minimum is the cost, the rest is other processes). Prints CPU and wall seconds per 100
writes at each size and the CPU-time ratio largest/smallest (issue #13 target: <= 1.3).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eventwire.batch.synthetic import synthetic_records
from eventwire.model import Article, DocumentResult, Event
from eventwire.store import Store

TARGET_RATIO = 1.3
VERSION = "bench"


def code_pool(size: int) -> list[DocumentResult]:
    """``size`` synthetic articles coded by the real coder (the only coding the benchmark does)."""
    from eventwire.coder import Coder

    articles = [
        Article(id=record["id"], text=record["text"], published=dt.date.fromisoformat(record["date"]))
        for record in synthetic_records(size, seed=101)
    ]
    return list(Coder().code_articles(articles))


def _shift(event: Event, days: int, doc_id: str) -> Event:
    time_span = event.time
    if time_span is not None and time_span.start is not None:
        end = time_span.end + dt.timedelta(days=days) if time_span.end else None
        time_span = dataclasses.replace(time_span, start=time_span.start + dt.timedelta(days=days), end=end)
    return dataclasses.replace(event, time=time_span, doc_id=doc_id)


def results(
    pool: list[DocumentResult], count: int, *, seed: int, start: dt.date, days: int
) -> Iterator[DocumentResult]:
    """``count`` coded articles: distinct synthetic texts dated over ``days`` days from ``start``, each
    carrying a pool article's events moved to its date."""
    for number, record in enumerate(synthetic_records(count, seed=seed)):
        coded = pool[number % len(pool)]
        published = start + dt.timedelta(days=number % days)
        shift = (published - coded.date).days if coded.date else 0
        doc_id = f"{record['id']}-{seed}"
        article = Article(id=doc_id, text=record["text"], published=published, source=f"outlet{number % 7}")
        events = [_shift(event, shift, doc_id) for event in coded.events]
        yield DocumentResult(doc_id=doc_id, date=published, events=events, article=article)


FIRST_DAY = dt.date(2024, 1, 1)


def fill(path: Path, pool: list[DocumentResult], size: int, days: int) -> None:
    with Store(f"sqlite:///{path}") as store:
        for result in results(pool, size, seed=size, start=FIRST_DAY, days=days):
            store.ingest(result, VERSION)
        store.refresh_claims()


def timed_writes(path: Path, new: list[DocumentResult]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) to write ``new`` one at a time (ingest, then refresh claims), as the
    API does. SQLite runs in this process, so CPU time holds the database's work too, and unlike wall
    time it does not count the moments other processes held the cores."""
    with Store(f"sqlite:///{path}") as store:
        cpu, wall = time.process_time(), time.perf_counter()
        for result in new:
            store.ingest(result, VERSION)
            store.refresh_claims()
        return time.process_time() - cpu, time.perf_counter() - wall


def _copy(database: Path, name: str) -> Path:
    copy = database.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{copy}{suffix}"))
            with Path(f"{copy}{suffix}").open("rb") as handle:
                os.fsync(handle.fileno())  # else the copy's write-back competes with the timed writes
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--pool", type=int, default=150)
    parser.add_argument("--per-day", type=int, default=40, help="Articles a day in the filled stores.")
    parser.add_argument("--repeats", type=int, default=5, help="Timed runs per case; the best counts.")
    parser.add_argument(
        "--db-dir", type=Path, default=None, help="Where the stores go (default: a temp dir)."
    )
    options = parser.parse_args()
    directory = options.db_dir or Path(tempfile.mkdtemp(prefix="eventwire-scaling-"))
    directory.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    pool = code_pool(options.pool)
    print(f"coded a pool of {len(pool)} articles in {time.perf_counter() - started:.1f} s")
    cases: list[tuple[str, int, Path, list[DocumentResult]]] = []
    for size in options.sizes:
        days = max(20, size // options.per_day)
        last = FIRST_DAY + dt.timedelta(days=days - 1)
        orders = {"next day": (last + dt.timedelta(days=1), 1), "late": (last - dt.timedelta(days=19), 20)}
        database = directory / f"store-{size}.db"
        if not database.exists():
            began = time.perf_counter()
            fill(database, pool, size, days)
            print(f"filled a store of {size} articles in {time.perf_counter() - began:.1f} s")
        for order, (start, span) in orders.items():
            new = list(results(pool, options.new, seed=7_000_000, start=start, days=span))
            cases.append((order, size, database, new))
    runs: dict[tuple[str, int], list[tuple[float, float]]] = {
        (order, size): [] for order, size, _, _ in cases
    }
    for run in range(options.repeats):  # interleaved, so a busy moment of the machine hits every case
        for order, size, database, new in cases:
            copy = _copy(database, f"timed-{run}.db")
            runs[order, size].append(timed_writes(copy, new))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
    seconds: dict[str, dict[int, float]] = {"next day": {}, "late": {}}
    for (order, size), timings in runs.items():
        cpu = min(timing[0] for timing in timings)
        wall = min(timing[1] for timing in timings)
        seconds[order][size] = cpu
        print(
            f"{order:>8}: {options.new} writes into {size} articles: {cpu:.2f} s CPU, {wall:.2f} s wall "
            f"(best of {len(timings)})"
        )
    smallest, largest = min(options.sizes), max(options.sizes)
    for order, timing in seconds.items():
        ratio = timing[largest] / timing[smallest]
        verdict = "ok" if ratio <= TARGET_RATIO else "over target"
        print(
            f"{order:>8}: {largest} vs {smallest} articles: {ratio:.2f}x the CPU time per write "
            f"(target <= {TARGET_RATIO}x: {verdict})"
        )


if __name__ == "__main__":
    main()
