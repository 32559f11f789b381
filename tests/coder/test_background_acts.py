"""An act referred back to by a possessive pronoun as the time of another ("during his visit to the Gulf")
names no new event in that sentence; the same noun with its doer named still does. Sentences written for
the project."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triple = tuple[str, str | None, str]
Triples = Callable[[str], set[Triple]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


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
    triples: Triples, text: str, kept: tuple[str, str | None, str]
) -> None:
    got = triples(text)
    assert kept in got, got
    assert not any(code.startswith("042") for _, _, code in got), got


def test_a_visit_with_its_doer_named_is_still_coded(triples: Triples) -> None:
    got = triples(
        "The German chancellor praised the reforms during a visit by the French president to Rabat."
    )
    assert any(code == "042" for _, _, code in got), got
