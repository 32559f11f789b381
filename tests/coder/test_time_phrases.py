"""A phrase of time is no preposition a lexicon row names: "called X on Tuesday" is a telephone call (041),
not "called on X" (an appeal, 020), whatever the order of the phrases. Sentences written for the project."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triple = tuple[str, str | None, str]
Triples = Callable[[str], set[Triple]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Iranian president called his Lebanese counterpart on Tuesday to discuss the crisis.",
            ("IRNGOV", "LBNGOV", "041"),
        ),
        (
            "On March 3, the German chancellor called the French president to discuss energy prices.",
            ("DEUGOV", "FRAGOV", "041"),
        ),
        (
            "The Japanese prime minister called his Indian counterpart on Wednesday.",
            ("JPNGOV", "INDGOV", "041"),
        ),
    ],
)
def test_a_call_on_a_day_is_no_appeal(triples: Triples, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(text)
    assert expected in got, got
    assert not any(code.startswith("02") for _, _, code in got), got


def test_calling_on_a_party_on_a_day_is_still_an_appeal(triples: Triples) -> None:
    got = triples("The Kenyan president on Monday called on Somalia to release the detained aid workers.")
    assert any(
        source == "KENGOV" and target == "SOM" and code.startswith("02") for source, target, code in got
    ), got
