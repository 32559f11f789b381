"""The grammar of time expressions: full-match patterns over normalised text, each with its date arithmetic.

Patterns are built once from the calendar words in ``calendar.json``; a rule returns None when the words
match but the dates do not make sense, so the next pattern gets its chance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from eventwire.temporal import periods
from eventwire.temporal.lexicon import Calendar, calendar
from eventwire.temporal.periods import Period

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may consult besides its match: the article date, the tense, the stripped preposition."""

    anchor: dt.date
    tense: Tense | None
    prefix: str | None
    depth: int


Rule = Callable[[re.Match[str], Context], Period | None]


def match_rules(body: str, context: Context) -> Period | None:
    """The period the first pattern that fully matches ``body`` (and makes sense) names, or None."""
    for pattern, rule in _rules():
        match = pattern.fullmatch(body)
        if match is not None:
            period = rule(match, context)
            if period is not None:
                return period
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else calendar().numbers[word]


def _unit(word: str) -> str:
    return calendar().units[word]


def _today(_: re.Match[str], context: Context) -> Period:
    return periods.day(context.anchor)


def _days_from_anchor(offset: int) -> Rule:
    def rule(_: re.Match[str], context: Context) -> Period:
        return periods.day(context.anchor + dt.timedelta(days=offset))

    return rule


def _overnight(_: re.Match[str], context: Context) -> Period:
    return periods.span(context.anchor - dt.timedelta(days=1), context.anchor)


def _weekday(match: re.Match[str], context: Context) -> Period:
    anchor, wanted = context.anchor, calendar().weekdays[match.group("weekday")]
    modifier = match.group("modifier")
    days_back = (anchor.weekday() - wanted) % 7
    days_ahead = (wanted - anchor.weekday()) % 7
    if modifier in ("last", "past", "previous"):
        return periods.day(anchor - dt.timedelta(days=days_back or 7))
    if modifier in ("next", "coming"):
        return periods.day(anchor + dt.timedelta(days=days_ahead or 7))
    if context.tense == "future":
        return periods.day(anchor + dt.timedelta(days=days_ahead))
    return periods.day(anchor - dt.timedelta(days=days_back))


def _weekday_of_week(match: re.Match[str], context: Context) -> Period | None:
    """ "Monday next week": the weekday inside the week that "next week" names."""
    week = _relative_unit_period(match.group("modifier"), "week", context.anchor)
    if week is None or week.start is None:
        return None
    return periods.day(week.start + dt.timedelta(days=calendar().weekdays[match.group("weekday")]))


def _relative_unit_period(modifier: str, unit: str, anchor: dt.date) -> Period | None:
    if modifier in ("this", "current"):
        return periods.period_of(anchor, unit)
    if modifier in ("last", "previous") and unit != "fortnight":
        return periods.period_of(periods.shift(anchor, unit, -1), unit)
    if modifier == "next" and unit != "fortnight":
        return periods.period_of(periods.shift(anchor, unit, 1), unit)
    if modifier in ("past", "last", "previous"):
        return periods.span(periods.shift(anchor, unit, -1), anchor)
    if modifier in ("coming", "next"):
        return periods.span(anchor, periods.shift(anchor, unit, 1))
    return None


def _relative_unit(match: re.Match[str], context: Context) -> Period | None:
    return _relative_unit_period(match.group("modifier"), _unit(match.group("unit")), context.anchor)


def _bare_unit(match: re.Match[str], context: Context) -> Period | None:
    """ "the end of the month": a bare unit means the current one; only valid under a part qualifier."""
    return None if context.prefix != "part" else periods.period_of(context.anchor, _unit(match.group("unit")))


def _earlier_or_later(match: re.Match[str], context: Context) -> Period:
    whole = periods.period_of(context.anchor, _unit(match.group("unit")))
    if match.group("side") == "later":
        return periods.span(context.anchor, whole.end)
    return periods.span(whole.start, context.anchor)


