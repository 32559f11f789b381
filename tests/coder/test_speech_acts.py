"""Stated acts: an announced act is also the speech act CAMEO codes (intent 03x, refusal 12x, threat 13x,
demand 10x), replacing the speaker's bare 010; the announced act itself stays, with its factuality."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2025, 6, 2)

Coded = tuple[str, str | None, str, str]


def _coded(coder: Coder, text: str) -> set[Coded]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, str(e.factuality))
        for e in coder.code(text, date=DAY).events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # intent: the codebook pairs the act with its 03x code (084 release → 0353)
        (
            "The rebels said they will release the kidnapped mayor of Quibdo.",
            {("COLREB", "COLGOV", "0353", "asserted"), ("COLREB", "COLGOV", "084", "planned")},
        ),
        (
            "Japan will send emergency food aid to the Philippines, the foreign ministry said.",
            {("JPN", "PHL", "0333", "asserted"), ("JPN", "PHL", "073", "planned")},
        ),
        (
            "Israel said it would free 150 Palestinian prisoners.",
            {("ISR", "PSECVL", "0353", "asserted"), ("ISR", "PSECVL", "084", "planned")},
        ),
        # refusal: an announced act negated (12x)
        (
            "Hungary said it would not lift sanctions on Russia.",
            {("HUN", "RUS", "1244", "asserted"), ("HUN", "RUS", "085", "negated")},
        ),
        ("China said it would not resume talks with Taiwan.", {("CHN", "TWN", "125", "asserted")}),
        # threat: an announced act of force or sanction (13x)
        (
            "Turkey said it would launch a military offensive against Kurdish fighters in Syria.",
            {("TUR", "SYRREB", "1384", "asserted"), ("TUR", "SYRREB", "190", "planned")},
        ),
        # demand: a reported "must" is the speaker's demand of the doer (10x)
        (
            "The British foreign secretary said Libya must hand over the two suspects.",
            {("GBRGOV", "LBY", "1013", "asserted")},
        ),
    ],
)
def test_an_announced_act_is_a_speech_act(coder: Coder, text: str, expected: set[Coded]) -> None:
    got = _coded(coder, text)
    assert expected <= got, got


def test_the_stated_act_replaces_the_bare_statement(coder: Coder) -> None:
    got = _coded(coder, "Israel said it would free 150 Palestinian prisoners.")
    assert not any(code == "010" for _, _, code, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin may meet U.S. President Donald Trump next week.",  # possible
        "South Korean President Lee Jae-myung is scheduled to visit Tokyo next month.",  # a schedule
        "Ethiopia said the World Food Programme will deliver food to Tigray.",  # not the speaker's act
        "The planned visit of the Chinese foreign minister to Canberra was postponed.",  # nominal
    ],
)
def test_no_speech_act_without_a_commitment_of_the_speaker(coder: Coder, text: str) -> None:
    got = _coded(coder, text)
    assert not any(code[:2] in ("03", "10", "12", "13") for _, _, code, _ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human Rights Watch said that Sudanese authorities must ensure the safety of civilians.",
            ("NGOHRIHRW", "SDNGOV", "100"),
        ),
        ("Russia says Israel must stop its strikes on Syria.", ("RUS", "ISR", "1056")),  # specific
    ],
)
def test_saying_another_must_act_is_a_demand(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    got = {(source, target, code) for source, target, code, _ in _coded(coder, text)}
    assert expected in got, got


def test_saying_ones_own_side_must_act_is_a_statement(coder: Coder) -> None:
    got = _coded(coder, "Lavrov said Russia must defend its interests.")
    assert {code for _, _, code, _ in got} == {"010"}, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy is ready to contribute to peacekeeping operations in Mali.", ("ITA", None, "0334")),
        ("The United Nations is willing to send more resources to Colombia.", ("IGOUNO", "COL", "0333")),
        ("Syria has again offered its troops to Lebanon.", ("SYR", "LBN", "0332")),
    ],
)
def test_readiness_and_offers_are_intents_with_their_specific_code(
    coder: Coder, text: str, expected: tuple[str, str | None, str]
) -> None:
    got = {(source, target, code) for source, target, code, _ in _coded(coder, text)}
    assert expected in got, got


def test_a_refusal_is_the_subjects_not_the_other_partys(coder: Coder) -> None:
    got = _coded(coder, "Erdogan will not meet al-Sharaa during his Gulf tour, his office said.")
    refusals = {(source, target) for source, target, code, _ in got if code == "125"}
    assert refusals == {("TURGOV", "SYRGOV")}, got


def test_a_bare_will_is_a_schedule_not_a_statement(coder: Coder) -> None:
    got = _coded(coder, "EU energy ministers will discuss gas supplies with Norway next week.")
    assert not any(code.startswith("03") for _, _, code, _ in got), got


def test_a_speaker_belongs_to_the_state_whose_act_it_reports(coder: Coder) -> None:
    text = "KHARTOUM, May 3 (eventwire) - Egypt condemned the attack, the foreign ministry said."
    got = _coded(coder, text)
    assert ("EGYGOV", None, "010", "asserted") in got, got


def test_a_weapon_named_on_an_attack_is_not_its_doer(coder: Coder) -> None:
    got = _coded(coder, "France condemned the missile strike on Kyiv.")
    assert ("FRA", "UKR", "111", "asserted") in got, got


def test_a_protest_lodged_with_a_state_is_a_complaint(coder: Coder) -> None:
    got = _coded(coder, "Japan protested to China over the detention of a Japanese businessman.")
    assert ("JPN", "CHN", "114", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan government will not lift the ban on the opposition newspaper.", ("KENGOV", "1244")),
        ("Colombia's rebels will not release the three kidnapped engineers.", ("COLREB", "1243")),
        ("Chilean dock workers will not end their strike.", ("CHLLAB", "1242")),
    ],
)
def test_a_bare_will_not_is_a_refusal_not_a_schedule(
    coder: Coder, text: str, expected: tuple[str, str]
) -> None:
    """A schedule is never negated: "X will not lift the ban" is news of X's refusal (12x), said or not."""
    got = {(source, code, fact) for source, _, code, fact in _coded(coder, text)}
    assert (*expected, "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is considering sending food aid to North Korea.", ("JPN", "PRK", "014")),
        ("The Kenyan government is weighing sending troops to Haiti.", ("KENGOV", "HTI", "014")),
        ("Norway is exploring giving money to the Palestinian Authority.", ("NOR", "PSE", "014")),
    ],
)
def test_an_act_its_doer_is_considering_is_a_policy_option_considered(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    """Codebook 014 "consider policy option"; the considered act stays, possible."""
    got = _coded(coder, text)
    assert (*expected, "asserted") in got, got
    assert any(fact == "possible" for _, _, code, fact in got if code != "014"), got


def test_an_act_not_considered_is_no_policy_option(coder: Coder) -> None:
    got = _coded(coder, "Russia may send troops to Syria.")
    assert not any(code == "014" for _, _, code, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi militia groups said they will return the weapons they seized from the army.",
        "The rebels will free the soldiers they captured in Kidal.",
        "Kenya will compensate the farmers whose land the army occupied.",
    ],
)
def test_a_relative_clause_has_its_own_modality(coder: Coder, text: str) -> None:
    """A past act told in a relative clause is asserted: the "will" of the clause around it is not its own,
    so it states no threat (13x)."""
    got = _coded(coder, text)
    assert not any(code.startswith("13") for _, _, code, _ in got), got
    assert not any(fact == "planned" and code[:2] in ("17", "19") for _, _, code, fact in got), got
