"""A town named as the object of an act done to places ("attacked Kharkiv") is a place, whatever entity
label the small model gives it (a person, an organisation, or none before a date phrase): its state is
the target.
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
        ("Russian forces attacked Kharkiv on Tuesday.", ("190", "RUSMIL", "UKR", "Kharkiv")),
        ("Russian forces attacked Kharkiv overnight.", ("190", "RUSMIL", "UKR", "Kharkiv")),
        ("Russian forces attacked Zaporizhzhia this spring.", ("190", "RUSMIL", "UKR", "Zaporizhzhya")),
        ("Russian forces bombed Kherson this spring.", ("195", "RUSMIL", "UKR", "Kherson")),
    ],
)
def test_a_town_attacked_is_the_target_state(coder: Coder, text: str, expected: tuple[str, ...]) -> None:
    assert _coded(coder, text) == [expected]


def test_an_organisation_praised_stays_an_organisation(coder: Coder) -> None:
    coded = _coded(coder, "The president praised Toyota.")
    assert all(target != "JPN" for _code, _source, target, _place in coded), coded


def test_a_person_named_by_surname_is_no_town(coder: Coder) -> None:
    """Jackson is a US city, but here the surname of a person the article named."""
    coded = _coded(coder, "Jesse Jackson spoke. Protesters later attacked Jackson.")
    assert all(target != "USA" and place != "Jackson" for _code, _source, target, place in coded), coded


def test_towns_joined_by_and_are_both_places(coder: Coder) -> None:
    coded = _coded(coder, "Russian drones attacked Odesa and Sumy this spring.")
    assert coded and all(target == "UKR" for _code, _source, target, _place in coded), coded
