"""Scoring articles by category (:class:`CategoryRecord`): how many events per article, per topic?

Articles carry no gold events, so this measures volume: a political-event coder should find several
events in a politics article and next to none in sport, entertainment or tech. Rates pooled over
several categories are total events over total articles; :meth:`CategoryReport.relative` divides such
a rate by the politics rate (the reference category).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eval.metrics import ratio
from eventwire.eval.records import CategoryRecord
from eventwire.model import Event

REFERENCE = "politics"
OFF_TOPIC = ("sport", "entertainment", "tech")
"""Categories where a political-event coder should find (almost) nothing."""


@dataclass(frozen=True, slots=True)
class CategoryOutcome:
    id: str
    category: str
    events: int


@dataclass(frozen=True, slots=True)
class CategoryReport:
    """Events per article in each category."""

    outcomes: tuple[CategoryOutcome, ...]

    def categories(self) -> list[str]:
        return sorted({outcome.category for outcome in self.outcomes})

    def counts(self, categories: Iterable[str]) -> tuple[int, int]:
        """(articles, events) pooled over ``categories``."""
        wanted = set(categories)
        chosen = [outcome for outcome in self.outcomes if outcome.category in wanted]
        return len(chosen), sum(outcome.events for outcome in chosen)

    def rate(self, *categories: str) -> float:
        """Events per article pooled over ``categories`` (0.0 when none of their articles is present)."""
        articles, events = self.counts(categories)
        return ratio(events, articles)

    def relative(self, *categories: str, reference: str = REFERENCE) -> float | None:
        """Pooled rate of ``categories`` over the ``reference`` rate; None when the reference is absent
        or has no events."""
        base = self.rate(reference)
        if not self.counts([reference])[0] or not self.counts(categories)[0] or base == 0.0:
            return None
        return self.rate(*categories) / base

    def to_dict(self, *, include_details: bool = False) -> dict[str, Any]:
        per_category: dict[str, Any] = {}
        for category in self.categories():
            articles, events = self.counts([category])
            relative = self.relative(category)
            per_category[category] = {
                "articles": articles,
                "events": events,
                "per_article": round(ratio(events, articles), 4),
                "relative_to_politics": round(relative, 4) if relative is not None else None,
            }
        off_topic = self.relative(*OFF_TOPIC)
        result: dict[str, Any] = {
            "articles": len(self.outcomes),
            "events": sum(outcome.events for outcome in self.outcomes),
            "per_category": per_category,
            "off_topic_relative_to_politics": round(off_topic, 4) if off_topic is not None else None,
        }
        if include_details:
            result["details"] = [
                {"id": outcome.id, "category": outcome.category, "events": outcome.events}
                for outcome in self.outcomes
            ]
        return result


def score_categories(
    records: Sequence[CategoryRecord], predictions: Mapping[str, Sequence[Event]]
) -> CategoryReport:
    """Count ``predictions`` (record id → events; a missing id means none) per article and category."""
    return CategoryReport(
        tuple(
            CategoryOutcome(record.id, record.category, len(predictions.get(record.id, ())))
            for record in records
        )
    )
