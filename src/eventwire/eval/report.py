"""The result of one evaluation, and its JSON shape (the ``--json`` line of ``eventwire eval``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.eval.keys import FullKey
from eventwire.eval.metrics import FactualityCounts, MatchCounts, RelevanceCounts, ratio

NONE_ROOT = "none"
"""Confusion-table label for a missed (predicted side) or spurious (gold side) event."""


@dataclass(frozen=True, slots=True)
class RecordDetail:
    """One record's gold and predicted full keys, and what did not match."""

    id: str
    gold: tuple[FullKey, ...]
    predicted: tuple[FullKey, ...]
    missed: tuple[FullKey, ...]
    spurious: tuple[FullKey, ...]

    @property
    def exact(self) -> bool:
        return not self.missed and not self.spurious

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exact": self.exact,
            "gold": [key._asdict() for key in self.gold],
            "predicted": [key._asdict() for key in self.predicted],
            "missed": [key._asdict() for key in self.missed],
            "spurious": [key._asdict() for key in self.spurious],
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Every figure of one evaluation; ``full`` is the headline (source, target, CAMEO code) match."""

    records: int
    exact: int
    full: MatchCounts
    country_root: MatchCounts
    per_root: dict[str, MatchCounts]
    per_quad_class: dict[int, MatchCounts]
    relevance: RelevanceCounts
    factuality: FactualityCounts
    confusion: dict[tuple[str, str], int]
    """(gold root, predicted root) → events, over dyads matched on source and target country."""
    details: tuple[RecordDetail, ...] = field(default=())

    @property
    def precision(self) -> float:
        return self.full.precision

    @property
    def recall(self) -> float:
        return self.full.recall

    @property
    def f1(self) -> float:
        return self.full.f1

    def to_dict(self, *, include_details: bool = False) -> dict[str, Any]:
        confusion: dict[str, dict[str, int]] = {}
        for (gold, predicted), count in sorted(self.confusion.items()):
            confusion.setdefault(gold, {})[predicted] = count
        result: dict[str, Any] = {
            "records": self.records,
            "exact": self.exact,
            "exact_rate": round(ratio(self.exact, self.records), 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "full": self.full.to_dict(),
            "country_root": self.country_root.to_dict(),
            "per_root": {root: counts.to_dict() for root, counts in sorted(self.per_root.items())},
            "per_quad_class": {
                str(quad): counts.to_dict() for quad, counts in sorted(self.per_quad_class.items())
            },
            "relevance": self.relevance.to_dict(),
            "factuality": self.factuality.to_dict(),
            "confusion": confusion,
        }
        if include_details:
            result["details"] = [detail.to_dict() for detail in self.details]
        return result
