"""Count records with derived precision, recall, F1 and accuracy.

Ratios with an empty denominator are 0.0 rather than undefined, so JSON stays numeric; the raw
counts are always reported beside them, so "0 of 0" is never mistaken for a real zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def harmonic_mean(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class MatchCounts:
    """True positives, false positives and false negatives of one matching."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: MatchCounts) -> MatchCounts:
        return MatchCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class RelevanceCounts:
    """Per-record relevance: does the record hold any event at all, gold versus predicted."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def matches(self) -> MatchCounts:
        return MatchCounts(self.tp, self.fp, self.fn)

    @property
    def accuracy(self) -> float:
        return ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    def to_dict(self) -> dict[str, Any]:
        return {**self.matches.to_dict(), "tn": self.tn, "accuracy": round(self.accuracy, 4)}


@dataclass(frozen=True, slots=True)
class FactualityCounts:
    """Factuality agreement over event pairs matched on the country/root key."""

    matched: int = 0
    correct: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    """(gold factuality, predicted factuality) → pairs."""

    @property
    def accuracy(self) -> float:
        return ratio(self.correct, self.matched)

    def to_dict(self) -> dict[str, Any]:
        nested: dict[str, dict[str, int]] = {}
        for (gold, predicted), count in sorted(self.confusion.items()):
            nested.setdefault(gold, {})[predicted] = count
        return {
            "matched": self.matched,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "confusion": nested,
        }


@dataclass(frozen=True, slots=True)
class Share:
    """``hits`` of ``total`` records, and their ratio (0.0 for an empty total)."""

    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return ratio(self.hits, self.total)

    @classmethod
    def of(cls, flags: Iterable[bool]) -> Share:
        """The share of true values among ``flags``."""
        values = list(flags)
        return cls(sum(values), len(values))

    def to_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "rate": round(self.rate, 4)}
