"""Every accuracy figure on real news, next to the targets of issue #10 (item 7), with pass/fail.

    .venv/bin/python benchmarks/realnews.py [DATA_DIR] [--limit N] [--json]
        [--only pentaclass,spans,plover,bbc]

Reads the human-coded news in ``<repo>/../shared/data/realnews/`` (its README has the rules: the files
are read, never copied into the project) and prints, per file:

- ``cameo_pentaclass.jsonl``: coverage and pentaclass hit, overall and per split (train/test);
- ``cameo_spans.jsonl``: coverage, source and target mention overlap;
- ``plover_pairs.jsonl``: PLOVER type hit, source and target overlap (and coverage, quad, dyad);
- ``bbc_dev.jsonl``: events per article per category, and sport+entertainment+tech and business
  relative to politics.

This is a thin face over :mod:`eventwire.eval`: the files are read with ``read_any_gold``, coded with
``Coder().code_articles`` (batched ``nlp.pipe``; the sentences have no date) and scored with the
eval scorers. ``--limit N`` codes N records of each file spread evenly over it (the files are sorted
by label or category). ``--json`` prints one JSON object and nothing else. Without the data directory
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.eval.dispatch import AnyReport, evaluate_gold
from eventwire.eval.gold import read_any_gold
from eventwire.eval.metrics import Share
from eventwire.eval.runner import CoderLike
from eventwire.eval.scoring_categories import OFF_TOPIC, REFERENCE, CategoryReport
from eventwire.eval.scoring_penta import PentaReport
from eventwire.eval.scoring_plover import PloverReport
from eventwire.eval.scoring_spans import SpanReport
from eventwire.eval.shapes import Shape, spread

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "realnews"

SETS: dict[str, tuple[str, Shape]] = {
    "pentaclass": ("cameo_pentaclass.jsonl", Shape.PENTACLASS),
    "spans": ("cameo_spans.jsonl", Shape.SPANS),
    "plover": ("plover_pairs.jsonl", Shape.PLOVER),
    "bbc": ("bbc_dev.jsonl", Shape.CATEGORIES),
}


@dataclass(frozen=True, slots=True)
class Target:
    """An issue target: ``value >= bound`` (``at_least``) or ``value <= bound``."""

    bound: float
    at_least: bool = True

    def met(self, value: float) -> bool:
        return value >= self.bound if self.at_least else value <= self.bound

    def __str__(self) -> str:
        return f"{'≥' if self.at_least else '≤'} {self.bound:g}"


@dataclass(frozen=True, slots=True)
class Figure:
    """One printed figure: its value (None when it cannot be computed), what it is over, its target."""

    name: str
    value: float | None
    over: str
    target: Target | None = None

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        if self.value is None:
            return "n/a"
        return "pass" if self.target.met(self.value) else "FAIL"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 4) if self.value is not None else None,
            "over": self.over,
            "target": str(self.target) if self.target is not None else None,
            "verdict": self.verdict or None,
        }


PENTA_COVERAGE = Target(0.85)
PENTA_CLASS_HIT = Target(0.70)
PLOVER_TYPE = Target(0.55)
PLOVER_SOURCE = Target(0.60)
BBC_POLITICS = Target(4.0)
BBC_OFF_TOPIC = Target(0.10, at_least=False)


def _share(name: str, share: Share, target: Target | None = None) -> Figure:
    return Figure(name, share.rate, f"{share.hits}/{share.total}", target)


def penta_figures(report: PentaReport) -> list[Figure]:
    """Coverage and class hit over all sentences, then per split."""
    scopes = [("all", report.overall), *sorted(report.by_split.items())]
    figures = []
    for split, scores in scopes:
        figures.append(_share(f"coverage ({split})", scores.coverage, PENTA_COVERAGE))
        figures.append(_share(f"class hit ({split})", scores.class_hit, PENTA_CLASS_HIT))
    return figures


def span_figures(report: SpanReport) -> list[Figure]:
    return [
        _share("coverage", report.coverage),
        _share("source overlap", report.source_overlap),
        _share("target overlap", report.target_overlap),
    ]


def plover_figures(report: PloverReport) -> list[Figure]:
    return [
        _share("PLOVER type hit", report.type_hit, PLOVER_TYPE),
        _share("source overlap", report.source_overlap, PLOVER_SOURCE),
        _share("target overlap", report.target_overlap),
        _share("coverage", report.coverage),
        _share("quad class hit", report.quad_hit),
        _share("dyad (one event on both spans)", report.dyad),
    ]


def bbc_figures(report: CategoryReport) -> list[Figure]:
    """Events per article in each category, then the off-topic and business rates over politics."""
    figures = []
    for category in report.categories():
        articles, events = report.counts([category])
        target = BBC_POLITICS if category == REFERENCE else None
        figures.append(
            Figure(
                f"events/article {category}",
                report.rate(category),
                f"{events} events/{articles} articles",
                target,
            )
        )
    figures.append(
        Figure(
            f"({'+'.join(OFF_TOPIC)}) / {REFERENCE}",
            report.relative(*OFF_TOPIC),
            "events/article ratio",
            BBC_OFF_TOPIC,
        )
    )
    figures.append(Figure(f"business / {REFERENCE}", report.relative("business"), "events/article ratio"))
    return figures


def figures_of(report: AnyReport) -> list[Figure]:
    match report:
        case PentaReport():
            return penta_figures(report)
        case SpanReport():
            return span_figures(report)
        case PloverReport():
            return plover_figures(report)
        case CategoryReport():
            return bbc_figures(report)
        case _:
            return []


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="the realnews directory")
    parser.add_argument("--limit", type=int, default=None, help="code N records of each file")
    parser.add_argument("--only", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    parser.add_argument("--json", action="store_true", help="print one JSON object and nothing else")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in args.only if name not in SETS]
    if unknown:
        parser.error(f"--only: unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def _print_set(name: str, file_name: str, records: int, seconds: float, figures: list[Figure]) -> None:
    print(f"\n{name}: {file_name}, {records} records, coded in {seconds:.1f} s")
    for figure in figures:
        value = f"{figure.value:.3f}" if figure.value is not None else "n/a"
        target = f"target {figure.target}" if figure.target is not None else ""
        print(f"  {figure.name:<40} {value:>7}  {figure.over:>22}  {target:<12} {figure.verdict}")


def main(argv: Sequence[str] | None = None, coder: CoderLike | None = None) -> int:
    """Run the benchmark; ``coder`` defaults to a fresh ``eventwire.coder.Coder()``."""
    args = _arguments(argv)
    data: Path = args.data
    missing = [SETS[name][0] for name in args.only if not (data / SETS[name][0]).is_file()]
    if missing:
        message = f"skipped: real-news data not found in {data} ({', '.join(missing)})"
        print(json.dumps({"skipped": message}) if args.json else message)
        return 0
    if coder is None:
        from eventwire.coder import Coder  # loading spaCy is only worth it when there is data

        coder = Coder()
    results: dict[str, Any] = {}
    for name in args.only:
        file_name, shape = SETS[name]
        gold = read_any_gold(data / file_name)
        if gold.shape is not shape:
            raise SystemExit(f"{data / file_name}: expected {shape} gold, found {gold.shape}")
        if args.limit is not None:
            gold = spread(gold, args.limit)
        started = time.perf_counter()
        report = evaluate_gold(coder, gold)
        seconds = time.perf_counter() - started
        figures = figures_of(report)
        if args.json:
            results[name] = {
                "file": file_name,
                "records": len(gold.records),
                "seconds": round(seconds, 2),
                "figures": [figure.to_dict() for figure in figures],
                "report": report.to_dict(),
            }
        else:
            _print_set(name, file_name, len(gold.records), seconds, figures)
    if args.json:
        print(json.dumps({"data": str(data), "limit": args.limit, "sets": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
