"""Scoring the coder against gold data: ``eventwire eval``.

Gold events come as JSONL (docs/conventions.md) or PETRARCH validation XML; :func:`score` compares
them with the coder's events and :func:`evaluate` runs any coder-like object over the gold texts first.
Real-news gold comes in more shapes (pentaclass sentences, actor spans, PLOVER pairs, articles by
category, see :mod:`eventwire.eval.shapes`): :func:`read_any_gold` reads any of them and
:func:`evaluate_gold` codes and scores them with the shape's scorer.
"""

from eventwire.eval.dispatch import AnyReport, evaluate_gold, score_gold
from eventwire.eval.gold import (
    GoldEvent,
    GoldFormatError,
    GoldRecord,
    parse_any_gold,
    parse_gold,
    read_any_gold,
    read_gold,
)
from eventwire.eval.metrics import FactualityCounts, MatchCounts, RelevanceCounts
from eventwire.eval.report import EvalReport, RecordDetail
from eventwire.eval.runner import CoderLike, articles_from_gold, evaluate, predict
from eventwire.eval.scoring import score
from eventwire.eval.shapes import GoldSet, Shape

__all__ = [
    "AnyReport",
    "CoderLike",
    "EvalReport",
    "FactualityCounts",
    "GoldEvent",
    "GoldFormatError",
    "GoldRecord",
    "GoldSet",
    "MatchCounts",
    "RecordDetail",
    "RelevanceCounts",
    "Shape",
    "articles_from_gold",
    "evaluate",
    "evaluate_gold",
    "parse_any_gold",
    "parse_gold",
    "predict",
    "read_any_gold",
    "read_gold",
    "score",
    "score_gold",
]
