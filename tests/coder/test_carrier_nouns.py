"""A noun that carries the event its modifier names: "a mediation effort between A and B" is a
mediation (CAMEO 045), told with a light verb."""

from __future__ import annotations

import datetime as dt

from eventwire.coder import Coder

DAY = dt.date(2017, 6, 12)


def test_a_mediation_effort_is_a_mediation(coder: Coder) -> None:
    text = "Kuwait launched a mediation effort between Qatar and Saudi Arabia on Monday."
    events = coder.code(text, date=DAY).events
    found = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert ("KWT", "QAT", "045") in found and ("KWT", "SAU", "045") in found, found


def test_a_carrier_noun_alone_names_no_event(coder: Coder) -> None:
    events = coder.code("Germany made a new effort on Monday.", date=DAY).events
    assert not events


def test_hunger_strikes_and_refusals_to_end_a_strike(coder: Coder) -> None:
    events = coder.code("Palestinian prisoners went on hunger strike in Israeli jails.", date=DAY).events
    assert any(e.cameo == "142" for e in events)
    events = coder.code("Kazakh oil workers said they will not end the strike.", date=DAY).events
    assert any(e.cameo == "1242" and e.source.code == "KAZLAB" for e in events)  # refuse to ease dissent


def test_the_reason_for_an_arrest_is_no_event(coder: Coder) -> None:
    text = "Turkish police arrested two men for attacking a police station."
    events = coder.code(text, date=DAY).events
    assert [e.cameo for e in events] == ["173"]


def test_an_arrest_for_collaborating_with_an_enemy_makes_a_treason_charge(coder: Coder) -> None:
    # the codebook codes this charge (its own 1125 example is an arrest for collaborating with Israel)
    text = "Turkish police arrested two men for collaborating with the Islamic State group."
    events = coder.code(text, date=DAY).events
    assert sorted(e.cameo for e in events) == ["1125", "173"]


def test_a_claim_of_ones_own_attack_is_a_claim_of_responsibility(coder: Coder) -> None:
    text = "Hamas claimed that it had attacked an Israeli army post near Gaza."
    events = coder.code(text, date=DAY).events
    assert any(e.cameo == "015" for e in events), [(e.source.code, e.cameo) for e in events]


def test_a_clause_marked_by_for_is_what_is_pushed_for(coder: Coder) -> None:
    text = "Japan's prime minister pushed for the constitution to be revised by 2020."
    events = coder.code(text, date=DAY).events
    assert any(e.cameo.startswith("02") and e.source.code == "JPNGOV" for e in events)


def test_a_hyphenated_event_noun_is_read_whole(coder: Coder) -> None:
    text = "Afghan President Ashraf Ghani announced a weeklong cease-fire with the Taliban."
    events = coder.code(text, date=DAY).events
    assert any(e.cameo.startswith("087") and e.source.code == "AFGGOV" for e in events)


def test_military_units_sent_abroad(coder: Coder) -> None:
    events = coder.code("Kosovo is sending a military platoon to Kuwait.", date=DAY).events
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("KSV", "KWT", "154")
    ]