_BACKWARD = ("recent", "past", "last", "previous")


def _vague_horizon(match: re.Match[str], context: Context) -> Period:
    horizon = dt.timedelta(days=calendar().vague_horizon_days[_unit(match.group("unit"))])
    if match.group("direction").split()[0] in _BACKWARD:
        return periods.span(context.anchor - horizon, context.anchor)
    return periods.span(context.anchor, context.anchor + horizon)


def _counted_window(match: re.Match[str], context: Context) -> Period:
    unit, count = _unit(match.group("unit")), _number(match.group("count"))
    if match.group("direction") in _BACKWARD:
        return periods.span(periods.shift(context.anchor, unit, -count), context.anchor)
    return periods.span(context.anchor, periods.shift(context.anchor, unit, count))


def _ago(match: re.Match[str], context: Context) -> Period:
    unit, count = _unit(match.group("unit")), _number(match.group("count"))
    sign = 1 if match.group("direction") == "from now" else -1
    return periods.period_of(periods.shift(context.anchor, unit, sign * count), unit)


def _in_count(match: re.Match[str], context: Context) -> Period | None:
    """ "in two weeks" is a point ahead; "within two weeks" the whole stretch; "for two weeks" no date."""
    unit, count = _unit(match.group("unit")), _number(match.group("count"))
    if context.prefix == "in":
        return periods.period_of(periods.shift(context.anchor, unit, count), unit)
    if context.prefix == "within":
        return periods.span(context.anchor, periods.shift(context.anchor, unit, count))
    return None


def _weekend(match: re.Match[str], context: Context) -> Period:
    anchor, modifier = context.anchor, match.group("modifier")
    current = periods.weekend_of(anchor)
    previous = periods.weekend_of(anchor - dt.timedelta(days=7))
    if modifier in ("last", "past", "previous"):
        return previous
    if modifier == "next":
        return periods.weekend_of(anchor + dt.timedelta(days=7))
    if modifier == "coming" or context.tense == "future":
        return current
    if modifier == "this":
        return previous if context.tense == "past" and current.start and current.start > anchor else current
    return current if anchor.weekday() >= 5 else previous


def _infer_year(month: int, day: int, modifier: str | None, context: Context) -> int:
    """The year a month (``day`` 0) or day without a year most plausibly means, given modifier and tense."""
    anchor = context.anchor
    wanted, here = (month, day), (anchor.month, anchor.day if day else 0)
    if modifier in ("last", "past", "previous"):
        return anchor.year if wanted < here else anchor.year - 1
    if modifier in ("next", "coming"):
        return anchor.year if wanted > here else anchor.year + 1
    if modifier is None and context.tense == "past" and wanted > here:
        return anchor.year - 1
    if modifier is None and context.tense == "future" and wanted < here:
        return anchor.year + 1
    return anchor.year


def _month_name(match: re.Match[str], context: Context) -> Period:
    month = calendar().months[match.group("month")]
    year_text = match.group("year")
    year = int(year_text) if year_text else _infer_year(month, 0, match.group("modifier"), context)
    return periods.month(year, month)


def _day_and_month(match: re.Match[str], context: Context) -> Period:
    month, day = calendar().months[match.group("month")], int(match.group("day"))
    year_text = match.group("year")
    year = int(year_text) if year_text else _infer_year(month, day, None, context)
    return periods.day(dt.date(year, month, day))


def _days_of_month(match: re.Match[str], context: Context) -> Period:
    """ "March 3-5", "3 to 5 March": a run of days inside one month."""
    month = calendar().months[match.group("month")]
    first, last = int(match.group("day")), int(match.group("last_day"))
    year_text = match.group("year")
    year = int(year_text) if year_text else _infer_year(month, first, None, context)
    return periods.span(dt.date(year, month, first), dt.date(year, month, last))


def _year(match: re.Match[str], _: Context) -> Period:
    return periods.year(int(match.group("year")))


