"""Publication dates from metadata strings: ISO dates and datetimes, plus the common English long forms."""

from __future__ import annotations

import datetime as dt

_LONG_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")


def parse_date(value: str) -> dt.date | None:
    """Return the calendar date of ``value`` or None when it is not a date we recognise.

    A datetime keeps the date in its own time zone: that is the date the publisher printed.
    """
    text = value.strip()
    if not text or len(text) > 64:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for fmt in _LONG_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
