"""A place several countries share that nothing in the document settles is recorded, not guessed
(issue #11 item 1: "ambiguity left unresolved is recorded (lower confidence)")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder
from eventwire.coder.engine import UNSETTLED_PLACE_PENALTY
from eventwire.geo import Gazetteer
from eventwire.model import Event

DAY = dt.date(2025, 3, 3)


def _arrest(coder: Coder, text: str) -> Event:
    [event] = [event for event in coder.code(text, date=DAY).events if event.cameo == "173"]
    return event


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Punjab", ("IND", "PAK")),
        ("Punjab province", ("IND", "PAK")),
        ("the state of Punjab", ("IND", "PAK")),
        ("Georgia", ()),  # a country first: the gazetteer resolves it
        ("Maine", ()),
        ("Kharkiv", ()),
    ],
)
def test_units_several_countries_share(name: str, countries: tuple[str, ...]) -> None:
    assert Gazetteer.default().shared_unit_countries(name) == countries


def test_an_unsettled_punjab_is_recorded_with_lower_confidence(coder: Coder) -> None:
    unsettled = _arrest(coder, "Police arrested twelve protesters in Punjab on Monday.")
    located = _arrest(coder, "Police arrested twelve protesters in Kharkiv on Monday.")
    assert unsettled.location is None
    assert "place 'Punjab' ambiguous (IND|PAK): not located" in unsettled.rule
    assert unsettled.confidence == pytest.approx(located.confidence - UNSETTLED_PLACE_PENALTY)
    assert "ambiguous" not in located.rule


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani police arrested twelve protesters in Punjab on Monday.",
        "LAHORE, Pakistan (Reuters) -- Police arrested twelve protesters in Punjab on Monday.",
        "Indian police arrested twelve protesters in Punjab province on Monday.",
    ],
)
def test_a_dateline_or_main_country_settles_it(coder: Coder, text: str) -> None:
    assert "ambiguous" not in _arrest(coder, text).rule
