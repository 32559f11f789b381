"""Gold records: the expected events for one text, as every gold reader returns them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.model import Factuality


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
