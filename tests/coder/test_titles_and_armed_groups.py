"""Abbreviated titles of wire copy ("Sen.", "Gov.", "Rep.") and the best-known non-state armed groups are
actors: without them the statements and attacks of the people and groups they name are lost."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2021, 3, 2)


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Sen. Joni Ernst said the bill would pass the chamber this week.", "---LEG", "010"),
        ("Gov. Kathy Hochul declined to comment on the report.", "---GOV", "011"),
        ("Rep. Adam Schiff criticized the Justice Department on Monday.", "USALEG", "111"),
    ],
)
def test_abbreviated_titles_make_political_actors(coder: Coder, text: str, source: str, code: str) -> None:
    events = coder.code(text, date=DAY).events
    assert any(e.source.code == source and e.cameo == code for e in events), [
        (e.source.code, e.cameo) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("The Taliban claimed responsibility for the bombing in Kandahar.", "AFGINS", "015"),
        ("PKK fighters attacked a Turkish army outpost in Hakkari province.", "TURREB", "190"),
        ("Abu Sayyaf militants abducted two fishermen off the coast of Sulu.", "PHLINS", "181"),
        ("The Tamil Tigers declared a unilateral ceasefire.", "LKAREB", "087"),
    ],
)
def test_armed_groups_are_placed_in_their_country(coder: Coder, text: str, source: str, code: str) -> None:
    events = coder.code(text, date=DAY).events
    assert any(e.source.code == source and e.cameo.startswith(code) for e in events), [
        (e.source.code, e.cameo) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("The Pakistan army violated the ceasefire on Tuesday night.", "PAKMIL", "196"),
        ("Israeli forces launched a ground offensive before dawn.", "ISRMIL", "190"),
        ("Sudan's army launched air strikes overnight.", "SDNMIL", "195"),
    ],
)
def test_force_with_no_one_named_is_coded_without_target(
    coder: Coder, text: str, source: str, code: str
) -> None:
    events = coder.code(text, date=DAY).events
    assert any(e.source.code == source and e.cameo == code and e.target is None for e in events), [
        (e.source.code, e.cameo) for e in events
    ]


def test_force_whose_target_was_missed_is_not_guessed(coder: Coder) -> None:
    # the sentence names Pakistani troops: an empty target would be wrong, so nothing is coded
    text = "Indian soldiers returned fire after Pakistani troops crossed the line."
    events = coder.code(text, date=DAY).events
    assert not any(e.cameo.startswith("19") and e.target is None for e in events)


def test_a_reply_in_kind_is_aimed_at_the_attacker(coder: Coder) -> None:
    text = (
        "India's army accused Pakistani troops of firing mortars on two posts in Poonch. "
        "An army spokesman said Indian soldiers had launched an offensive overnight."
    )
    events = coder.code(text, date=DAY).events
    assert any(
        e.source.code == "INDMIL" and e.cameo == "190" and e.target and e.target.code == "PAKMIL"
        for e in events
    ), [(e.source.code, e.cameo, e.target.code if e.target else None) for e in events]


def test_coercion_on_a_place_of_ones_own_state_targets_that_state(coder: Coder) -> None:
    text = "Iraqi officials imposed a curfew on Basra on Saturday, a military statement said."
    events = coder.code(text, date=DAY).events
    assert any(e.cameo == "1723" and e.target and e.target.code == "IRQ" for e in events)
    # a meeting in one's own capital is no act on one's own state
    events = coder.code("Erdogan met the Swedish envoy in Ankara.", date=DAY).events
    assert not any(e.target and e.target.code == "TUR" and e.target.person is None for e in events)
