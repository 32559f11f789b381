"""Dotted abbreviations in the knowledge base ("U.S.", "U.S.A.", "U.N.") match the words spaCy makes of
running text: spaCy keeps "U.S." one token but splits a lower-case "u.s." in two, so the index is built
from both splits."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.coder.mentions import surface_index


@pytest.mark.parametrize(
    ("text", "form", "key"),
    [
        ("The U.S. imposed sanctions on Iran.", "U.S.", "USA"),
        ("U.S. Homeland Security Secretary Chad Wolf criticized Mexico.", "U.S.", "USA"),
        ("The U.S.A. team won.", "U.S.A.", "USA"),
    ],
)
def test_dotted_abbreviation_is_found(coder: Coder, text: str, form: str, key: str) -> None:
    doc = coder.nlp(text)
    found = {
        doc[m.start : m.end].text: {d.key for d in m.denotations}
        for m in surface_index(coder.knowledge).find(doc)
    }
    assert key in found[form]


def test_dotted_abbreviation_codes_the_state(coder: Coder) -> None:
    events = coder.code("The U.S. imposed sanctions on Iran.", date="2025-03-01").events
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("USA", "IRN", "163")
    ]
