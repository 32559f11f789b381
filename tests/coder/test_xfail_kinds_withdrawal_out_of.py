"""A withdrawal is aimed at the place or state withdrawn from (CAMEO 087), also when the text says
"out of" ("pull its troops out of Chad"), a two-word preposition the parser splits in two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[[str], set[tuple[str, str | None, str]]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany withdrew its troops out of Mali.", ("DEU", "MLI", "087")),
        ("Washington removed its forces out of Niger.", ("USAGOV", "NER", "087")),
        ("Russia pulled out its troops from Syria.", ("RUS", "SYR", "087")),
    ],
)
def test_withdrawal_out_of_a_state_targets_it(
    triples: Triples, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text)
