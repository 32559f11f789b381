"""Scoring pentaclass sentences (:class:`PentaRecord`): does the coder find the sentence's event class?

Each gold sentence holds one event as human coders saw it, so the figures are recall-like:

- **coverage**: share of sentences where at least one event is coded;
- **class hit**: share where the gold pentaclass is among the pentaclasses of the coded events;
- per gold class, the same two shares; and a confusion of gold class against the coded label, which is
  the gold class on a hit, else the class of the sentence's first coded event, else ``none``.

The pentaclass of a code comes from the ontology (:mod:`eventwire.ontology.pentaclass`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval.metrics import Share
from eventwire.eval.records import PentaRecord
from eventwire.model import Event
from eventwire.ontology.pentaclass import pentaclass_or_none

NONE_LABEL = "none"
"""Coded label of a sentence with no coded event."""


@dataclass(frozen=True, slots=True)
class PentaOutcome:
    """One sentence: its gold class and the classes of its coded events, in event order."""

    id: str
    split: str | None
    gold: int
    coded: tuple[int, ...]
    events: int

    @property
    def covered(self) -> bool:
        return self.events > 0

    @property
    def hit(self) -> bool:
        return self.gold in self.coded

    @property
    def label(self) -> str:
        """The coded label the confusion table counts."""
        if self.hit:
            return str(self.gold)
        return str(self.coded[0]) if self.coded else NONE_LABEL

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "split": self.split, "gold": self.gold, "coded": list(self.coded)}


@dataclass(frozen=True, slots=True)
class PentaScores:
    """Coverage, class hit, per-class shares and confusion over a set of sentence outcomes."""

    outcomes: tuple[PentaOutcome, ...]

    @property
    def coverage(self) -> Share:
        return Share.of(outcome.covered for outcome in self.outcomes)

    @property
    def class_hit(self) -> Share:
        return Share.of(outcome.hit for outcome in self.outcomes)

    def per_class(self) -> dict[int, PentaScores]:
        """The same scores restricted to each gold class present."""
        classes = sorted({outcome.gold for outcome in self.outcomes})
        return {
            penta: PentaScores(tuple(outcome for outcome in self.outcomes if outcome.gold == penta))
            for penta in classes
        }

    def confusion(self) -> dict[tuple[int, str], int]:
        """(gold class, coded label) → sentences."""
        return dict(Counter((outcome.gold, outcome.label) for outcome in self.outcomes))

    def to_dict(self) -> dict[str, Any]:
        confusion: dict[str, dict[str, int]] = {}
        for (gold, label), count in sorted(self.confusion().items()):
            confusion.setdefault(str(gold), {})[label] = count
        return {
            "sentences": len(self.outcomes),
            "coverage": self.coverage.to_dict(),
            "class_hit": self.class_hit.to_dict(),
            "per_class": {
                str(penta): {
                    "sentences": len(scores.outcomes),
                    "coverage": scores.coverage.to_dict(),
                    "class_hit": scores.class_hit.to_dict(),
                }
                for penta, scores in self.per_class().items()
            },
            "confusion": confusion,
        }


@dataclass(frozen=True, slots=True)
class PentaReport:
    """Pentaclass scores over all sentences and per ``split`` (train/test) where the gold has splits."""

    overall: PentaScores
    by_split: dict[str, PentaScores]

    @property
    def coverage(self) -> Share:
        return self.overall.coverage

    @property
    def class_hit(self) -> Share:
        return self.overall.class_hit

    def to_dict(self, *, include_details: bool = False) -> dict[str, Any]:
        result = self.overall.to_dict()
        result["by_split"] = {split: scores.to_dict() for split, scores in sorted(self.by_split.items())}
        if include_details:
            result["details"] = [outcome.to_dict() for outcome in self.overall.outcomes]
        return result


def penta_outcome(record: PentaRecord, events: Sequence[Event]) -> PentaOutcome:
    """The outcome of one sentence given its coded events."""
    coded = tuple(
        penta for penta in (pentaclass_or_none(event.cameo) for event in events) if penta is not None
    )
    return PentaOutcome(record.id, record.split, record.penta, coded, len(events))


def score_pentaclass(
    records: Sequence[PentaRecord], predictions: Mapping[str, Sequence[Event]]
) -> PentaReport:
    """Score ``predictions`` (record id → events; a missing id means none) against pentaclass gold."""
    outcomes = tuple(penta_outcome(record, predictions.get(record.id, ())) for record in records)
    splits = sorted({outcome.split for outcome in outcomes if outcome.split is not None})
    return PentaReport(
        overall=PentaScores(outcomes),
        by_split={
            split: PentaScores(tuple(outcome for outcome in outcomes if outcome.split == split))
            for split in splits
        },
    )
