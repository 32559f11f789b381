"""Kinds of events whose source and target came out as one actor code (``XXXGOV`` → ``XXXGOV``) on real
news, and how CAMEO coders code them instead. Sentences are written for the project; codes follow the
CAMEO 1.1b3 codebooks (event and actor).

- A party the text does not place takes its state from context (dateline, place, the other party, the
  document), never the other party's very code when the other party's own words place it: an unplaced
  "Prime Minister Marek Novotny" condoling with Japan's prime minister is not Japan's (``---GOV``).
  Legislators acting on another chamber stay ``USALEG`` → ``USALEG``.
- Former officials are elites (ELI), also where the phrase names no state and on an undated text, where
  the knowledge base's last role has ended ("the then" and "outgoing" still hold the office).
- "His counterpart" holds the same office on the other side: never the possessor's state.
- The leader or commander of a non-state group is coded as the group ("a rebel commander": REB; "CHP
  leader": the party), not as the state's government or army.
- On an undated text, a known person the phrase names as a non-state group's leader ("rebel leader") is
  on that group's side in the story, whatever office the knowledge base gives him since.
- Fellow subjects of one act ("the chancellor and the finance minister attended") act together: the
  act has no target among them. Parties of different states keep their pair.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.coder import Coder

Triple = tuple[str, str | None, str]
Triples = Callable[[str], set[Triple]]
"""The ``triples`` fixture (``tests/coder/conftest.py``): a text's events as (source, target, CAMEO)."""


def _self_directed(got: set[Triple]) -> set[Triple]:
    return {t for t in got if t[0] == t[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Marek Novotny expressed condolences to Japanese Prime Minister Shigeru Ishiba.",
            ("---GOV", "JPNGOV", "018"),
        ),
        (
            "Mexican Foreign Minister Juan Ramon de la Fuente criticised President Elena Ruiz's plan.",
            ("MEXGOV", "---GOV", "111"),
        ),
    ],
)
def test_a_party_placed_by_context_never_takes_the_other_partys_own_code(
    triples: Triples, text: str, expected: Triple
) -> None:
    got = triples(text)
    assert expected in got, got
    assert not _self_directed(got), got


def test_legislators_acting_on_another_chamber_keep_one_code(triples: Triples) -> None:
    got = triples("Senate Majority Leader John Thune criticised the House budget plan.")
    assert ("USALEG", "USALEG", "111") in got, got


def test_a_former_official_without_a_state_in_the_phrase_is_an_elite(triples: Triples) -> None:
    got = triples("The former chief minister, Rahul Verma, condemned the Indian government's decision.")
    assert ("INDELI", "INDGOV", "111") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli President Isaac Herzog pardoned former prime minister Ehud Olmert.",
            ("ISRGOV", "ISRELI", "056"),
        ),
        (
            "The outgoing prime minister Ehud Olmert met Palestinian President Mahmoud Abbas.",
            ("ISRGOV", "PSEGOV", "040"),
        ),
    ],
)
def test_an_undated_former_official_is_an_elite_and_an_outgoing_one_still_governs(
    coder: Coder, text: str, expected: Triple
) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coder.code(text).events}
    assert expected in got, got
    assert not _self_directed(got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron will host his counterpart, Brazilian President Luiz Inacio Lula da Silva, in Paris.",
            ("FRAGOV", "BRAGOV", "043"),
        ),
        ("Wang Yi met his counterpart in Jakarta.", ("CHNGOV", "IDNGOV", "040")),
    ],
)
def test_a_counterpart_is_on_the_other_side(triples: Triples, text: str, expected: Triple) -> None:
    got = triples(text)
    assert expected in got, got
    assert not _self_directed(got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rebel commander surrendered to the Congolese army.", ("CODREB", "CODMIL", "087")),
        (
            "Musa Hilal, a Sudanese militia leader, surrendered to the authorities in Khartoum.",
            ("SDNREB", "SDNGOV", "087"),
        ),
        ("CHP leader Ozgur Ozel accused the government of corruption.", ("TURPTY", "TURGOV", "112")),
    ],
)
def test_a_groups_leader_is_coded_as_the_group(triples: Triples, text: str, expected: Triple) -> None:
    got = triples(text)
    assert expected in got, got
    assert not _self_directed(got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Salva Kiir pardoned rebel leader Riek Machar.", ("SSDGOV", "SSDREB", "056")),
        (
            "Kenyan President William Ruto met rebel leader Riek Machar in Nairobi.",
            ("KENGOV", "SSDREB", "040"),
        ),
    ],
)
def test_an_undated_text_names_a_known_persons_side(coder: Coder, text: str, expected: Triple) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coder.code(text).events}
    assert expected in got, got
    assert not _self_directed(got), got


def test_fellow_subjects_of_one_state_act_together(triples: Triples) -> None:
    got = triples("Chancellor Friedrich Merz and Finance Minister Lars Klingbeil attended the meeting.")
    assert ("DEUGOV", None, "040") in got, got
    assert not _self_directed(got), got


def test_fellow_subjects_of_two_states_keep_their_pair(triples: Triples) -> None:
    got = triples("Russian President Vladimir Putin and Chinese President Xi Jinping met in Moscow.")
    assert {("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")} <= got, got


def test_a_state_acting_on_its_own_people_is_kept(triples: Triples) -> None:
    got = triples("Kenyan police arrested dozens of protesters in Nairobi.")
    assert ("KENCOP", "KENCVL", "173") in got, got
