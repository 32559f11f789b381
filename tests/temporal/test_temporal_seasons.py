"""Seasons read against the article date as weekdays and months are: a future clause means the coming
season, a past clause the one gone, "this summer" in August the one under way, and an article's coded
event carries that season end to end (northern-hemisphere meteorological seasons: Dec-Feb is winter)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.temporal import Tense, resolve_time

D = dt.date
AUGUST = D(2025, 8, 7)
WINTER_2025 = (D(2025, 12, 1), D(2026, 2, 28))
WINTER_2024 = (D(2024, 12, 1), D(2025, 2, 28))
SPRING_2025 = (D(2025, 3, 1), D(2025, 5, 31))
SPRING_2026 = (D(2026, 3, 1), D(2026, 5, 31))

CASES: list[tuple[str, Tense | None, dt.date, tuple[dt.date, dt.date]]] = [
    # the coming season in a future clause ("talks will resume in the winter")
    ("in the winter", "future", AUGUST, WINTER_2025),
    ("this winter", "future", AUGUST, WINTER_2025),
    ("next spring", "future", AUGUST, SPRING_2026),
    ("in the spring", "future", AUGUST, SPRING_2026),
    # a past clause's "this winter" has begun: in August the one that ended in February ("struck Gaza
    # this winter"; this case read WINTER_2025 before, an asserted past act after the article date)
    ("this winter", "past", AUGUST, WINTER_2024),
    # unknown tense: the nearer of the two winters touching the year
    ("this winter", None, AUGUST, WINTER_2025),
    ("this spring", None, AUGUST, SPRING_2025),
    ("this coming winter", "past", AUGUST, WINTER_2025),
    # the season gone in a past clause ("fighting eased in the spring"), or named as gone
    ("in the spring", "past", AUGUST, SPRING_2025),
    ("last winter", "past", AUGUST, WINTER_2024),
    ("last winter", "future", AUGUST, WINTER_2024),
    ("the winter", "past", AUGUST, WINTER_2024),
    ("this past winter", None, AUGUST, WINTER_2024),
    ("this spring", "past", AUGUST, SPRING_2025),
    # the season under way is "this" one whatever the tense
    ("this summer", "past", AUGUST, (D(2025, 6, 1), D(2025, 8, 31))),
    ("this summer", "future", AUGUST, (D(2025, 6, 1), D(2025, 8, 31))),
    ("the coming winter", "future", D(2025, 12, 15), WINTER_2025),
    ("next winter", "future", D(2025, 12, 15), (D(2026, 12, 1), D(2027, 2, 28))),
    ("this winter", "past", D(2026, 1, 20), WINTER_2025),
    # in December "this spring" is the spring of that year, gone; in January the spring ahead
    ("this spring", "past", D(2025, 12, 15), SPRING_2025),
    ("this spring", None, D(2026, 1, 20), SPRING_2026),
    # parts of seasons and seasons written with their two years
    ("early spring", "past", AUGUST, (D(2025, 3, 1), D(2025, 3, 31))),
    ("early next spring", "future", AUGUST, (D(2026, 3, 1), D(2026, 3, 31))),
    ("late autumn", "future", AUGUST, (D(2025, 11, 1), D(2025, 11, 30))),
    ("mid-winter", "future", AUGUST, (D(2026, 1, 1), D(2026, 1, 31))),
    ("the end of the summer", None, AUGUST, (D(2025, 8, 1), D(2025, 8, 31))),
    ("later this summer", "future", AUGUST, (D(2025, 8, 7), D(2025, 8, 31))),
    ("earlier this summer", "past", AUGUST, (D(2025, 6, 1), D(2025, 8, 7))),
    ("later this winter", "future", AUGUST, WINTER_2025),
    ("earlier this spring", "past", AUGUST, SPRING_2025),
    ("winter 2025-26", None, AUGUST, WINTER_2025),
    ("the 2024/25 winter", None, AUGUST, WINTER_2024),
]


@pytest.mark.parametrize(
    ("text", "tense", "anchor", "expected"), CASES, ids=[f"{c[0]}|{c[1]}|{c[2]}" for c in CASES]
)
def test_season_resolves_like_other_relative_expressions(
    text: str, tense: Tense | None, anchor: dt.date, expected: tuple[dt.date, dt.date]
) -> None:
    span = resolve_time(text, anchor, tense=tense)
    assert span is not None, text
    assert (span.start, span.end) == expected


@pytest.mark.parametrize("text", ["summer 2025-26", "winter 2025-27", "winter 2025-24"])
def test_only_a_season_over_the_year_end_straddles_two_years(text: str) -> None:
    assert resolve_time(text, AUGUST) is None


SEASONS = st.sampled_from(["spring", "summer", "autumn", "fall", "winter"])
ANCHORS = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@given(season=SEASONS, anchor=ANCHORS)
def test_future_clause_never_dates_a_season_before_the_article(season: str, anchor: dt.date) -> None:
    for text in (f"in the {season}", f"this {season}", f"next {season}", f"the coming {season}"):
        span = resolve_time(text, anchor, tense="future")
        assert span is not None and span.end is not None and span.end >= anchor, text


@given(season=SEASONS, anchor=ANCHORS)
def test_past_clause_never_dates_a_bare_season_after_the_article(season: str, anchor: dt.date) -> None:
    for text in (f"in the {season}", f"last {season}"):
        span = resolve_time(text, anchor, tense="past")
        assert span is not None and span.start is not None and span.start <= anchor, text


@given(season=SEASONS, anchor=ANCHORS, tense=st.sampled_from([None, "past", "present", "future"]))
def test_this_season_is_under_way_or_within_nine_months(
    season: str, anchor: dt.date, tense: Tense | None
) -> None:
    span = resolve_time(f"this {season}", anchor, tense=tense)
    assert span is not None and span.start is not None and span.end is not None
    assert span.start - dt.timedelta(days=275) <= anchor <= span.end + dt.timedelta(days=275)


SENTENCES: list[tuple[str, str, tuple[dt.date, dt.date]]] = [
    (
        "Turkish officials said talks between Russia and Ukraine would resume in the winter.",
        "046",
        WINTER_2025,
    ),
    ("NATO said Russia could attack Estonia next spring.", "190", SPRING_2026),
    ("Russia shelled Kharkiv in the spring.", "194", SPRING_2025),
    ("Russia attacked Ukraine last winter.", "190", WINTER_2024),
    ("France will host Germany for talks this summer.", "043", (D(2025, 6, 1), D(2025, 8, 31))),
    ("Egypt will host talks between Israel and Hamas this winter.", "043", WINTER_2025),
    ("Iran met Saudi Arabia in late autumn.", "040", (D(2024, 11, 1), D(2024, 11, 30))),
    ("Russia will attack Ukraine in early spring.", "190", (D(2026, 3, 1), D(2026, 3, 31))),
]


def test_coded_events_carry_the_season_their_clause_means(coder: Coder) -> None:
    """Through the public coder, an article of 2025-08-07: each act's ``time`` is the season its clause
    means, the coming one for a plan, the one gone for a report."""
    text = " ".join(sentence for sentence, _, _ in SENTENCES)
    result = coder.code_article(Article(id="seasons", text=text, published=AUGUST))
    times = {
        (event.sentence, event.cameo): (event.time.start, event.time.end)
        for event in result.events
        if event.time is not None
    }
    expected = {(index, cameo): season for index, (_, cameo, season) in enumerate(SENTENCES)}
    assert {key: times.get(key) for key in expected} == expected
