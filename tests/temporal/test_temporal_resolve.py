"""Real time phrases from wire copy resolved against one article date: Thursday 2025-08-07."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import TimeSpan
from eventwire.temporal import Tense, resolve_time

ANCHOR = dt.date(2025, 8, 7)  # a Thursday

D = dt.date

CASES: list[tuple[str, Tense | None, dt.date, dt.date]] = [
    ("today", None, D(2025, 8, 7), D(2025, 8, 7)),
    ("yesterday", "past", D(2025, 8, 6), D(2025, 8, 6)),
    ("tomorrow", "future", D(2025, 8, 8), D(2025, 8, 8)),
    ("tonight", "future", D(2025, 8, 7), D(2025, 8, 7)),
    ("last night", "past", D(2025, 8, 6), D(2025, 8, 6)),
    ("this morning", "past", D(2025, 8, 7), D(2025, 8, 7)),
    ("Wednesday night", "past", D(2025, 8, 6), D(2025, 8, 6)),
    ("overnight", "past", D(2025, 8, 6), D(2025, 8, 7)),
    ("the day before yesterday", "past", D(2025, 8, 5), D(2025, 8, 5)),
    ("on Thursday", "past", D(2025, 8, 7), D(2025, 8, 7)),
    ("on Thursday", "future", D(2025, 8, 7), D(2025, 8, 7)),
    ("Thursday", None, D(2025, 8, 7), D(2025, 8, 7)),
    ("on Monday", "past", D(2025, 8, 4), D(2025, 8, 4)),
    ("on Monday", "future", D(2025, 8, 11), D(2025, 8, 11)),
    ("Friday", None, D(2025, 8, 1), D(2025, 8, 1)),
    ("by Friday", "future", D(2025, 8, 8), D(2025, 8, 8)),
    ("last Thursday", "past", D(2025, 7, 31), D(2025, 7, 31)),
    ("next Thursday", "future", D(2025, 8, 14), D(2025, 8, 14)),
    ("Monday next week", "future", D(2025, 8, 11), D(2025, 8, 11)),
    ("this week", None, D(2025, 8, 4), D(2025, 8, 10)),
    ("next week", "future", D(2025, 8, 11), D(2025, 8, 17)),
    ("last week", "past", D(2025, 7, 28), D(2025, 8, 3)),
    ("last week's", None, D(2025, 7, 28), D(2025, 8, 3)),
    ("early next week", "future", D(2025, 8, 11), D(2025, 8, 12)),
    ("this month", None, D(2025, 8, 1), D(2025, 8, 31)),
    ("next month", "future", D(2025, 9, 1), D(2025, 9, 30)),
    ("last month", "past", D(2025, 7, 1), D(2025, 7, 31)),
    ("until next month", "future", D(2025, 9, 1), D(2025, 9, 30)),
    ("this year", None, D(2025, 1, 1), D(2025, 12, 31)),
    ("last year", "past", D(2024, 1, 1), D(2024, 12, 31)),
    ("next year", "future", D(2026, 1, 1), D(2026, 12, 31)),
    ("earlier this month", "past", D(2025, 8, 1), D(2025, 8, 7)),
    ("later this month", "future", D(2025, 8, 7), D(2025, 8, 31)),
    ("earlier this year", "past", D(2025, 1, 1), D(2025, 8, 7)),
    ("later this year", "future", D(2025, 8, 7), D(2025, 12, 31)),
    ("in the coming days", "future", D(2025, 8, 7), D(2025, 8, 14)),
    ("in the coming weeks", "future", D(2025, 8, 7), D(2025, 9, 4)),
    ("in recent days", "past", D(2025, 7, 31), D(2025, 8, 7)),
    ("three days ago", "past", D(2025, 8, 4), D(2025, 8, 4)),
    ("a week ago", "past", D(2025, 7, 28), D(2025, 8, 3)),
    ("two weeks ago", "past", D(2025, 7, 21), D(2025, 7, 27)),
    ("two years ago", "past", D(2023, 1, 1), D(2023, 12, 31)),
    ("in 10 days", "future", D(2025, 8, 17), D(2025, 8, 17)),
    ("in two weeks", "future", D(2025, 8, 18), D(2025, 8, 24)),
    ("within 30 days", "future", D(2025, 8, 7), D(2025, 9, 6)),
    ("over the weekend", "past", D(2025, 8, 2), D(2025, 8, 3)),
    ("over the weekend", "future", D(2025, 8, 9), D(2025, 8, 10)),
    ("this weekend", "future", D(2025, 8, 9), D(2025, 8, 10)),
    ("this weekend", "past", D(2025, 8, 2), D(2025, 8, 3)),
    ("next weekend", "future", D(2025, 8, 16), D(2025, 8, 17)),
    ("in March", "past", D(2025, 3, 1), D(2025, 3, 31)),
    ("in March", "future", D(2026, 3, 1), D(2026, 3, 31)),
    ("in September", "past", D(2024, 9, 1), D(2024, 9, 30)),
    ("in September", None, D(2025, 9, 1), D(2025, 9, 30)),
    ("last March", None, D(2025, 3, 1), D(2025, 3, 31)),
    ("March 3", None, D(2025, 3, 3), D(2025, 3, 3)),
    ("3 March", None, D(2025, 3, 3), D(2025, 3, 3)),
    ("the 3rd of March", None, D(2025, 3, 3), D(2025, 3, 3)),
    ("March 3, 2024", None, D(2024, 3, 3), D(2024, 3, 3)),
    ("on Thursday, Aug. 7,", None, D(2025, 8, 7), D(2025, 8, 7)),
    ("Aug. 15", None, D(2025, 8, 15), D(2025, 8, 15)),
    ("Sept. 1", "future", D(2025, 9, 1), D(2025, 9, 1)),
    ("Dec. 25", "past", D(2024, 12, 25), D(2024, 12, 25)),
    ("May 3-5", "past", D(2025, 5, 3), D(2025, 5, 5)),
    ("from March 3 to April 5", "past", D(2025, 3, 3), D(2025, 4, 5)),
    ("March 3 to April 5, 2024", None, D(2024, 3, 3), D(2024, 4, 5)),
    ("Dec. 28, 2023 to Jan. 3, 2024", None, D(2023, 12, 28), D(2024, 1, 3)),
    ("from Monday to Wednesday", "past", D(2025, 8, 4), D(2025, 8, 6)),
    ("between 2019 and 2021", None, D(2019, 1, 1), D(2021, 12, 31)),
    ("mid-2023", None, D(2023, 5, 1), D(2023, 8, 31)),
    ("early 2022", None, D(2022, 1, 1), D(2022, 4, 30)),
    ("late 2022", None, D(2022, 9, 1), D(2022, 12, 31)),
    ("late last year", "past", D(2024, 9, 1), D(2024, 12, 31)),
    ("mid-March", "past", D(2025, 3, 11), D(2025, 3, 20)),
    ("the end of the month", "future", D(2025, 8, 24), D(2025, 8, 31)),
    ("the first half of 2024", None, D(2024, 1, 1), D(2024, 6, 30)),
    ("Q3 2025", None, D(2025, 7, 1), D(2025, 9, 30)),
    ("since early 2022", None, D(2022, 1, 1), D(2025, 8, 7)),
    ("since March", None, D(2025, 3, 1), D(2025, 8, 7)),
    ("since Monday", None, D(2025, 8, 4), D(2025, 8, 7)),
    ("in 2019", None, D(2019, 1, 1), D(2019, 12, 31)),
    ("2019-2021", None, D(2019, 1, 1), D(2021, 12, 31)),
    ("the 1990s", None, D(1990, 1, 1), D(1999, 12, 31)),
    ("the '90s", None, D(1990, 1, 1), D(1999, 12, 31)),
    ("the early 1990s", None, D(1990, 1, 1), D(1993, 12, 31)),
    ("last summer", "past", D(2024, 6, 1), D(2024, 8, 31)),
    ("summer 2024", None, D(2024, 6, 1), D(2024, 8, 31)),
    ("2025-08-15", None, D(2025, 8, 15), D(2025, 8, 15)),
    ("15/08/2025", None, D(2025, 8, 15), D(2025, 8, 15)),
    ("08/15/2025", None, D(2025, 8, 15), D(2025, 8, 15)),
    ("the past two weeks", "past", D(2025, 7, 24), D(2025, 8, 7)),
    ("the past week", "past", D(2025, 7, 31), D(2025, 8, 7)),
    ("THE PAST TWO WEEKS.", "past", D(2025, 7, 24), D(2025, 8, 7)),
    ("in the “coming days”", "future", D(2025, 8, 7), D(2025, 8, 14)),
]


@pytest.mark.parametrize(("text", "tense", "start", "end"), CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_phrase_resolves_to_expected_span(
    text: str, tense: Tense | None, start: dt.date, end: dt.date
) -> None:
    span = resolve_time(text, ANCHOR, tense=tense)
    assert span is not None, text
    assert (span.start, span.end) == (start, end)


def test_span_keeps_the_expression_text_without_edge_punctuation() -> None:
    assert resolve_time("  on Thursday, ", ANCHOR) == TimeSpan("on Thursday", ANCHOR, ANCHOR)


def test_open_ended_prefixes_leave_one_side_open() -> None:
    assert resolve_time("before 2020", ANCHOR) == TimeSpan("before 2020", None, D(2019, 12, 31))
    assert resolve_time("after March 2024", ANCHOR) == TimeSpan("after March 2024", D(2024, 4, 1), None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "recently",
        "for two weeks",  # a duration, not a date
        "05/06/2025",  # day and month could be swapped
        "2011-12",  # December 2011 or 2011-2012
        "Feb. 30",
        "the president",
        "since next year",  # a range that would end before it starts
        "Moscow said on Thursday that talks would resume next week",  # a sentence, not an expression
    ],
)
def test_non_expressions_resolve_to_none(text: str) -> None:
    assert resolve_time(text, ANCHOR) is None


def test_anchor_on_weekend_makes_the_weekend_current() -> None:
    saturday = D(2025, 8, 9)
    span = resolve_time("over the weekend", saturday, tense="past")
    assert span is not None and (span.start, span.end) == (D(2025, 8, 9), D(2025, 8, 10))


# ---- wire forms of weekdays and clock times (issue #11) -------------------------------------------
NEW_YEAR = dt.date(2025, 1, 1)  # a Wednesday: the weekdays just before it fall in 2024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sun 9am", dt.date(2024, 12, 29)),
        ("on Sun 9am", dt.date(2024, 12, 29)),
        ("Sunday at 9 a.m.", dt.date(2024, 12, 29)),
        ("9 a.m. on Sunday", dt.date(2024, 12, 29)),
        ("Sunday 10:30 GMT", dt.date(2024, 12, 29)),
        ("late Sunday", dt.date(2024, 12, 29)),
        ("early Monday", dt.date(2024, 12, 30)),
        ("Tues.", dt.date(2024, 12, 31)),
        ("Thurs", dt.date(2024, 12, 26)),
        ("on Mon.", dt.date(2024, 12, 30)),
        ("Fri 11pm EST", dt.date(2024, 12, 27)),
    ],
)
def test_abbreviated_weekdays_and_clock_times_across_the_year_end(text: str, expected: dt.date) -> None:
    span = resolve_time(text, NEW_YEAR, tense="past")
    assert span is not None and span.start == span.end == expected


def test_a_clock_time_on_a_planned_weekday_looks_ahead() -> None:
    span = resolve_time("Fri 9am", NEW_YEAR, tense="future")
    assert span is not None and span.start == dt.date(2025, 1, 3)
