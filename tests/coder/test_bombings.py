"""Weapons named as the by-agent of a passive are no doers, and bombs make an attack a non-military
bombing (CAMEO 183: 1832 car bombing, 1833 roadside bombing)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2019, 5, 6)


@pytest.mark.parametrize(
    ("text", "target", "code"),
    [
        ("Three US soldiers were killed by an improvised explosive device near Kirkuk.", "USAMIL", "183"),
        ("Two Afghan policemen were killed by a roadside bomb in Kandahar.", "AFGCOP", "1833"),
        ("A car bomb killed four Iraqi policemen in Baghdad on Sunday.", "IRQCOP", "1832"),
        ("Five Somali soldiers were killed in a car bomb attack in Mogadishu.", "SOMMIL", "1832"),
    ],
)
def test_bombings_by_no_named_doer(coder: Coder, text: str, target: str, code: str) -> None:
    events = coder.code(text, date=DAY).events
    found = [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events]
    assert ("---", target, code) in found, found


def test_a_doer_named_by_the_agent_is_kept(coder: Coder) -> None:
    events = coder.code("Two civilians were killed by Russian shelling in Kherson.", date=DAY).events
    assert any(e.source.code == "RUSMIL" and e.cameo.startswith("19") for e in events)


def test_the_agent_noun_of_a_passive_is_not_a_second_event(coder: Coder) -> None:
    text = "Two Ukrainian soldiers were wounded by Russian drone attacks in Kherson."
    events = coder.code(text, date=DAY).events
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("RUSMIL", "UKRMIL")]


def test_captives_released_by_no_named_captor_are_coded(coder: Coder) -> None:
    text = "Three Russian sailors have been released from captivity in Libya."
    events = coder.code(text, date=DAY).events
    assert any(e.cameo.startswith("084") and e.source.code == "---" for e in events)
    assert not coder.code("Apple released a new iPhone in California.", date=DAY).events


def test_whoever_is_held_responsible_for_an_act_is_its_doer(coder: Coder) -> None:
    text = "Sudan's government is responsible for mass killings in Darfur, according to a UN report."
    events = coder.code(text, date=DAY).events
    assert any(e.source.code == "SDNGOV" and e.cameo == "202" for e in events)
    assert not coder.code("The ministry is responsible for foreign affairs.", date=DAY).events
