"""A town named as the object of an act done to places ("attacked Kharkiv") is a place, whatever entity
label the small model gives it (an organisation, or none before a date phrase): its state is the target.
A name the gazetteer does not know, or an act not done to places, keeps the old reading. Sentences
written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2025, 8, 7)


def _coded(coder: Coder, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.location.name if e.location else None)
        for e in coder.code(text, date=DAY).events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces attacked Kharkiv.", ("190", "RUSMIL", "UKR", "Kharkiv")),
        ("Russian forces attacked Kharkiv this week.", ("190", "RUSMIL", "UKR", "Kharkiv")),
        ("Russian forces attacked Kharkiv this spring.", ("190", "RUSMIL", "UKR", "Kharkiv")),
    ],
)
def test_a_town_attacked_is_the_target_state(coder: Coder, text: str, expected: tuple[str, ...]) -> None:
    assert _coded(coder, text) == [expected]


def test_an_organisation_praised_stays_an_organisation(coder: Coder) -> None:
    coded = _coded(coder, "The president praised Toyota.")
    assert all(target != "JPN" for _code, _source, target, _place in coded), coded
