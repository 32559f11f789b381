"""Scaling benchmark: code N articles with 1 and 2 workers, locally and on a Dask LocalCluster.

    .venv/bin/python benchmarks/scale.py [--articles 5000] [--partition-size 500] [--modes local dask]
    .venv/bin/python benchmarks/scale.py --corpus ../shared/data/realnews/bbc_dev.jsonl --articles 200

Prints articles/s (wall clock, worker start-up and model loading included), scaling efficiency of two
workers over one, peak resident memory per worker (``ru_maxrss`` of each worker process), and the hours
250,000 articles (about a GDELT day) would take at the measured rate. Without ``--corpus`` the articles
are generated from the project's own sentence templates (``eventwire.batch.synthetic``); with it, the
first ``--articles`` lines of that JSONL file are coded (repeated when it has fewer). The partition size
is the CLI's default (the largest partition; small corpora are cut finer, see ``batch.partitions``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eventwire.batch import BatchOptions, run_batch
from eventwire.batch.options import DEFAULT_PARTITION_SIZE
from eventwire.batch.synthetic import write_synthetic_jsonl

GDELT_DAY = 250_000


@dataclass(frozen=True, slots=True)
class Measurement:
    mode: str
    workers: int
    documents: int
    events: int
    seconds: float
    peak_mb: float

    @property
    def rate(self) -> float:
        return self.documents / self.seconds

    @property
    def hours_for_gdelt_day(self) -> float:
        return GDELT_DAY / self.rate / 3600


def measure(corpus: Path, workdir: Path, mode: str, workers: int, partition_size: int) -> Measurement:
    output = workdir / f"{mode}-{workers}"
    options = BatchOptions(
        output=output,
        workers=workers,
        scheduler="local" if mode == "dask" else None,
        partition_size=partition_size,
    )
    summary = run_batch([str(corpus)], options)
    if not summary.ok:
        raise SystemExit(f"{mode} with {workers} workers failed: {summary.failed}")
    peak = max(summary.worker_peak_rss_mb.values(), default=0.0)
    return Measurement(mode, workers, summary.documents, summary.events, summary.seconds, peak)


def sample_jsonl(source: Path, target: Path, articles: int) -> Path:
    """The first ``articles`` non-blank lines of ``source`` (cycled with fresh ids when it is shorter)."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        raise SystemExit(f"{source} has no lines")
    with target.open("w", encoding="utf-8") as handle:
        for number in range(articles):
            record = json.loads(lines[number % len(lines)])
            if number >= len(lines):
                record["id"] = f"{record.get('id', 'doc')}#{number // len(lines)}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def report(results: list[Measurement]) -> None:
    print(
        f"{'mode':<6} {'workers':>7} {'docs':>6} {'events':>7} {'seconds':>8} {'art/s':>7} "
        f"{'peak MB/worker':>14} {'h per 250k':>10} {'efficiency':>10}"
    )
    single = {r.mode: r for r in results if r.workers == 1}
    for result in results:
        base = single.get(result.mode)
        efficiency = result.rate / (result.workers * base.rate) if base else float("nan")
        print(
            f"{result.mode:<6} {result.workers:>7} {result.documents:>6} {result.events:>7} "
            f"{result.seconds:>8.1f} {result.rate:>7.1f} {result.peak_mb:>14.0f} "
            f"{result.hours_for_gdelt_day:>10.2f} {efficiency:>10.2f}"
        )
    for mode, base in single.items():
        for result in results:
            if result.mode == mode and result.workers > 1:
                print(f"{mode}: {result.workers} workers = {result.rate / base.rate:.2f}x one worker")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_SIZE)
    parser.add_argument("--corpus", type=Path, help="A JSONL corpus to sample instead of synthetic articles.")
    parser.add_argument("--modes", nargs="+", choices=["local", "dask"], default=["local", "dask"])
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-scale-") as directory:
        workdir = Path(directory)
        if arguments.corpus is not None:
            corpus = sample_jsonl(arguments.corpus, workdir / "corpus.jsonl", arguments.articles)
        else:
            corpus = write_synthetic_jsonl(workdir / "synthetic.jsonl", arguments.articles)
        results = [
            measure(corpus, workdir, mode, workers, arguments.partition_size)
            for mode in arguments.modes
            for workers in arguments.workers
        ]
    report(results)


if __name__ == "__main__":
    main()
