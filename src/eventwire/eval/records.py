"""Gold records: what a perfect coder would produce for one text, one record type per gold shape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.model import Evidence, Factuality


class GoldFormatError(ValueError):
    """Gold data that cannot be read; the message names the file and, when known, the line."""

    def __init__(self, origin: str, message: str, line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        self.reason = message
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. Codes are kept verbatim: gold files may use fictional or extended codes."""

    source: str | None
    target: str | None
    code: str
    factuality: str = Factuality.ASSERTED.value


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold text with its date and the events a perfect coder would produce."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    category: str | None = None


def parse_date(value: str, origin: str, line: int | None) -> dt.date:
    """Gold dates are ISO ``YYYY-MM-DD`` (JSONL) or ``YYYYMMDD`` (PETRARCH)."""
    cleaned = value.strip()
    try:
        if len(cleaned) == 8 and cleaned.isascii() and cleaned.isdigit():
            return dt.datetime.strptime(cleaned, "%Y%m%d").date()
        if len(cleaned) == 10 and cleaned.isascii():
            return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise GoldFormatError(origin, f"bad date {value!r}: expected YYYY-MM-DD or YYYYMMDD", line)


@dataclass(frozen=True, slots=True)
class CharSpan:
    """A gold actor span located in a record's text: ``text[start:end]``."""

    start: int
    end: int

    def overlaps(self, other: Evidence | None) -> bool:
        """True when ``other`` (an actor's ``mention``) shares at least one character with this span."""
        return other is not None and self.start < other.end and other.start < self.end


class _Undated:
    """Sentence gold without dates: relative times and roles are read as current."""

    __slots__ = ()

    @property
    def date(self) -> dt.date | None:
        """These sentences carry no date."""
        return None


@dataclass(frozen=True, slots=True)
class PentaRecord(_Undated):
    """A news sentence labelled with the CAMEO pentaclass (0-4) of its event: ``{"id","text","penta"}``."""

    id: str
    text: str
    penta: int
    split: str | None = None


@dataclass(frozen=True, slots=True)
class SpanRecord(_Undated):
    """A tokenised sentence with its actor spans: ``{"id","tokens","sources","targets","other"}``.

    ``text`` is the tokens joined by single spaces; ``*_spans`` are the span strings located in it
    (the first occurrence of each; a span that does not occur is left out and counted in ``unlocated``).
    """

    id: str
    text: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    other: tuple[str, ...]
    source_spans: tuple[CharSpan, ...]
    target_spans: tuple[CharSpan, ...]
    split: str | None = None

    @property
    def unlocated(self) -> int:
        """Gold source and target strings that could not be found in the text."""
        return len(self.sources) - len(self.source_spans) + len(self.targets) - len(self.target_spans)


@dataclass(frozen=True, slots=True)
class PloverRecord(_Undated):
    """One (source, target) pair of a sentence with its PLOVER type and quad class.

    Shape ``{"id","text","plover","quad","source","target","marked"?}``; the spans come from the
    ``<s>``/``<t>`` marks of ``marked`` (every marked occurrence), else from ``str.find`` in ``text``;
    an empty tuple means the span is not in the text (an implicit actor).
    """

    id: str
    text: str
    plover: str
    quad: int
    source: str
    target: str
    source_spans: tuple[CharSpan, ...]
    target_spans: tuple[CharSpan, ...]
    split: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryRecord:
    """A whole article with a topic category and no coded events: ``{"id","text","category","date"?}``."""

    id: str
    text: str
    category: str
    date: dt.date | None = None
