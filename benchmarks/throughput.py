"""Throughput of the coder against a bare spaCy parse of the same text, in the same run.

    .venv/bin/python benchmarks/throughput.py [--articles 500] [--corpus examples/articles.jsonl ...]

Prints articles/s and tokens/s for both, the ratio of the two times (the coder's overhead over
parsing alone: the design target is at most 1.5x) and the peak resident memory of the process.
The corpus is the bundled example articles and evaluation sentences, cycled to the requested count.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (REPO / "examples" / "articles.jsonl", REPO / "eval" / "gold" / "news_dev.jsonl")
BATCH_SIZE = 32


def _records(paths: list[Path]) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for path in paths:
        if path.is_file():
            records.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return records


def _articles(records: list[dict[str, str]], count: int) -> list[Article]:
    """Whole articles: short evaluation sentences are joined into article-sized texts first."""
    texts: list[str] = []
    buffer: list[str] = []
    for record in records:
        text = record["text"]
        if len(text) > 600:
            texts.append(text)
            continue
        buffer.append(text)
        if sum(map(len, buffer)) > 1200:
            texts.append(" ".join(buffer))
            buffer = []
    if buffer:
        texts.append(" ".join(buffer))
    if not texts:
        sys.exit("no corpus found: run from the repository with examples/ present")
    chosen: Iterator[str] = islice(cycle(texts), count)
    return [Article(id=f"bench-{i}", text=text) for i, text in enumerate(chosen)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--corpus", type=Path, nargs="*", default=list(DEFAULT_CORPORA))
    parser.add_argument("--repeats", type=int, default=2, help="take the best of this many timings")
    args = parser.parse_args()

    articles = _articles(_records(args.corpus), args.articles)
    texts = [a.text for a in articles]
    nlp = load_pipeline()
    coder = Coder(nlp=nlp)
    list(coder.code_articles(articles[:20]))  # warm up both paths
    tokens = sum(len(doc) for doc in nlp.pipe(texts[:50], batch_size=BATCH_SIZE))

    bare_times, coder_times = [], []
    events = 0
    for _ in range(args.repeats):
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(result.events) for result in coder.code_articles(articles))
        coder_times.append(time.perf_counter() - start)
    bare, coded = min(bare_times), min(coder_times)

    n = len(articles)
    print(f"articles                 {n}")
    print(f"tokens                   {tokens}")
    print(f"events coded             {events}")
    print(f"bare spaCy parse         {bare:.2f} s  {n / bare:.1f} articles/s  {tokens / bare:.0f} tokens/s")
    print(
        f"eventwire coder          {coded:.2f} s  {n / coded:.1f} articles/s  {tokens / coded:.0f} tokens/s"
    )
    print(f"ratio coder / bare parse {coded / bare:.3f}")
    print(f"peak memory (RSS)        {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
