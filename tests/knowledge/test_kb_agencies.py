"""National agencies, transnational militant groups and UN missions are actors with their CAMEO codes."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2016, 4, 5)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The FBI arrested two men accused of spying for China.", "USACOP"),
        ("ICE returned five pre-Columbian artifacts to the government of Peru.", "USACOP"),
        ("The Mossad denied any role in the killing.", "ISRSPY"),
        ("The Islamic State group released 19 hostages on Sunday.", "IMGMOSISI"),
        ("UNDOF withdrew its peacekeepers from two positions on the Golan Heights.", "IGOUNO"),
        ("Iran's Revolutionary Guards seized a British tanker in the Gulf.", "IRNMIL"),
    ],
)
def test_agencies_and_groups_are_actors(coder: Coder, text: str, source: str) -> None:
    events = coder.code(text, date=DAY).events
    assert any(e.source.code == source for e in events), [(e.source.code, e.cameo) for e in events]


def test_a_lower_case_word_is_no_agency(coder: Coder) -> None:
    assert not coder.code("Ice on the roads closed schools in Ohio.", date=DAY).events
