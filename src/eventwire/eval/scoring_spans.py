"""Scoring actor-span sentences (:class:`SpanRecord`): are the coded actors read from the gold spans?

- **coverage**: share of sentences where at least one event is coded;
- **source overlap**: share of sentences with a located gold source span where some coded event's
  source ``mention`` overlaps one of them (at least one character);
- **target overlap**: the same for targets.

Sentences without a gold span of a role do not count for that role; span strings that do not occur in
the text are counted as ``unlocated`` and reported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval.mentions import source_hit, target_hit
from eventwire.eval.metrics import Share
from eventwire.eval.records import SpanRecord
from eventwire.model import Event


@dataclass(frozen=True, slots=True)
class SpanOutcome:
    """One sentence: how many events were coded, and whether each role was hit (None: no gold span)."""

    id: str
    events: int
    source: bool | None
    target: bool | None
    unlocated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "events": self.events, "source": self.source, "target": self.target}


@dataclass(frozen=True, slots=True)
class SpanReport:
    """Coverage and actor overlap over span sentences."""

    outcomes: tuple[SpanOutcome, ...]

    @property
    def coverage(self) -> Share:
        return Share.of(outcome.events > 0 for outcome in self.outcomes)

    @property
    def source_overlap(self) -> Share:
        return Share.of(outcome.source for outcome in self.outcomes if outcome.source is not None)

    @property
    def target_overlap(self) -> Share:
        return Share.of(outcome.target for outcome in self.outcomes if outcome.target is not None)

    @property
    def unlocated(self) -> int:
        return sum(outcome.unlocated for outcome in self.outcomes)

    def to_dict(self, *, include_details: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "sentences": len(self.outcomes),
            "coverage": self.coverage.to_dict(),
            "source_overlap": self.source_overlap.to_dict(),
            "target_overlap": self.target_overlap.to_dict(),
            "unlocated_spans": self.unlocated,
        }
        if include_details:
            result["details"] = [outcome.to_dict() for outcome in self.outcomes]
        return result


def span_outcome(record: SpanRecord, events: Sequence[Event]) -> SpanOutcome:
    """The outcome of one sentence given its coded events."""
    return SpanOutcome(
        id=record.id,
        events=len(events),
        source=source_hit(record.source_spans, events) if record.source_spans else None,
        target=target_hit(record.target_spans, events) if record.target_spans else None,
        unlocated=record.unlocated,
    )


def score_spans(records: Sequence[SpanRecord], predictions: Mapping[str, Sequence[Event]]) -> SpanReport:
    """Score ``predictions`` (record id → events; a missing id means none) against span gold."""
    return SpanReport(tuple(span_outcome(record, predictions.get(record.id, ())) for record in records))
