"""Where coded actors sit in the text: gold spans against the ``mention`` offsets of coded actors.

Offsets on both sides are character offsets into the record's text (the document the coder read), so
overlap of at least one character is the test: a coded "the Swiss court" hits the gold "a Swiss court".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eventwire.eval.records import CharSpan
from eventwire.model import Actor, Event


def hits(spans: Sequence[CharSpan], actor: Actor | None) -> bool:
    """True when the actor was read from words that overlap one of the gold ``spans``."""
    return actor is not None and any(span.overlaps(actor.mention) for span in spans)


def source_hit(spans: Sequence[CharSpan], events: Iterable[Event]) -> bool:
    """True when some coded event's source mention overlaps a gold source span."""
    return any(hits(spans, event.source) for event in events)


def target_hit(spans: Sequence[CharSpan], events: Iterable[Event]) -> bool:
    """True when some coded event's target mention overlaps a gold target span."""
    return any(hits(spans, event.target) for event in events)


def dyad_hit(sources: Sequence[CharSpan], targets: Sequence[CharSpan], events: Iterable[Event]) -> bool:
    """True when one coded event has both its source and its target on the gold spans."""
    return any(hits(sources, event.source) and hits(targets, event.target) for event in events)
