"""One entry point for gold of any shape: code its texts, then score them with the shape's scorer.

``score_gold`` pairs each :data:`~eventwire.eval.shapes.GoldSet` with its scorer; ``gold_report_json``
is the JSON of any report with the shape named, the object ``eventwire eval --json`` prints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from eventwire.eval.report import EvalReport
from eventwire.eval.runner import CoderLike, predict
from eventwire.eval.scoring import score
from eventwire.eval.scoring_categories import CategoryReport, score_categories
from eventwire.eval.scoring_penta import PentaReport, score_pentaclass
from eventwire.eval.scoring_plover import PloverReport, score_plover
from eventwire.eval.scoring_spans import SpanReport, score_spans
from eventwire.eval.shapes import CategoryGold, EventGold, GoldSet, PentaGold, PloverGold, SpanGold
from eventwire.model import DocumentResult, Event

AnyReport = EvalReport | PentaReport | SpanReport | PloverReport | CategoryReport


def score_gold(gold: GoldSet, predictions: Mapping[str, Sequence[Event]]) -> AnyReport:
    """Score predictions (record id → events) with the scorer of the gold's shape."""
    match gold:
        case EventGold():
            return score(gold.records, predictions)
        case PentaGold():
            return score_pentaclass(gold.records, predictions)
        case SpanGold():
            return score_spans(gold.records, predictions)
        case PloverGold():
            return score_plover(gold.records, predictions)
        case CategoryGold():
            return score_categories(gold.records, predictions)


def evaluate_gold(
    coder: CoderLike, gold: GoldSet, *, on_result: Callable[[DocumentResult], None] | None = None
) -> AnyReport:
    """Code every gold text (batched through ``coder.code_articles``) and score the events."""
    return score_gold(gold, predict(coder, gold.records, on_result=on_result))


def gold_report_json(gold: GoldSet, report: AnyReport, *, include_details: bool = False) -> dict[str, Any]:
    """The report as a JSON-ready object, led by ``"shape"``."""
    return {"shape": str(gold.shape), **report.to_dict(include_details=include_details)}
