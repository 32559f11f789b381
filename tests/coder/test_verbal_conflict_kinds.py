"""Kinds of verbal conflict that human CAMEO coders code where a literal reading finds an appeal or a
statement (issue #10, real news). Sentences are written for the project; codes follow the CAMEO 1.1b3
codebook.

- 113 rally opposition against: asking others to sanction, boycott or isolate a party solicits third
  parties to punish it, so the party is the target of a 113 (not the target of an appeal, 020).
- 10x demand: pressuring a party to act is a demand, not an appeal (the codebook's own example of 1052 is
  authorities pressuring workers to cancel a strike; 02x appeals are "distinct from demands, which are more
  forceful").
- 1125 accuse of espionage, treason: an arrest for spying or collaborating with an enemy makes that charge
  (the codebook's own 1125 example is such an arrest); the arrest itself (173) is coded too.
- 164 halt mediation: a mediator suspending or ending its mediation halts it (not a 045 "mediate"), with
  the parties it mediated between as targets.
- 016 deny responsibility: rejecting claims or accusations denies them (a statement), it refuses nothing.
"""

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
            "Greek Foreign Minister Nikos Dendias on Monday called for sanctions against Turkey.",
            ("GRCGOV", "TUR", "113"),
        ),
        (
            "The Kenyan opposition called for sanctions on Uganda over the border killings.",
            ("KENOPP", "UGA", "113"),
        ),
        ("France demanded an arms embargo on Libya.", ("FRA", "LBY", "113")),
    ],
)
def test_calling_for_sanctions_against_a_party_rallies_opposition(
    triples: Triples, text: str, expected: Triple
) -> None:
    got = triples(text)
    assert expected in got, got
    assert not any(code == "020" for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nigerian authorities are pressuring lecturers to cancel the strike.",
            ("NGAGOV", "NGAEDU", "10"),
        ),
        ("Washington is pressuring Israel to halt its offensive in Gaza.", ("USAGOV", "ISR", "105")),
        (
            "The European Union pressured Serbia to free the detained journalists.",
            ("IGOEUREEC", "SRB", "105"),
        ),
    ],
)
def test_pressuring_a_party_to_act_is_a_demand(triples: Triples, text: str, expected: Triple) -> None:
    source, target, prefix = expected
    got = triples(text)
    assert any(s == source and t == target and code.startswith(prefix) for s, t, code in got), got
    assert not any(code.startswith("02") for _, _, code in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin rejected claims that it had interfered in the Moldovan election.",
        "The Cambodian minister rejected accusations that he had ordered the beating of opposition MPs.",
        "Nigeria's army rejected claims that its soldiers had burned the village.",
    ],
)
def test_rejecting_an_accusation_denies_responsibility(triples: Triples, text: str) -> None:
    """Codebook 016 deny responsibility: "discard or deny accusations or charges" (a statement, not 12x)."""
    got = triples(text)
    assert any(code == "016" for _, _, code in got), got
    assert not any(code.startswith("12") for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran arrested a British-Iranian dual national for spying.", ("IRN", "GBRCVL")),
        ("The journalist was arrested in Niger for collaborating with Boko Haram.", ("NERCOP", None)),
        ("Two engineers were detained in Iran for espionage.", ("IRNCOP", None)),
    ],
)
def test_an_arrest_for_spying_is_the_charge_and_the_arrest(
    triples: Triples, text: str, expected: tuple[str, str | None]
) -> None:
    source, target = expected
    got = triples(text)
    for code in ("1125", "173"):
        assert any(s == source and (target is None or t == target) and c == code for s, t, c in got), got


def test_an_arrest_for_another_crime_is_no_treason_charge(triples: Triples) -> None:
    got = triples("Iran arrested a British-Iranian dual national for theft.")
    assert {code for _, _, code in got} == {"173"}, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar suspended its mediation between Israel and Hamas.", {("QAT", "ISR"), ("QAT", "PSEREB")}),
        ("Egypt ended its mediation between Israel and Hamas.", {("EGY", "ISR"), ("EGY", "PSEREB")}),
        ("Norway halted its mediation in Sri Lanka.", {("NOR", "LKA")}),
    ],
)
def test_suspending_ones_mediation_halts_it(
    triples: Triples, text: str, expected: set[tuple[str, str]]
) -> None:
    got = triples(text)
    assert {(s, t) for s, t, code in got if code == "164"} == expected, got
    assert not any(code == "045" for _, _, code in got), got
