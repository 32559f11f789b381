"""Resolve one English time expression ("last week", "Aug. 15", "since early 2022") against the article date.

News copy dates almost everything relative to the day it was filed, so every expression is read against
the article date (the anchor) and, where English is ambiguous ("on Thursday", "in March"), the tense of
the clause around it. This module cleans the text, peels off prepositions ("since" turns a period into a
range ending at the anchor), and joins "X to Y" ranges; ``rules`` holds the grammar itself.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.model import TimeSpan
from eventwire.temporal import periods
from eventwire.temporal.periods import Period
from eventwire.temporal.rules import Context, Tense, match_rules

MAX_EXPRESSION_CHARS = 120
"""Longer input is a sentence, not a time expression: refuse it rather than guess."""

_PREFIXES = (
    "as early as",
    "as late as",
    "as of",
    "on",
    "in",
    "since",
    "by",
    "until",
    "till",
    "til",
    "during",
    "from",
    "before",
    "after",
    "at",
    "over",
    "through",
    "throughout",
    "for",
    "within",
    "between",
    "around",
    "about",
    "circa",
)
_PREFIX_RE = re.compile(r"(" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + r") (?=\S)")
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_EDGE_PUNCTUATION = " \t\r\n\"'()[]{};:!?.,"
_TRAILING_YEAR_RE = re.compile(r" ([12]\d{3})$")
_RANGE_CONNECTOR_RE = re.compile(r" (?:to|until|till|through|and|-) | ?- ?")


def resolve_time(text: str, anchor: dt.date, *, tense: Tense | None = None) -> TimeSpan | None:
    """Resolve ``text`` against the article date ``anchor``; None when it is no time expression we know.

    ``tense`` breaks ties English leaves open: "on Thursday" in a past-tense clause is the latest Thursday
    on or before the anchor, in a future-tense clause the next one on or after it.
    """
    if not isinstance(text, str) or len(text) > MAX_EXPRESSION_CHARS:
        return None
    try:
        period = _resolve_expression(_normalise(text), anchor, tense, depth=0)
    except (ValueError, OverflowError):
        return None  # a date outside the calendar (Feb 30, year 10000): not a resolvable expression
    if period is None or (period.start is None and period.end is None):
        return None
    if period.start is not None and period.end is not None and period.start > period.end:
        return None
    return TimeSpan(text=text.strip(_EDGE_PUNCTUATION), start=period.start, end=period.end)


def _normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, no abbreviation periods, commas or "the"."""
    lowered = text.translate(_TYPOGRAPHY).lower().strip(_EDGE_PUNCTUATION)
    lowered = re.sub(r"'s$", "", lowered)  # "last week's"
    lowered = re.sub(r"(?<=[a-z])\.", "", lowered)  # "aug." -> "aug"
    lowered = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", lowered)  # "mid-2023" -> "mid 2023"
    lowered = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", lowered)  # "3rd" -> "3"
    lowered = re.sub(r"\bthe\b|[,\"]", " ", lowered)
    lowered = re.sub(r"\bthis past\b", "last", lowered)
    lowered = re.sub(r"\b(?:this coming|upcoming)\b", "coming", lowered)  # "this coming winter"
    return " ".join(lowered.split()).strip(_EDGE_PUNCTUATION)


def _resolve_expression(body: str, anchor: dt.date, tense: Tense | None, *, depth: int) -> Period | None:
    """Strip leading prepositions, resolve the rest, then apply what the first preposition means."""
    prefix: str | None = None
    while match := _PREFIX_RE.match(body):
        prefix = prefix or match.group(1)
        body = body[match.end() :]
    if prefix == "since":
        tense = "past"
    context = Context(anchor, tense, prefix, depth)
    period = match_rules(body, context)
    if period is None and depth < 2:
        period = _match_range(body, context)
    if period is None:
        return None
    return _apply_prefix(period, context)


def _apply_prefix(period: Period, context: Context) -> Period | None:
    if context.prefix == "since":
        if period.start is None or period.start > context.anchor:
            return None
        return periods.span(period.start, context.anchor)
    if context.prefix == "before" and period.start is not None:
        return periods.span(None, period.start - dt.timedelta(days=1))
    if context.prefix == "after" and period.end is not None:
        return periods.span(period.end + dt.timedelta(days=1), None)
    return period


def _match_range(body: str, context: Context) -> Period | None:
    """ "March 3 to April 5", "from Monday until Wednesday", "2019-2021": both ends resolved, then joined.

    A year written only at the end ("March 3 to April 5, 2024") belongs to both ends.
    """
    for connector in _RANGE_CONNECTOR_RE.finditer(body):
        left, right = body[: connector.start()], body[connector.end() :]
        if not left or not right:
            continue
        last = _resolve_expression(right, context.anchor, context.tense, depth=context.depth + 1)
        if last is None or last.end is None:
            continue
        shared_year = _TRAILING_YEAR_RE.search(right)
        lefts = [left]
        if shared_year and not _TRAILING_YEAR_RE.search(left):
            lefts.insert(0, f"{left} {shared_year.group(1)}")
        for candidate in lefts:
            first = _resolve_expression(candidate, context.anchor, context.tense, depth=context.depth + 1)
            if first is not None and first.start is not None and first.start <= last.end:
                return periods.span(first.start, last.end)
    return None