def _year_range(match: re.Match[str], _: Context) -> Period | None:
    """ "2019-2021", "2022-23"; a two-digit tail that could be a month ("2011-12") is left alone."""
    first, tail = int(match.group("year")), match.group("last")
    last = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if len(tail) == 2 and int(tail) <= 12:
        return None
    return periods.span(periods.year(first).start, periods.year(last).end) if first <= last else None


def _season(match: re.Match[str], context: Context) -> Period | None:
    """ "last winter", "this summer", "in the spring", "next autumn", "winter 2024": one season.

    Seasons are the meteorological seasons of the northern hemisphere (``calendar.json``: spring
    March-May, summer June-August, autumn September-November, winter December-February, as the WMO and
    national weather services count them); winter Y runs from December Y into February Y+1.
    """
    first, last = calendar().seasons[match.group("season")]
    year_text, modifier = match.group("year"), match.group("modifier")
    if year_text:
        return periods.months_between(int(year_text), first, last, "season")
    return _relative_season(first, last, modifier, context)


def _relative_season(first: int, last: int, modifier: str | None, context: Context) -> Period | None:
    """Which season (months ``first``..``last``) a relative mention names, read as weekdays and months are.

    The season under way at the anchor is "this" one. "last"/"previous" is the latest one over, "next" the
    first one still to begin, "coming" the one under way else the next. Otherwise the clause decides, as for
    "on Thursday": a past clause means the latest one that has begun, a future clause the first one not
    over ("struck Gaza this winter" in August is the winter that ended in February, "will meet this
    winter" the coming one). Only when the tense is unknown (or present) is "this winter" the nearer of
    the seasons that touch the anchor's year: in August the coming winter; in December "this spring" is
    the spring gone, the only one of that year. Without tense, a bare season is the one that begins in
    the anchor's year (as a bare month is).
    """
    anchor = context.anchor
    candidates = [
        periods.months_between(year, first, last, "season")
        for year in range(anchor.year - 2, anchor.year + 2)
    ]
    current = next((s for s in candidates if s.start and s.end and s.start <= anchor <= s.end), None)
    before = [s for s in candidates if s.end and s.end < anchor][-1]
    after = next(s for s in candidates if s.start and s.start > anchor)
    if modifier in ("last", "past", "previous"):
        return before
    if modifier == "next":
        return after
    if current is not None:
        return current
    if modifier == "coming" or context.tense == "future":
        return after
    if context.tense == "past":
        return before
    if modifier in ("this", "current"):  # of the two seasons touching the anchor's year, the nearer
        this_year = [
            s for s in (before, after) if s.start and s.end and s.start.year <= anchor.year <= s.end.year
        ]
        return min(this_year or [before, after], key=lambda season: _days_to(season, anchor))
    return next((s for s in candidates if s.start and s.start.year == anchor.year), None)


def _days_to(period: Period, anchor: dt.date) -> int:
    """Days between ``anchor`` and the nearer end of ``period`` (which does not contain it)."""
    start, end = period.start or anchor, period.end or anchor
    return min(abs((start - anchor).days), abs((end - anchor).days))


def _season_year_range(match: re.Match[str], _: Context) -> Period | None:
    """ "winter 2025-26", "the 2025/26 winter": a season written with the two years it straddles."""
    first, last = calendar().seasons[match.group("season")]
    start_year, tail = int(match.group("year")), match.group("last")
    end_year = int(tail) if len(tail) == 4 else start_year - start_year % 100 + int(tail)
    if last >= first or end_year != start_year + 1:
        return None  # only a season that crosses the year end straddles two years
    return periods.months_between(start_year, first, last, "season")


