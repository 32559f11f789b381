"""Properties of the time resolver over arbitrary and generated input: it is fed raw entity text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.temporal import Tense, resolve_time

TENSES: list[Tense | None] = [None, "past", "present", "future"]
VOCABULARY = [
    "on", "in", "since", "by", "until", "before", "after", "within", "the", "last", "next", "this", "past",
    "coming", "early", "mid", "late", "end", "of", "first", "half", "q2", "week", "weeks", "month",
    "months", "year", "years", "day", "days", "weekend", "ago", "from", "now", "to", "and", "-", "two",
    "a", "few", "3", "31", "29", "2024", "1999", "0001", "9999", "March", "Feb.", "Sept", "Thursday",
    "Sun", "summer", "winter", "1990s", "'90s", "today", "overnight", "yesterday", "tomorrow", "/",
    "2025-02-29", "31/12/9999", ",", ".", "’s",
]  # fmt: skip

anchors = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
modern_anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
tenses = st.sampled_from(TENSES)
phrases = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=300)
@given(st.text(max_size=150), anchors, tenses)
def test_never_raises_on_arbitrary_text(text: str, anchor: dt.date, tense: Tense | None) -> None:
    resolve_time(text, anchor, tense=tense)


@settings(max_examples=500)
@given(phrases, anchors, tenses)
def test_spans_are_ordered_for_vocabulary_phrases(text: str, anchor: dt.date, tense: Tense | None) -> None:
    span = resolve_time(text, anchor, tense=tense)
    if span is not None:
        assert span.start is not None or span.end is not None
        if span.start is not None and span.end is not None:
            assert span.start <= span.end


WEEK_RELATIVE = [
    "next week", "last week", "this week", "on Monday", "Friday", "over the weekend", "next weekend",
    "yesterday", "tomorrow", "three days ago", "the past two weeks", "in the coming days", "overnight",
    "early next week", "Monday next week", "in 10 days", "a week ago",
]  # fmt: skip


@given(st.sampled_from(WEEK_RELATIVE), modern_anchors, tenses, st.integers(min_value=-520, max_value=520))
def test_relative_expressions_move_with_the_anchor(
    text: str, anchor: dt.date, tense: Tense | None, weeks: int
) -> None:
    shift = dt.timedelta(weeks=weeks)
    before, after = resolve_time(text, anchor, tense=tense), resolve_time(text, anchor + shift, tense=tense)
    assert before is not None and after is not None
    assert before.start is not None and before.end is not None
    assert (after.start, after.end) == (before.start + shift, before.end + shift)


@given(st.integers(min_value=0, max_value=3000), modern_anchors)
def test_days_ago_is_exactly_that_many_days(days: int, anchor: dt.date) -> None:
    span = resolve_time(f"{days} days ago", anchor, tense="past")
    expected = anchor - dt.timedelta(days=days)
    assert span is not None and (span.start, span.end) == (expected, expected)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)), modern_anchors, tenses)
def test_fully_written_dates_ignore_the_anchor(date: dt.date, anchor: dt.date, tense: Tense | None) -> None:
    for written in (
        date.isoformat(),
        f"{date:%B} {date.day}, {date.year}",
        f"on {date.day} {date:%b}. {date.year}",
        f"{date:%A}, {date:%B} {date.day}, {date.year}",
    ):
        span = resolve_time(written, anchor, tense=tense)
        assert span is not None, written
        assert (span.start, span.end) == (date, date), written


@given(modern_anchors, tenses)
def test_weekday_on_the_anchor_is_the_anchor(anchor: dt.date, tense: Tense | None) -> None:
    span = resolve_time(f"on {anchor:%A}", anchor, tense=tense)
    assert span is not None and span.start == anchor == span.end


CLOCK_WORDS = ["Sun", "Mon.", "Tues.", "Thurs", "late", "early", "at", "on", "9am", "9", "a.m.", "p.m.",
               "10:30", "GMT", "EST", "noon", "midnight", "night", "99:99", "0pm"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(CLOCK_WORDS), min_size=1, max_size=5).map(" ".join), anchors, tenses)
def test_weekday_and_clock_phrases_never_raise(text: str, anchor: dt.date, tense: Tense | None) -> None:
    span = resolve_time(text, anchor, tense=tense)
    assert span is None or span.start is None or span.end is None or span.start <= span.end
