"""Open-world actor data: agent nouns by sector, parties, first-level units and non-political words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.knowledge import KnowledgeBase, KnowledgeError, normalise
from eventwire.knowledge.lookup import key_of

BASE: dict[str, Any] = {
    "countries": [
        {
            "code": "RUS",
            "iso3": "RUS",
            "name": "Russia",
            "aliases": [],
            "adjectives": ["Russian"],
            "demonyms": [],
            "capital": "Moscow",
            "metonyms": [],
        }
    ],
    "organisations": [],
    "sectors": [{"code": "GOV", "label": "Government", "terms": ["government"]}],
    "offices": [],
}


def write(root: Path, **files: Any) -> Path:
    """A small valid data directory with the extra files given."""
    for name, content in {**BASE, **files}.items():
        (root / f"{name}.json").write_text(json.dumps(content), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def sectors_of(kb: KnowledgeBase, text: str) -> set[str]:
    return {d.key for d in kb.surface_forms().get(normalise(text), ()) if d.kind == "sector"}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("gunmen", "UAF"),
        ("unidentified armed men", "UAF"),
        ("kidnappers", "UAF"),
        ("bandits", "UAF"),
        ("troopers", "COP"),
        ("constables", "COP"),
        ("a suicide bomber".removeprefix("a "), "REB"),
        ("militants", "INS"),
        ("jihadists", "INS"),
        ("magistrates", "JUD"),
        ("state senator", "LEG"),
        ("city councilman", "LEG"),
        ("councillors", "LEG"),
        ("senate majority leader", "LEG"),
        ("chief minister", "GOV"),
        ("justice ministry", "GOV"),
        ("a man".removeprefix("a "), "CVL"),
        ("schoolgirls", "CVL"),
        ("worshippers", "CVL"),
        ("principals", "EDU"),
        ("health workers", "HLH"),
        ("bloggers", "MED"),
        ("asylum seekers", "REF"),
        ("national commission on human rights", "HRI"),
        ("opposition blogger", "OPP"),
        ("protesters", "OPP"),
        ("drug cartels", "CRM"),
        ("herdsmen", "AGR"),
        ("clerics", "REL"),
    ],
)
def test_agent_nouns_have_their_sector(kb: KnowledgeBase, text: str, sector: str) -> None:
    assert sector in sectors_of(kb, text)


def test_hundreds_of_agent_nouns_and_no_term_in_two_sectors_but_officer(kb: KnowledgeBase) -> None:
    terms = [normalise(term) for sector in kb.sectors.values() for term in sector.terms]
    assert len(terms) >= 1000
    twice = {term for term in terms if terms.count(term) > 1}
    assert twice == {"officer", "officers"}  # a police officer or an army officer: the text decides


def test_suicide_bomber_is_a_rebel_and_bombers_stay_aircraft(kb: KnowledgeBase) -> None:
    # the shared case rn-26 codes a suicide bomber REB (CAMEO's armed rebels), militants stay INS
    assert sectors_of(kb, "suicide bomber") == {"REB"}
    assert sectors_of(kb, "militants") == {"INS"}
    assert sectors_of(kb, "bombers") == {"MIL"}


def test_parties_by_name_alias_adjective_and_members(kb: KnowledgeBase) -> None:
    assert len(kb.parties) >= 150
    for name, expected in [
        ("GOP", "us-republican-party"),
        ("Republican", "us-republican-party"),
        ("Democrats", "us-democratic-party"),
        ("Labour", "gb-labour"),
        ("Tory", "gb-conservative"),
        ("Lib Dems", "gb-liberal-democrats"),
        ("SNP", "gb-snp"),
        ("Reform UK", "gb-reform-uk"),
        ("Likud", "il-likud"),
        ("the ANC", "za-anc"),
        ("AKP", "tr-akp"),
        ("LDP", None),  # Japan's or Russia's: needs the country
    ]:
        party = kb.party(name)
        assert (party.id if party else None) == expected, name
    ldp = kb.party("LDP", "JPN")
    assert ldp is not None and ldp.id == "jp-ldp"


def test_context_aliases_need_the_country(kb: KnowledgeBase) -> None:
    assert kb.party("Congress") is None
    assert kb.party("Congress", "IND") is not None
    assert kb.party("Tories", "CAN") is not None and kb.party("Tories", "CAN") != kb.party("Tories")
    assert {p.country for p in kb.find_parties("PT", "BRA")} == {"BRA"}
    assert kb.party("PT", "MEX") is not None and kb.party("PT", "MEX") != kb.party("PT", "BRA")


def test_party_acronyms_need_capitals(kb: KnowledgeBase) -> None:
    assert kb.party("DA", "ZAF") is not None
    assert kb.party("da", "ZAF") is None
    assert kb.party("pan", "MEX") is None


def test_party_dates(kb: KnowledgeBase) -> None:
    assert kb.party("Baath", "SYR", dt.date(2020, 1, 1)) is not None
    assert kb.party("Baath", "SYR", dt.date(2025, 6, 1)) is None
    assert kb.party("DPJ", day=dt.date(2010, 1, 1)) is not None
    assert kb.party("DPJ", day=dt.date(2020, 1, 1)) is None


def test_every_party_country_is_known_and_g20_is_covered(kb: KnowledgeBase) -> None:
    countries = {party.country for party in kb.parties.values()}
    assert countries <= set(kb.countries)
    g20 = [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
    ]
    assert set(g20) <= countries
    assert "SAU" not in countries  # no political parties


def test_subnational_lookups(kb: KnowledgeBase) -> None:
    assert [unit.country for unit in kb.subnational("Punjab")] == ["IND", "PAK"]
    assert [unit.id for unit in kb.subnational("Va.")] == ["US-VA"]
    assert [unit.id for unit in kb.subnational("Calif.")] == ["US-CA"]
    assert [unit.id for unit in kb.subnational("Ont.")] == ["CA-ON"]
    assert [unit.country for unit in kb.subnational("Northern Ireland")] == ["GBR"]
    assert [unit.country for unit in kb.subnational("Kaduna state")] == ["NGA"]
    assert [unit.id for unit in kb.subnational("Punjab", "PAK")] == ["PK-PB"]
    georgia = kb.subnational("Georgia")
    assert [unit.id for unit in georgia] == ["US-GA"] and georgia[0].shared_with == ("GEO",)
    assert kb.subnational("OR") == ()
    assert [unit.name for unit in kb.subnational("OR", postal=True)] == ["Oregon"]
    assert kb.subnational("Texas")[0].lat == pytest.approx(31.5, abs=1)


def test_subnational_coverage_and_codes(kb: KnowledgeBase) -> None:
    units = list(kb.subnational_units.values())
    by_country: dict[str, int] = {}
    for unit in units:
        by_country[unit.country] = by_country.get(unit.country, 0) + 1
    assert by_country["USA"] >= 51 and by_country["IND"] == 36 and by_country["NGA"] == 37
    assert by_country["CAN"] == 13 and by_country["MEX"] == 32 and by_country["BRA"] == 27
    assert by_country["UKR"] == 27 and by_country["DEU"] == 16 and by_country["GBR"] == 4
    for unit in units:
        assert unit.adm1 is None or unit.adm1.startswith(unit.id.split("-")[0] + "-")


def test_shared_with_is_complete(kb: KnowledgeBase) -> None:
    """A unit's name or alias that names another country (name, alias, capital) or another country's unit
    is listed in ``shared_with``: the flag the geocoder and the actor coder rely on."""
    names: dict[str, set[str]] = {}
    for country in kb.countries.values():
        for form in (country.name, *country.aliases, *country.adjectives, *country.demonyms):
            names.setdefault(key_of(form), set()).add(country.code)
        places = [metonym.text for metonym in country.metonyms]
        for form in [*places, country.capital] if country.capital else places:
            names.setdefault(key_of(form), set()).add(country.code)
    for unit in kb.subnational_units.values():
        names_of_unit = {key_of(form) for form in (unit.name, *unit.aliases)}
        for other in kb.subnational_units.values():
            if other.country != unit.country and names_of_unit & {
                key_of(f) for f in (other.name, *other.aliases)
            }:
                assert other.country in unit.shared_with, unit.id
        for form in names_of_unit:
            assert names.get(form, set()) - {unit.country} <= set(unit.shared_with), (unit.id, form)


def test_non_political_lists(kb: KnowledgeBase) -> None:
    lists = kb.non_political
    for list_id in (
        "team_nouns",
        "sport_bodies",
        "sport_context",
        "entertainment_context",
        "business_context",
    ):
        assert list_id in lists.lists
    assert lists.has("team_nouns", "squad")
    assert lists.has("team_nouns", "XI")
    assert not lists.has("team_nouns", "xi")  # acronym-like forms need capitals
    assert lists.has("sport_bodies", "athletics federation")
    assert lists.has("sport_context", "World Cup") and lists.has("sport_context", "qualifier")
    assert "sport_context" in lists.kinds("late winner")
    assert lists.has("entertainment_context", "box office")
    assert lists.has("business_context", "quarterly")
    assert not lists.has("nope", "squad")
    assert "squad" in lists.terms("team_nouns") and lists.terms("nope") == frozenset()


def test_the_new_files_are_optional_for_user_directories(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_directory(write(tmp_path))
    assert kb.parties == {} and kb.subnational("Texas") == () and kb.non_political.kinds("goal") == ()


PARTY: dict[str, Any] = {
    "id": "ru-united-russia",
    "name": "United Russia",
    "country": "RUS",
    "aliases": [],
    "adjectives": [],
    "members": [],
    "context_aliases": [],
    "start": "2001-12-01",
    "end": None,
}
UNIT: dict[str, Any] = {
    "id": "RU-KGD",
    "name": "Kaliningrad region",
    "aliases": [],
    "abbreviations": [],
    "postal": None,
    "country": "RUS",
    "adm1": "RU-KGD",
    "lat": 54.8,
    "lon": 21.5,
    "shared_with": [],
}
WORDS: dict[str, Any] = {"id": "team_nouns", "about": "teams", "terms": ["team", "squad"]}


def test_small_extra_files_load(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_directory(
        write(tmp_path, parties=[PARTY], subnational=[UNIT], non_political=[WORDS])
    )
    assert kb.party("united russia") == kb.parties["ru-united-russia"]
    assert kb.subnational("Kaliningrad Region")[0].adm1 == "RU-KGD"
    assert kb.non_political.has("team_nouns", "Team")


@pytest.mark.parametrize(
    ("overrides", "file", "fragment"),
    [
        ({"parties": [{**PARTY, "country": "XXX"}]}, "parties.json", "'ru-united-russia': unknown country"),
        ({"parties": [PARTY, PARTY]}, "parties.json", "duplicate party id"),
        (
            {"parties": [{**PARTY, "start": "2001-13-01"}]},
            "parties.json",
            "entry 0 ('ru-united-russia'): 'start' is not a real date",
        ),
        ({"parties": [{**PARTY, "end": "1990-01-01"}]}, "parties.json", "after it ends"),
        ({"parties": [{**PARTY, "aliases": "UR"}]}, "parties.json", "'aliases' must be a list"),
        ({"subnational": [{**UNIT, "lat": 95}]}, "subnational.json", "('RU-KGD'): 'lat' must be a number"),
        ({"subnational": [{**UNIT, "lon": "21.5"}]}, "subnational.json", "'lon' must be a number"),
        ({"subnational": [{**UNIT, "country": "XXX"}]}, "subnational.json", "unknown country"),
        ({"subnational": [{**UNIT, "shared_with": ["RUS"]}]}, "subnational.json", "'shared_with'"),
        ({"subnational": [UNIT, UNIT]}, "subnational.json", "duplicate subnational id"),
        ({"non_political": [{**WORDS, "terms": []}]}, "non_political.json", "must not be empty"),
        ({"non_political": [{**WORDS, "terms": ["Team", "team"]}]}, "non_political.json", "listed twice"),
        ({"non_political": [WORDS, WORDS]}, "non_political.json", "duplicate list id"),
        ({"non_political": {"team": []}}, "non_political.json", "expected a JSON list"),
    ],
)
def test_bad_extra_files_name_file_and_entry(
    tmp_path: Path, overrides: dict[str, Any], file: str, fragment: str
) -> None:
    with pytest.raises(KnowledgeError) as caught:
        KnowledgeBase.from_directory(write(tmp_path, **overrides))
    message = str(caught.value)
    assert file in message and fragment in message