def _earlier_or_later_season(match: re.Match[str], context: Context) -> Period | None:
    """ "later this summer", "earlier this spring": the rest (or the part so far) of the season under way;
    a season not under way is named whole, the coming one for "later" ("later this winter" in August),
    the one gone for "earlier" ("earlier this spring" in August)."""
    first, last = calendar().seasons[match.group("season")]
    side, anchor = match.group("side"), context.anchor
    season = _relative_season(first, last, "coming", context)  # the one under way, else the next
    if season is None or season.start is None or season.end is None:
        return None
    if season.start > anchor:
        return season if side == "later" else _relative_season(first, last, "last", context)
    if side == "later":
        return periods.span(anchor, season.end)
    return periods.span(season.start, anchor)


def _part_of_period(match: re.Match[str], context: Context) -> Period | None:
    """ "early 2022", "mid-March", "late last year", "the end of the month", "the first half of 2024"."""
    inner_context = Context(context.anchor, context.tense, "part", context.depth + 1)
    inner = match_rules(match.group("rest"), inner_context)
    if inner is None or inner.start is None or inner.end is None:
        return None
    bounds = calendar().parts.get(inner.grain, {}).get(match.group("part"))
    if bounds is None:
        return None
    low, high = bounds
    if inner.grain == "year":
        return periods.months_between(inner.start.year, low, high)
    if inner.grain == "month":
        last_day = periods.days_in_month(inner.start.year, inner.start.month)
        return periods.span(
            inner.start.replace(day=min(low, last_day)), inner.start.replace(day=min(high, last_day))
        )
    if inner.grain == "week":
        return periods.span(inner.start + dt.timedelta(days=low), inner.start + dt.timedelta(days=high))
    if inner.grain == "season":  # months of the season, 1 = its first ("early winter" = December)
        last_month = periods.add_months(inner.start, high - 1)
        return periods.span(
            periods.add_months(inner.start, low - 1),
            last_month.replace(day=periods.days_in_month(last_month.year, last_month.month)),
        )
    first_year = inner.start.year  # decade
    return periods.span(dt.date(first_year + low, 1, 1), dt.date(first_year + high, 12, 31))


