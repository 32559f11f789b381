"""Publication dates from metadata strings: ISO dates and datetimes, plus the common English long forms.

Which date an article gets, best first (issue #11 item 4): an explicit ``--date``, a record's own date
(a JSONL/CSV ``date`` field, a ``Date:`` header line), a feed entry's date, the page's metadata (htmldate,
metadata only). A date found in the body text ("Since early 2022") is never the article date. Readers take
the caller's date as ``default_date`` (``--date``, or the feed entry's date for a fetched page) and pass
the candidates to :func:`first_date` in that order.
"""

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


def first_date(*candidates: dt.date | None) -> dt.date | None:
    """The first date that is given, in the order of precedence above; None when none is."""
    return next((day for day in candidates if day is not None), None)
