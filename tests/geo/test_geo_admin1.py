"""States, provinces and nations: qualifiers after a city, wire abbreviations, units named on their own."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.geo import Gazetteer
from eventwire.model import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Bangor, Maine", "USA", 44.8, -68.8),  # not Bangor, Northern Ireland (bigger in the table)
        ("Bangor, Northern Ireland", "GBR", 54.66, -5.67),
        ("Arlington, Virginia", "USA", 38.88, -77.1),  # not Arlington, Texas (the most populous)
        ("Arlington, Va.", "USA", 38.88, -77.1),
        ("ARLINGTON, Va.", "USA", 38.88, -77.1),
        ("Atlanta, Georgia", "USA", 33.75, -84.39),  # the state, not the country
        ("Savannah, Ga.", "USA", 32.08, -81.1),
        ("Tbilisi, Georgia", "GEO", 41.69, 44.83),  # the country, when the city is there
        ("Kingston, Ontario", "CAN", 44.23, -76.48),  # not Kingston, Jamaica
        ("Kingston, Ont.", "CAN", 44.23, -76.48),
        ("Victoria, B.C.", "CAN", 48.43, -123.35),
        ("Portland, Ore.", "USA", 45.52, -122.68),
        ("Portland, OR", "USA", 45.52, -122.68),
        ("Portland, Maine", "USA", 43.66, -70.26),
        ("Seattle, Washington", "USA", 47.6, -122.33),
        ("Washington, D.C.", "USA", 38.9, -77.04),
        ("Lucknow, Uttar Pradesh", "IND", 26.84, 80.92),
        ("Perth, Western Australia", "AUS", -31.95, 115.86),
        ("Belfast, Northern Ireland", "GBR", 54.6, -5.93),
    ],
)
def test_a_qualifier_picks_the_city_inside_the_unit(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    location = gazetteer.geocode(name)
    assert location is not None and location.country == country
    assert location.lat == pytest.approx(lat, abs=0.3) and location.lon == pytest.approx(lon, abs=0.3)


@pytest.mark.parametrize(
    ("name", "country", "unit"),
    [
        ("Alaska", "USA", "Alaska"),
        ("Maine", "USA", "Maine"),  # not "Des Plaines", whose alternate names include Maine
        ("Ontario", "CAN", "Ontario"),  # not Ontario, California
        ("Scotland", "GBR", "Scotland"),
        ("Wales", "GBR", "Wales"),
        ("Northern Ireland", "GBR", "Northern Ireland"),
        ("Orissa", "IND", "Odisha"),
        ("the state of Georgia", "USA", "Georgia"),
        ("the U.S. state of Georgia", "USA", "Georgia"),
        ("Georgia state", "USA", "Georgia"),
    ],
)
def test_units_named_on_their_own(gazetteer: Gazetteer, name: str, country: str, unit: str) -> None:
    location = gazetteer.geocode(name)
    assert location is not None and (location.name, location.country) == (unit, country)
    assert location.lat is not None and location.lon is not None


def test_a_name_shared_with_a_country_is_the_country_unless_the_context_says_state(
    gazetteer: Gazetteer,
) -> None:
    country = gazetteer.geocode("Georgia")
    assert country is not None and country.country == "GEO"
    state = gazetteer.geocode("Georgia", country_hint="USA")
    assert state is not None and state.country == "USA"


def test_a_town_the_table_lacks_is_put_at_its_unit(gazetteer: Gazetteer) -> None:
    location = gazetteer.geocode("County Down, Northern Ireland")
    assert location is not None and location.name == "County Down" and location.country == "GBR"
    assert location.lat == pytest.approx(54.6, abs=1)
    smalltown = gazetteer.geocode("Millinocket, Maine")
    assert smalltown is not None and smalltown.country == "USA"


def test_a_city_not_in_the_named_country_is_no_guess(gazetteer: Gazetteer) -> None:
    assert gazetteer.geocode("Atlanta, France") is None


def test_qualifier_and_unit_lookups(gazetteer: Gazetteer) -> None:
    assert (
        gazetteer.is_qualifier("Va.") and gazetteer.is_qualifier("Ont.") and gazetteer.is_qualifier("France")
    )
    assert not gazetteer.is_qualifier("Odesa") and not gazetteer.is_qualifier("in")
    unit = gazetteer.admin1("Maine")
    assert unit is not None and unit.country == "USA" and unit.code == "ME"
    assert gazetteer.admin1("Xyzzy") is None


qualified = st.tuples(
    st.text(max_size=40),
    st.one_of(st.text(max_size=30), st.sampled_from(["Maine", "Va.", "ME", "Georgia", "Ont.", "N. Ireland"])),
).map(", ".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qualified, st.one_of(st.none(), st.sampled_from(["USA", "GEO", "CAN", "xx"])))
def test_qualified_names_never_raise(gazetteer: Gazetteer, name: str, hint: str | None) -> None:
    location = gazetteer.geocode(name, country_hint=hint)
    assert location is None or isinstance(location, Location)
    assert isinstance(gazetteer.is_qualifier(name), bool)


# ------------------------------------------------------------------ units shared by several countries
@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Lahore, Punjab", "PAK"),
        ("Amritsar, Punjab", "IND"),
        ("Hyderabad, Sindh", "PAK"),
        ("Hyderabad, Telangana", "IND"),
        ("Quetta, Balochistan", "PAK"),
    ],
)
def test_a_city_picks_the_unit_of_its_own_country(name: str, country: str) -> None:
    found = Gazetteer.default().geocode(name)
    assert found is not None and found.country == country and found.name == name.split(",")[0]


def test_a_unit_shared_by_two_countries_is_left_unresolved_without_a_hint() -> None:
    gazetteer = Gazetteer.default()
    assert gazetteer.geocode("Punjab") is None
    assert gazetteer.geocode("Punjab province") is None
    assert gazetteer.geocode("Smalltown, Punjab") is None
    hinted = gazetteer.geocode("Punjab", country_hint="PAK")
    assert hinted is not None and hinted.country == "PAK"


def test_units_from_the_knowledge_base_are_places_at_their_centre() -> None:
    bavaria = Gazetteer.default().geocode("Bavaria")
    assert bavaria is not None and bavaria.country == "DEU" and bavaria.lat == pytest.approx(48.9, abs=1)