def _iso_date(match: re.Match[str], _: Context) -> Period:
    return periods.day(dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day"))))


def _numeric_date(match: re.Match[str], _: Context) -> Period | None:
    """ "15/08/2025" or "08/15/2025": accepted only when one field is over 12, so day and month are clear."""
    first, second, year = int(match.group("first")), int(match.group("second")), int(match.group("year"))
    if first > 12 >= second:
        return periods.day(dt.date(year, second, first))
    if second > 12 >= first or first == second:
        return periods.day(dt.date(year, first, second))
    return None


@cache
def _rules() -> tuple[tuple[re.Pattern[str], Rule], ...]:
    """The grammar: (full-match pattern, rule) in priority order, built once from the calendar words."""
    words: Calendar = calendar()
    month, weekday, number = words.month_re, words.weekday_re, words.number_re
    unit, day_part, season, part = words.unit_re, words.day_part_re, words.season_re, words.part_re
    year = r"(?P<year>[12]\d{3})"
    modifier = r"(?:(?P<modifier>last|this|next|past|coming|previous|current) )"
    weekday_prefix = rf"(?:(?:{weekday}) )?"
    zone = r"(?: [a-z]{2,4}t)?"  # "9am GMT", "21:00 EST"
    clock = rf"(?:\d{{1,2}}(?::\d{{2}})? ?(?:am|pm|a m|p m){zone}|\d{{1,2}}:\d{{2}}{zone}|noon|midnight)"
    table: list[tuple[str, Rule]] = [
        (rf"(?:right )?now|tonight|currently|(?:earlier |later |so far )?today|this (?:{day_part})", _today),
        (rf"(?:yesterday|last night)(?: (?:{day_part}))?", _days_from_anchor(-1)),
        (rf"tomorrow(?: (?:{day_part}))?", _days_from_anchor(1)),
        (r"day before yesterday", _days_from_anchor(-2)),
        (r"day after tomorrow", _days_from_anchor(2)),
        (r"overnight", _overnight),
        (
            rf"(?:(?:at )?{clock} (?:on )?)?(?:(?:early|late) )?{modifier}?(?P<weekday>{weekday})"
            rf"(?: (?:{day_part}))?(?: (?:at )?{clock})?",
            _weekday,
        ),
        (rf"(?P<weekday>{weekday})(?: (?:{day_part}))? (?P<modifier>last|this|next) week", _weekday_of_week),
        (rf"{modifier}weekend|weekend", _weekend),
        (rf"{modifier}(?P<unit>week|fortnight|month|year|decade)", _relative_unit),
        (r"(?P<unit>week|month|year|decade)", _bare_unit),
        (r"(?P<side>earlier|later|so far) (?:this|in) (?P<unit>week|month|year|decade)", _earlier_or_later),
        (rf"(?P<side>earlier|later|so far) this (?P<season>{season})", _earlier_or_later_season),
        (
            r"(?P<direction>coming|upcoming|recent|next few|past few|last few|next several|past several"
            rf"|last several) (?P<unit>{unit})",
            _vague_horizon,
        ),
        (
            rf"(?P<direction>past|last|previous|next|coming) (?P<count>{number}) (?P<unit>{unit})",
            _counted_window,
        ),
        (rf"(?P<count>{number}) (?P<unit>{unit}) (?P<direction>ago|from now)", _ago),
        (rf"(?P<count>{number}) (?P<unit>{unit})", _in_count),
        (r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", _iso_date),
        (r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})", _iso_date),
        (r"(?P<first>\d{1,2})([/.])(?P<second>\d{1,2})\2(?P<year>\d{4})", _numeric_date),
        (rf"{weekday_prefix}(?P<month>{month}) (?P<day>\d{{1,2}})(?: {year})?", _day_and_month),
        (rf"{weekday_prefix}(?P<day>\d{{1,2}}) (?:of )?(?P<month>{month})(?: {year})?", _day_and_month),
        (
            rf"(?P<month>{month}) (?P<day>\d{{1,2}}) ?(?:-|to|and|through|until) ?(?P<last_day>\d{{1,2}})"
            rf"(?: {year})?",
            _days_of_month,
        ),
        (
            rf"(?P<day>\d{{1,2}}) ?(?:-|to|and|through|until) ?(?P<last_day>\d{{1,2}}) (?P<month>{month})"
            rf"(?: {year})?",
            _days_of_month,
        ),
        (rf"{modifier}?(?P<month>{month})(?: of)?(?: {year})?", _month_name),
        (rf"{modifier}?(?P<season>{season})(?: of)?(?: {year})?", _season),
        (rf"(?P<season>{season})(?: of)? {year} ?[-/] ?(?P<last>\d{{4}}|\d{{2}})", _season_year_range),
        (rf"{year} ?[-/] ?(?P<last>\d{{4}}|\d{{2}}) (?P<season>{season})", _season_year_range),
        (rf"(?:year )?{year}", _year),
        (rf"{year} ?(?:-|to|and|through|until) ?(?P<last>\d{{4}}|\d{{2}})", _year_range),
        (r"(?P<decade>[12]\d{2})0s|'?(?P<decade2>\d)0s", _decade_either),
        (rf"(?P<part>{part}) (?:of )?(?P<rest>.+)", _part_of_period),
    ]
    return tuple((re.compile(pattern), rule) for pattern, rule in table)


def _decade_either(match: re.Match[str], context: Context) -> Period:
    digits = match.group("decade") or match.group("decade2")
    return _decade_digits(digits, context)


def _decade_digits(digits: str, context: Context) -> Period:
    if len(digits) == 3:
        return periods.decade(int(digits) * 10)
    start = 2000 + int(digits) * 10  # "the '90s": the latest such decade that has begun by the anchor
    return periods.decade(start if start <= context.anchor.year else start - 100)
