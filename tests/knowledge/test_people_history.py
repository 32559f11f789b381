"""Office holders before 2012 (issue #10 item 6): older news keeps its actors.

Spot checks through the public API: who held an office for a country on a day (``Person.held`` over
``KnowledgeBase.people``), and what a name found in text resolves to on the article's date
(``KnowledgeBase.find_people`` and ``describe``, the answer behind ``eventwire actors who``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.knowledge import KnowledgeBase
from eventwire.knowledge.describe import describe


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def holders(kb: KnowledgeBase, office: str, country: str, day: str) -> list[str]:
    """Ids of everyone who held ``office`` for ``country`` on ``day``, in id order."""
    date = dt.date.fromisoformat(day)
    return sorted(person.id for person in kb.people.values() if person.held(office, country, date))


def codes_on(kb: KnowledgeBase, name: str, day: str) -> dict[str, set[str]]:
    """For each person ``name`` denotes, the actor codes of the roles active on ``day``."""
    date = dt.date.fromisoformat(day)
    return {
        person.id: {kb.actor_code(role.country, role.sector) for role in person.roles_on(date)}
        for person in kb.find_people(name)
    }


@pytest.mark.parametrize(
    ("office", "country", "day", "holder"),
    [
        ("president", "RUS", "2003-04-11", "vladimir-putin"),
        ("chancellor", "DEU", "2003-04-11", "gerhard-schroeder"),
        ("prime_minister", "GBR", "2003-03-20", "tony-blair"),
        ("president", "FRA", "2003-02-14", "jacques-chirac"),
        ("president", "USA", "1995-07-11", "bill-clinton"),
        ("president", "RUS", "1995-07-11", "boris-yeltsin"),
        ("president", "CHN", "2000-09-06", "jiang-zemin"),
        ("prime_minister", "IND", "2000-03-21", "atal-bihari-vajpayee"),
        ("prime_minister", "JPN", "2003-12-09", "junichiro-koizumi"),
        ("president", "BRA", "2004-06-01", "luiz-inacio-lula-da-silva"),
        ("president", "ZAF", "2004-04-27", "thabo-mbeki"),
        ("prime_minister", "TUR", "2005-10-03", "recep-tayyip-erdogan"),
        ("foreign_minister", "USA", "2003-02-05", "colin-powell"),
        ("defence_minister", "USA", "2003-03-20", "donald-rumsfeld"),
        ("foreign_minister", "RUS", "2003-02-14", "igor-ivanov"),
        ("prime_minister", "ISR", "2002-04-01", "ariel-sharon"),
        ("president", "PSE", "2002-04-01", "yasser-arafat"),
        ("president", "IRQ", "2003-01-01", "saddam-hussein"),
        ("president", "IGOEUREEC", "2003-06-20", "romano-prodi"),
        ("secretary_general", "IGOUNO", "2003-03-20", "kofi-annan"),
    ],
)
def test_the_office_had_exactly_this_holder(
    kb: KnowledgeBase, office: str, country: str, day: str, holder: str
) -> None:
    assert holders(kb, office, country, day) == [holder]


def test_putin_was_prime_minister_before_his_first_presidency(kb: KnowledgeBase) -> None:
    assert holders(kb, "prime_minister", "RUS", "1999-08-16") == ["vladimir-putin"]
    assert holders(kb, "prime_minister", "RUS", "2000-01-15") == ["vladimir-putin"]
    # Handover day to Kasyanov, then Kasyanov alone.
    assert holders(kb, "prime_minister", "RUS", "2000-05-07") == ["mikhail-kasyanov", "vladimir-putin"]
    assert holders(kb, "prime_minister", "RUS", "2000-05-08") == ["mikhail-kasyanov"]
    assert holders(kb, "prime_minister", "RUS", "1999-05-20") == ["sergei-stepashin"]


def test_putin_was_acting_president_from_yeltsins_resignation(kb: KnowledgeBase) -> None:
    assert holders(kb, "president", "RUS", "1999-12-30") == ["boris-yeltsin"]
    assert holders(kb, "president", "RUS", "2000-03-01") == ["vladimir-putin"]
    assert holders(kb, "president", "RUS", "2010-01-01") == ["dmitry-medvedev"]


def test_the_seed_sentence_of_2003_resolves_both_leaders(kb: KnowledgeBase) -> None:
    """'President Vladimir Putin met German Chancellor Gerhard Schroeder in St Petersburg' (2003-04-11)."""
    day = "2003-04-11"
    assert codes_on(kb, "Vladimir Putin", day) == {"vladimir-putin": {"RUSGOV"}}
    assert codes_on(kb, "Putin", day) == {"vladimir-putin": {"RUSGOV"}}
    assert codes_on(kb, "Gerhard Schroeder", day) == {"gerhard-schroeder": {"DEUGOV"}}
    assert codes_on(kb, "Schroeder", day) == {"gerhard-schroeder": {"DEUGOV"}}
    assert codes_on(kb, "Schröder", day) == {"gerhard-schroeder": {"DEUGOV"}}


def test_the_cli_answer_for_schroeder_lists_his_chancellorship(kb: KnowledgeBase) -> None:
    (found,) = describe(kb, "Schroeder", dt.date(2003, 4, 11))
    assert found["id"] == "gerhard-schroeder"
    assert [(r["office"], r["code"]) for r in found["active_roles"]] == [("chancellor", "DEUGOV")]


def test_former_office_holders_have_no_active_role(kb: KnowledgeBase) -> None:
    """After their term people are elites to the coder, not the government."""
    assert codes_on(kb, "Yeltsin", "2003-04-11") == {"boris-yeltsin": set()}
    assert codes_on(kb, "Gerhard Schroeder", "2006-01-01") == {"gerhard-schroeder": set()}
    (clinton,) = kb.find_people("Bill Clinton")
    assert clinton.held_before("president", "USA", dt.date(2005, 1, 1))
    assert not clinton.held("president", "USA", dt.date(2005, 1, 1))


def test_existing_people_gained_earlier_roles_without_duplicates(kb: KnowledgeBase) -> None:
    erdogan = kb.people["recep-tayyip-erdogan"]
    assert erdogan.held("prime_minister", "TUR", dt.date(2005, 10, 3))
    assert erdogan.held("president", "TUR", dt.date(2020, 1, 1))
    assert not erdogan.held("president", "TUR", dt.date(2005, 10, 3))
    lula = kb.people["luiz-inacio-lula-da-silva"]
    assert lula.held("president", "BRA", dt.date(2004, 6, 1))
    assert not lula.held("president", "BRA", dt.date(2015, 1, 1))
    assert lula.held("president", "BRA", dt.date(2024, 1, 1))
    assert [p.id for p in kb.find_people("Lula")] == ["luiz-inacio-lula-da-silva"]
    assert [p.id for p in kb.find_people("Putin")] == ["vladimir-putin"]


@pytest.mark.parametrize(
    "form",
    # Shared surnames (two Bushes, two Clintons, two Aouns, two Hariris, two Sargsyans) and words
    # ("May", "Major", "Brown", "Straw", "Cook", "Rice", "Gates") are not aliases of anyone.
    [
        "Bush",
        "Clinton",
        "Aoun",
        "Hariri",
        "Sargsyan",
        "May",
        "Major",
        "Brown",
        "Straw",
        "Cook",
        "Rice",
        "Gates",
    ],
)
def test_ambiguous_surnames_and_common_words_name_nobody(kb: KnowledgeBase, form: str) -> None:
    assert kb.find_people(form) == ()


def test_two_bushes_are_told_apart_by_their_full_names(kb: KnowledgeBase) -> None:
    (father,) = kb.find_people("George H.W. Bush")
    (son,) = kb.find_people("George W. Bush")
    assert father.held("president", "USA", dt.date(1991, 1, 17))
    assert son.held("president", "USA", dt.date(2003, 3, 20))
    assert not son.held("president", "USA", dt.date(1991, 1, 17))
