"""The packaged knowledge data: complete, consistent, and findable by the forms news text uses."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.knowledge import Denotation, KnowledgeBase, normalise


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_default_is_loaded_once(kb: KnowledgeBase) -> None:
    assert KnowledgeBase.default() is kb
    assert kb.surface_forms() is kb.surface_forms()


def test_all_un_members_observers_kosovo_and_taiwan(kb: KnowledgeBase) -> None:
    assert len(kb.countries) == 193 + 2 + 2
    for code in ("VAT", "PSE", "KSV", "TWN", "SSD", "TMP", "ROM"):
        assert code in kb.countries


def test_codes_and_iso3_are_unique_and_well_formed(kb: KnowledgeBase) -> None:
    iso3 = [country.iso3 for country in kb.countries.values()]
    assert len(set(iso3)) == len(iso3)
    assert all(len(code) == 3 and code.isupper() for code in [*kb.countries, *iso3])
    assert kb.countries["KSV"].iso3 == "XKX"


def test_every_sector_reference_is_a_known_sector(kb: KnowledgeBase) -> None:
    for country in kb.countries.values():
        assert {metonym.sector for metonym in country.metonyms} <= set(kb.sectors), country.code
    for office in kb.offices.values():
        assert office.sector in kb.sectors, office.id


def test_every_capital_is_a_metonym_unless_it_is_the_country_name(kb: KnowledgeBase) -> None:
    for country in kb.countries.values():
        texts = {metonym.text for metonym in country.metonyms}
        if country.capital and country.capital != country.name and country.code != "PSE":
            assert country.capital in texts, country.code


def test_organisation_parents_exist(kb: KnowledgeBase) -> None:
    for organisation in kb.organisations.values():
        assert organisation.kind in ("igo", "ngo", "img")
        assert organisation.parent is None or organisation.parent in kb.organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", Denotation("metonym", "RUS", "GOV")),
        ("The  Kremlin", Denotation("metonym", "RUS", "GOV")),
        ("the Pentagon", Denotation("metonym", "USA", "MIL")),
        ("Kyiv", Denotation("metonym", "UKR", "GOV")),
        ("Kiev", Denotation("metonym", "UKR", "GOV")),
        ("Downing Street", Denotation("metonym", "GBR", "GOV")),
        ("U.S.", Denotation("country", "USA")),
        ("United States of America", Denotation("country", "USA")),
        ("Britain", Denotation("country", "GBR")),
        ("DPRK", Denotation("country", "PRK")),
        ("Russian Federation", Denotation("country", "RUS")),
        ("Ukrainian", Denotation("country_adjective", "UKR")),
        ("American", Denotation("country_adjective", "USA")),
        ("Russians", Denotation("demonym", "RUS")),
        ("UN", Denotation("organisation", "IGOUNO")),
        ("U.N.", Denotation("organisation", "IGOUNO")),
        ("United Nations", Denotation("organisation", "IGOUNO")),
        ("NATO", Denotation("organisation", "IGOWSTNAT")),
        ("European Union", Denotation("organisation", "IGOEUREEC")),
        ("police", Denotation("sector", "COP", "COP")),
        ("rebels", Denotation("sector", "REB", "REB")),
        ("deputy UN ambassador", Denotation("office", "deputy_un_ambassador", "GOV")),
        ("foreign secretary", Denotation("office", "foreign_minister", "GOV")),
        ("Côte d’Ivoire", Denotation("country", "CIV")),
    ],
)
def test_surface_forms(kb: KnowledgeBase, text: str, expected: Denotation) -> None:
    assert expected in kb.surface_forms()[normalise(text)]


def test_surface_form_keys_are_normal(kb: KnowledgeBase) -> None:
    assert all(key == normalise(key) for key in kb.surface_forms())


def test_ambiguous_forms_keep_every_meaning(kb: KnowledgeBase) -> None:
    keys = {d.key for d in kb.surface_forms()["congolese"]}
    assert keys == {"COD", "COG"}


def test_acronyms_need_capitals_in_running_text(kb: KnowledgeBase) -> None:
    assert kb.matches_case("US")
    assert not kb.matches_case("us")
    assert not kb.matches_case("pm")
    assert kb.matches_case("PM")
    assert kb.matches_case("russia")


def test_actor_code(kb: KnowledgeBase) -> None:
    assert kb.actor_code("RUS", "GOV") == "RUSGOV"
    assert kb.actor_code("IGOUNO", None) == "IGOUNO"
    assert kb.actor_code(None, "REB") == "REB"


def test_people_roles_are_readable(kb: KnowledgeBase) -> None:
    for person in kb.people.values():
        for role in person.roles:
            assert role.office in kb.offices
            assert role.country in kb.countries or role.country in kb.organisations
            assert role.end is None or role.start <= role.end
    assert all(isinstance(person.roles_on(dt.date(2024, 1, 1)), tuple) for person in kb.people.values())
