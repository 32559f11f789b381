"""Running a coder over gold texts. Written against a Protocol so any coder (or a test fake) can be scored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

from eventwire.eval.records import GoldRecord
from eventwire.eval.report import EvalReport
from eventwire.eval.scoring import score
from eventwire.model import Article, DocumentResult, Event


class TextRecord(Protocol):
    """What coding needs of a gold record of any shape: its id, text and date (None when it has none)."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def date(self) -> dt.date | None: ...


class CoderLike(Protocol):
    """The part of :class:`eventwire.coder.Coder` evaluation needs: batched coding of articles."""

    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]: ...


def articles_from_gold(records: Iterable[TextRecord]) -> Iterator[Article]:
    """One article per gold record; its date is the record's, so relative expressions resolve as intended."""
    for record in records:
        yield Article(id=record.id, text=record.text, published=record.date, origin=f"gold:{record.id}")


def predict(
    coder: CoderLike,
    records: Sequence[TextRecord],
    *,
    on_result: Callable[[DocumentResult], None] | None = None,
) -> dict[str, list[Event]]:
    """Code every gold text; returns record id → events. ``on_result`` sees each result (progress bars)."""
    predictions: dict[str, list[Event]] = {record.id: [] for record in records}
    for result in coder.code_articles(articles_from_gold(records)):
        predictions.setdefault(result.doc_id, []).extend(result.events)
        if on_result is not None:
            on_result(result)
    return predictions


def evaluate(coder: CoderLike, records: Sequence[GoldRecord]) -> EvalReport:
    """Code the gold texts and score the events against the gold."""
    return score(records, predict(coder, records))
