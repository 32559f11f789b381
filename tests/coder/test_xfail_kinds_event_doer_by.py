"""Criticism of an event is aimed at its doer: named by the event noun's by-phrase ("the killing of
protesters by Iran's police", also when the parser hangs the by-phrase on the verb), or by the modifier
of a gerund the parser reads as a verb ("the police beating of protesters"), not at its victims."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[[str], set[tuple[str, str | None, str]]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty condemned the killing of protesters by Iran's police.", ("NGOHRIAMN", "IRNCOP", "111")),
        ("Germany condemned the arrest of journalists by Turkish police.", ("DEU", "TURCOP", "111")),
        # the parser hangs the by-phrase on the verb: it still names the doer of the event criticised
        ("The EU condemned the crackdown on protesters by Georgian police.", ("IGOEUREEC", "GEOCOP", "111")),
        ("France denounced the shelling of civilians by the Syrian army.", ("FRA", "SYRMIL", "111")),
        (
            "Human Rights Watch denounced the torture of detainees by Egyptian security forces.",
            ("NGOHRIHRW", "EGYCOP", "111"),
        ),
        (
            "The Uganda Human Rights Commission condemned the army beating of students.",
            ("UGAHRI", "UGAMIL", "111"),
        ),
    ],
)
def test_criticised_event_targets_its_doer(
    triples: Triples, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text)
