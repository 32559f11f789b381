"""'U.S. Representative' names a member of the U.S. House (the legislature, USALEG), not a bare United
States; and "Rep." before a name is a legislator's title, whose surname ("Jordan") is no country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[[str], set[tuple[str, str | None, str]]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Representative Ilhan Omar condemned Israel's strikes on Gaza.", ("USALEG", "ISR", "111")),
        (
            "U.S. Representative Chad Smith accused Venezuela of rigging the election.",
            ("USALEG", "VEN", "112"),
        ),
        ("U.S. Rep. Jim Jordan criticized China over its trade practices.", ("USALEG", "CHN", "111")),
    ],
)
def test_us_representative_is_the_legislature(
    triples: Triples, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text)


def test_rep_title_keeps_a_surname_that_is_a_country_a_person(triples: Triples) -> None:
    coded = triples("Rep. Jim Jordan criticized China over its trade practices.")
    assert any(source.endswith("LEG") and code == "111" for source, _, code in coded), coded
    assert not any(source.startswith("JOR") or target == "JOR" for source, target, _ in coded), coded
