"""When: a time expression dates only its own predicate; wire forms of weekdays and clock times."""
# ruff: noqa: E501  (tables of wire sentences read best one case a line)

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder
from eventwire.model import Event


def _event(coder: Coder, text: str, day: str, cameo_root: str) -> Event:
    events = [e for e in coder.code(text, date=day).events if e.cameo.startswith(cameo_root)]
    assert events, f"no {cameo_root}x event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "day", "root"),
    [
        # rn-30: the year of the relative clause dated the arrest, which was then dropped as background
        ("Nicaraguan police arrested an opposition journalist who had exposed a land deal in 2018.", "2025-06-03", "17"),
        ("Turkish police detained a Kurdish mayor who was elected in 2019.", "2025-03-19", "17"),
        ("Egyptian police arrested an opposition activist who had criticised the government in 2013.", "2024-10-02", "17"),
    ],
)  # fmt: skip
def test_a_relative_clause_time_does_not_date_the_main_act(
    coder: Coder, text: str, day: str, root: str
) -> None:
    event = _event(coder, text, day, root)
    assert event.time is None or event.time.start == dt.date.fromisoformat(day) or event.time.start is None


@pytest.mark.parametrize(
    ("text", "day", "root", "expected"),
    [
        # br-20: an abbreviated weekday with a clock time, across the year boundary
        ("Israeli aircraft struck targets in Gaza on Sun 9am, the military said.", "2025-01-01", "19", "2024-12-29"),
        ("Russian forces shelled Kharkiv late Sunday, officials said.", "2025-01-01", "19", "2024-12-29"),
        ("Russian troops shelled Kherson early Mon., the governor said.", "2025-01-01", "19", "2024-12-30"),
        ("Russian forces shelled Kherson on Fri., the governor said.", "2025-01-02", "19", "2024-12-27"),
    ],
)  # fmt: skip
def test_wire_weekdays_date_the_act(coder: Coder, text: str, day: str, root: str, expected: str) -> None:
    event = _event(coder, text, day, root)
    assert event.time is not None
    assert event.time.start == event.time.end == dt.date.fromisoformat(expected)


def test_an_asserted_past_act_is_never_dated_after_the_article(coder: Coder) -> None:
    event = _event(coder, "Russian forces shelled Kharkiv on Aug. 20, 2025.", "2025-08-07", "19")
    assert event.time is None
    dated = _event(coder, "Russian forces shelled Kharkiv on Aug. 5, 2025.", "2025-08-07", "19")
    assert dated.time is not None and dated.time.start == dt.date(2025, 8, 5)


def test_the_sun_is_no_sunday(coder: Coder) -> None:
    event = _event(coder, "The Sun reported that Russian forces shelled Kharkiv.", "2025-01-01", "19")
    assert event.time is None
