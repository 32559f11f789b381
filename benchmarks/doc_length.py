"""Cost of one document as it grows: time and peak memory at 10k, 25k, 100k, 250k and 1,000k characters.

    .venv/bin/python benchmarks/doc_length.py [--lengths 10000 25000 ...] [--json]

Each length is coded in a fresh process (peak resident memory is per process and only grows), on dense
wire copy: the bundled example articles joined paragraph by paragraph until the length is reached.
Prints wall and CPU seconds, CPU microseconds per character, peak resident memory of the process and
its growth over the loaded coder's, and the two figures issue #13 sets targets for: time per character
at the longest length within 1.3x of that at the shortest (CPU time, so that other work on a shared
machine does not skew it), and peak memory at 250k within 1.5x of that at 25k.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "articles.jsonl"
DEFAULT_LENGTHS = (10_000, 25_000, 100_000, 250_000, 1_000_000)
"""25k is there for the memory target (250k against 25k)."""
TIME_RATIO_TARGET = 1.3
PEAK_RATIO_TARGET = 1.5


def dense_text(length: int) -> str:
    """``length`` characters of wire copy: the example articles' paragraphs, cycled."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    parts: list[str] = []
    size = 0
    while size < length:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
            if size >= length:
                break
    return "\n\n".join(parts)[:length]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(length: int) -> dict[str, Any]:
    """Code one ``length``-character document in this process: seconds, events and memory (MB)."""
    import datetime as dt

    from eventwire.coder import Coder
    from eventwire.model import Article

    coder = Coder()
    coder.code("Putin met Trump in Alaska on Friday.", date=dt.date(2025, 8, 7))  # warm the caches
    loaded = _peak_mb()
    article = Article(id=f"len-{length}", text=dense_text(length), published=dt.date(2025, 8, 7))
    started, cpu_started = time.perf_counter(), time.process_time()
    result = next(iter(coder.code_articles([article])))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = _peak_mb()
    return {
        "chars": length,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "us_per_char": round(1e6 * cpu / length, 2),
        "events": len(result.events),
        "peak_mb": round(peak),
        "growth_mb": round(peak - loaded),
    }


def _in_child(length: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(length)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"chars": length, "error": tail[:200]}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _ratios(rows: list[dict[str, Any]]) -> dict[str, float | None]:
    by_length = {row["chars"]: row for row in rows if "error" not in row}
    ratios: dict[str, float | None] = {"time_per_char": None, "peak_250k_over_25k": None}
    if by_length:
        shortest, longest = by_length[min(by_length)], by_length[max(by_length)]
        ratios["time_per_char"] = round(longest["us_per_char"] / shortest["us_per_char"], 2)
    if 25_000 in by_length and 250_000 in by_length:
        ratios["peak_250k_over_25k"] = round(by_length[250_000]["peak_mb"] / by_length[25_000]["peak_mb"], 2)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=list(DEFAULT_LENGTHS))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    rows = [_in_child(length) for length in args.lengths]
    ratios = _ratios(rows)
    if args.json:
        print(json.dumps({"rows": rows, "ratios": ratios}))
        return
    print(
        f"{'chars':>10} {'seconds':>8} {'CPU s':>8} {'CPU us/char':>11} {'events':>7} {'peak MB':>8}"
        f" {'growth MB':>9}"
    )
    for row in rows:
        if "error" in row:
            print(f"{row['chars']:>10} failed: {row['error']}")
            continue
        print(
            f"{row['chars']:>10} {row['seconds']:>8} {row['cpu_seconds']:>8} {row['us_per_char']:>11}"
            f" {row['events']:>7}"
            f" {row['peak_mb']:>8} {row['growth_mb']:>9}"
        )
    print(f"time per char, longest / shortest: {ratios['time_per_char']} (target <= {TIME_RATIO_TARGET})")
    print(f"peak memory, 250k / 25k: {ratios['peak_250k_over_25k']} (target <= {PEAK_RATIO_TARGET})")


if __name__ == "__main__":
    main()
