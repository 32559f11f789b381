"""Scoring the coder against gold event data: ``eventwire eval``.

Gold comes as JSONL (docs/conventions.md) or PETRARCH validation XML; :func:`score` compares it with
the coder's events and :func:`evaluate` runs any coder-like object over the gold texts first.
"""

from eventwire.eval.gold import GoldEvent, GoldFormatError, GoldRecord, parse_gold, read_gold
from eventwire.eval.metrics import FactualityCounts, MatchCounts, RelevanceCounts
from eventwire.eval.report import EvalReport, RecordDetail
from eventwire.eval.runner import CoderLike, articles_from_gold, evaluate, predict
from eventwire.eval.scoring import score

__all__ = [
    "CoderLike",
    "EvalReport",
    "FactualityCounts",
    "GoldEvent",
    "GoldFormatError",
    "GoldRecord",
    "MatchCounts",
    "RecordDetail",
    "RelevanceCounts",
    "articles_from_gold",
    "evaluate",
    "parse_gold",
    "predict",
    "read_gold",
    "score",
]
