"""Calendar arithmetic on inclusive date ranges: weeks (Monday-Sunday), months, years, shifts by units.

Every function returns a ``Period`` that remembers its grain, so a qualifier such as "early" or "late" can
ask whether it is splitting a year, a month, a week or a decade.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Grain = Literal["day", "week", "weekend", "month", "season", "year", "decade", "range"]


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range and the unit it was named in; either end may be open."""

    start: dt.date | None
    end: dt.date | None
    grain: Grain


def day(date: dt.date) -> Period:
    return Period(date, date, "day")


def span(start: dt.date | None, end: dt.date | None) -> Period:
    return Period(start, end, "range")


def week_of(date: dt.date) -> Period:
    """The Monday-Sunday week containing ``date``."""
    monday = date - dt.timedelta(days=date.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week")


def weekend_of(date: dt.date) -> Period:
    """The Saturday-Sunday weekend of the Monday-Sunday week containing ``date``."""
    saturday = date - dt.timedelta(days=date.weekday()) + dt.timedelta(days=5)
    return Period(saturday, saturday + dt.timedelta(days=1), "weekend")


def days_in_month(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


def month(year: int, month_number: int) -> Period:
    return Period(
        dt.date(year, month_number, 1),
        dt.date(year, month_number, days_in_month(year, month_number)),
        "month",
    )


def year(year_number: int) -> Period:
    return Period(dt.date(year_number, 1, 1), dt.date(year_number, 12, 31), "year")


def decade(first_year: int) -> Period:
    return Period(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def months_between(year_number: int, first: int, last: int, grain: Grain = "range") -> Period:
    """Months ``first``..``last`` (1-12); when ``last`` < ``first`` the range runs into the next year."""
    end_year = year_number + 1 if last < first else year_number
    return Period(month(year_number, first).start, month(end_year, last).end, grain)


def add_months(date: dt.date, count: int) -> dt.date:
    """``date`` moved by ``count`` calendar months, the day clamped to the target month's length."""
    index = date.year * 12 + (date.month - 1) + count
    target_year, target_month = divmod(index, 12)
    target_month += 1
    return dt.date(target_year, target_month, min(date.day, days_in_month(target_year, target_month)))


def shift(date: dt.date, unit: str, count: int) -> dt.date:
    """``date`` moved by ``count`` units: day, week, fortnight, month, year or decade."""
    if unit == "day":
        return date + dt.timedelta(days=count)
    if unit == "week":
        return date + dt.timedelta(weeks=count)
    if unit == "fortnight":
        return date + dt.timedelta(weeks=2 * count)
    if unit == "month":
        return add_months(date, count)
    if unit == "year":
        return add_months(date, 12 * count)
    if unit == "decade":
        return add_months(date, 120 * count)
    raise ValueError(f"unknown time unit {unit!r}")


def period_of(date: dt.date, unit: str) -> Period:
    """The calendar unit containing ``date``: the day, its week, month, year or decade."""
    if unit == "day":
        return day(date)
    if unit in ("week", "fortnight"):
        return week_of(date)
    if unit == "month":
        return month(date.year, date.month)
    if unit == "year":
        return year(date.year)
    if unit == "decade":
        return decade(date.year - date.year % 10)
    raise ValueError(f"unknown time unit {unit!r}")
