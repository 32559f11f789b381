"""Real sentences of wire copy and what the coder must make of them.

Each case is (sentence, expected events as (source code, target code or None, CAMEO code, factuality)).
The expectation lists every event the coder should produce for that sentence; nothing else may appear.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2025, 8, 16)

CASES: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    (
        "Putin and Trump met in Anchorage, Alaska on Friday.",
        {("RUSGOV", "USAGOV", "040", "asserted"), ("USAGOV", "RUSGOV", "040", "asserted")},
    ),
    (
        "Russian President Vladimir Putin may meet U.S. President Donald Trump next week.",
        # a meeting is an act of both parties (issue #10: coded both ways, as human coders do)
        {("RUSGOV", "USAGOV", "040", "possible"), ("USAGOV", "RUSGOV", "040", "possible")},
    ),
    (
        "There is no indication of a meeting between Putin and Zelenskiy.",
        {("RUSGOV", "UKRGOV", "040", "negated"), ("UKRGOV", "RUSGOV", "040", "negated")},
    ),
    # a stated plan is also a speech act: the intent to provide military aid (CAMEO 0332)
    (
        "Germany plans to send tanks to Ukraine.",
        {("DEU", "UKR", "072", "planned"), ("DEU", "UKR", "0332", "asserted")},
    ),
    ("If Iran attacks Israel, the United States will respond.", {("IRN", "ISR", "190", "hypothetical")}),
    ("The Kremlin accused Kyiv of shelling the plant.", {("RUSGOV", "UKRGOV", "112", "asserted")}),
    ("Ukrainian troops were attacked by Russian forces.", {("RUSMIL", "UKRMIL", "190", "asserted")}),
    ("China condemned the sanctions imposed by the European Union.", {("CHN", None, "111", "asserted")}),
    (
        "France will host Indian Prime Minister Narendra Modi in Paris next month.",
        {("FRA", "INDGOV", "043", "planned")},  # a schedule: no one is reported stating an intent
    ),
    ("The United States imposed sanctions on Iran.", {("USA", "IRN", "163", "asserted")}),
    ("Hungary did not sign the agreement with Ukraine.", {("HUN", "UKR", "057", "negated")}),
    (
        "Armenia and Azerbaijan accused each other of violating the ceasefire.",
        {("ARM", "AZE", "112", "asserted"), ("AZE", "ARM", "112", "asserted")},
    ),
    ("Real Madrid beat Bayern Munich 2-1 in the Champions League on Tuesday.", set()),
    ("The stock market rallied on Tuesday as oil prices fell.", set()),
    ("Manchester United beat Chelsea 2-1 on Sunday.", set()),
    # requests and threats are coded by what they ask for; the requested act itself did not happen
    (
        "Norway urged Colombia and the ELN to return to negotiations.",
        {("NOR", "COL", "026", "asserted"), ("NOR", "COLREB", "026", "asserted")},
    ),
    ("Venezuela threatened to seize Guyanese oil platforms.", {("VEN", "GUY", "138", "asserted")}),
    (
        "Lithuania demanded that Belarus release the detained journalists.",
        {("LTU", "BLR", "105", "asserted")},
    ),
    ("Serbia refused to hold talks with Kosovo.", {("SRB", "KSV", "125", "asserted")}),
    # weapons make a strike aerial; a town located by the gazetteer stands in for the target state
    (
        "Russian drones struck an oil depot in the Odesa region overnight.",
        {("RUSMIL", "UKR", "195", "asserted")},
    ),
    # a dateline city is where the report was filed, not an actor
    ("WARSAW, May 3 (eventwire) - Germany sent 40 tanks to Ukraine.", {("DEU", "UKR", "072", "asserted")}),
    # a stance is not a state; history is background, not news
    ("Police detained two pro-Russian activists in Chisinau.", {("MDACOP", "MDAOPP", "173", "asserted")}),
    ("India and China fought a brief border war in 1962.", set()),
    # joint acts of coordinated parties are coded both ways
    (
        "The foreign ministers of Armenia and Azerbaijan met in Geneva.",
        {("ARMGOV", "AZEGOV", "040", "asserted"), ("AZEGOV", "ARMGOV", "040", "asserted")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(coder: Coder, sentence: str, expected: set[tuple[str, str | None, str, str]]) -> None:
    result = coder.code(sentence, date=DAY)
    got = {
        (e.source.code, e.target.code if e.target else None, e.cameo, str(e.factuality))
        for e in result.events
    }
    assert got == expected


def test_attribution_from_reporting_verb(coder: Coder) -> None:
    result = coder.code("Lavrov said Russia would retaliate against Estonia.", date=DAY)
    (event,) = [
        e
        for e in result.events
        if e.target is not None and e.target.country == "EST" and e.factuality == "planned"
    ]
    assert event.attributed_to is not None and event.attributed_to.person == "Sergey Lavrov"


def test_according_to_attribution(coder: Coder) -> None:
    result = coder.code("According to Iran, Israeli jets struck Tehran on Monday.", date=DAY)
    assert result.events and result.events[0].attributed_to is not None
    assert result.events[0].attributed_to.country == "IRN"


def test_pronoun_resolves_to_earlier_person(coder: Coder) -> None:
    result = coder.code(
        "Emmanuel Macron arrived in Kyiv on Monday. He praised Ukraine's resistance.", date=DAY
    )
    praise = [e for e in result.events if e.cameo == "051"]
    assert praise and praise[0].source.person == "Emmanuel Macron"


def test_unknown_date_is_said(coder: Coder) -> None:
    result = coder.code("Russia attacked Ukraine.")
    assert result.date is None
    assert [f.kind for f in result.flags] == ["unknown_date"]


def test_evidence_offsets_point_into_the_text(coder: Coder) -> None:
    text = "Earlier, Chinese coast guard ships blockaded the Philippine outpost, Manila said."
    result = coder.code(text, date=DAY)
    for event in result.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_dateline_is_not_part_of_the_evidence_and_places_the_event(coder: Coder) -> None:
    text = (
        "MOSCOW, Aug 7 (eventwire) - Russian President Vladimir Putin will meet U.S. President Donald Trump."
    )
    (event,) = [
        e
        for e in coder.code(text, date=DAY).events
        if e.source.person == "Vladimir Putin" and e.cameo == "040"
    ]
    assert event.evidence.text.startswith("Russian President")
    assert event.location is not None and event.location.country == "RUS"


def test_a_state_acted_on_verbally_is_not_where_it_happened(coder: Coder) -> None:
    (praise,) = coder.code("Lavrov praised the United States.", date=DAY).events
    assert praise.location is None
    (shelling,) = coder.code("Russian troops shelled Kharkiv on Monday.", date=DAY).events
    assert shelling.location is not None and shelling.location.name == "Kharkiv"
    assert shelling.target is not None and shelling.target.country == "UKR"
