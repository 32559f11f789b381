"""An act referred back to by a possessive pronoun as the time of another ("during his visit to the Gulf")
names no new event in that sentence; the same noun with its doer named still does. Sentences written for
the project."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2025, 8, 16)


def _codes(coder: Coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code(text, date=DAY).events
    }


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Macron praised the Saudi reforms after his visit to the Gulf.", ("FRAGOV", "SAU", "051")),
        (
            "Ahead of his visit to Beijing, the German chancellor called for closer trade ties.",
            ("DEUGOV", None, "020"),
        ),
        ("The Kenyan president condemned the attack during his visit to Somalia.", ("KENGOV", None, "111")),
    ],
)
def test_his_visit_as_the_time_of_another_act_is_no_new_visit(
    coder: Coder, text: str, kept: tuple[str, str | None, str]
) -> None:
    got = _codes(coder, text)
    assert kept in got, got
    assert not any(code.startswith("042") for _, _, code in got), got


def test_a_visit_with_its_doer_named_is_still_coded(coder: Coder) -> None:
    got = _codes(
        coder, "The German chancellor praised the reforms during a visit by the French president to Rabat."
    )
    assert any(code == "042" for _, _, code in got), got
