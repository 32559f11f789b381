"""Scoring PLOVER pairs (:class:`PloverRecord`): the right event type between the right actors?

Per pair (one sentence may hold several pairs, each scored on its own):

- **coverage**: at least one event is coded;
- **type hit**: an event of the gold PLOVER type is coded (an older type name such as ``YIELD``
  matches the types that replaced it, see ``scoring_tables.json``);
- **quad hit**: an event of the gold quad class is coded;
- **source overlap** / **target overlap**: some coded event's source (target) ``mention`` overlaps the
  gold span; pairs whose span is not in the text (an implicit actor) do not count for that role;
- **dyad**: one coded event has both its source and its target on the gold spans.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval.keys import plover_matches
from eventwire.eval.mentions import dyad_hit, source_hit, target_hit
from eventwire.eval.metrics import Share
from eventwire.eval.records import PloverRecord
from eventwire.model import Event


@dataclass(frozen=True, slots=True)
class PloverOutcome:
    """One pair: gold type, coded types, and each test (None where the gold span is not in the text)."""

    id: str
    gold: str
    coded: tuple[str, ...]
    events: int
    type_hit: bool
    quad_hit: bool
    source: bool | None
    target: bool | None
    dyad: bool | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gold": self.gold,
            "coded": list(self.coded),
            "type_hit": self.type_hit,
            "quad_hit": self.quad_hit,
            "source": self.source,
            "target": self.target,
            "dyad": self.dyad,
        }


def _known(flags: Sequence[bool | None]) -> Share:
    return Share.of(flag for flag in flags if flag is not None)


@dataclass(frozen=True, slots=True)
class PloverReport:
    """Type, quad and actor agreement over PLOVER pairs."""

    outcomes: tuple[PloverOutcome, ...]

    @property
    def coverage(self) -> Share:
        return Share.of(outcome.events > 0 for outcome in self.outcomes)

    @property
    def type_hit(self) -> Share:
        return Share.of(outcome.type_hit for outcome in self.outcomes)

    @property
    def quad_hit(self) -> Share:
        return Share.of(outcome.quad_hit for outcome in self.outcomes)

    @property
    def source_overlap(self) -> Share:
        return _known([outcome.source for outcome in self.outcomes])

    @property
    def target_overlap(self) -> Share:
        return _known([outcome.target for outcome in self.outcomes])

    @property
    def dyad(self) -> Share:
        return _known([outcome.dyad for outcome in self.outcomes])

    def per_type(self) -> dict[str, Share]:
        """Type hit per gold PLOVER type."""
        types = sorted({outcome.gold for outcome in self.outcomes})
        return {
            name: Share.of(outcome.type_hit for outcome in self.outcomes if outcome.gold == name)
            for name in types
        }

    def to_dict(self, *, include_details: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "pairs": len(self.outcomes),
            "coverage": self.coverage.to_dict(),
            "type_hit": self.type_hit.to_dict(),
            "quad_hit": self.quad_hit.to_dict(),
            "source_overlap": self.source_overlap.to_dict(),
            "target_overlap": self.target_overlap.to_dict(),
            "dyad": self.dyad.to_dict(),
            "per_type": {name: share.to_dict() for name, share in self.per_type().items()},
        }
        if include_details:
            result["details"] = [outcome.to_dict() for outcome in self.outcomes]
        return result


def plover_outcome(record: PloverRecord, events: Sequence[Event]) -> PloverOutcome:
    """The outcome of one pair given the events coded in its sentence."""
    wanted = plover_matches(record.plover)
    both = bool(record.source_spans and record.target_spans)
    return PloverOutcome(
        id=record.id,
        gold=record.plover,
        coded=tuple(event.plover for event in events if event.plover is not None),
        events=len(events),
        type_hit=any(event.plover in wanted for event in events),
        quad_hit=any(event.quad_class == record.quad for event in events),
        source=source_hit(record.source_spans, events) if record.source_spans else None,
        target=target_hit(record.target_spans, events) if record.target_spans else None,
        dyad=dyad_hit(record.source_spans, record.target_spans, events) if both else None,
    )


def score_plover(records: Sequence[PloverRecord], predictions: Mapping[str, Sequence[Event]]) -> PloverReport:
    """Score ``predictions`` (record id → events; a missing id means none) against PLOVER pair gold."""
    return PloverReport(tuple(plover_outcome(record, predictions.get(record.id, ())) for record in records))
