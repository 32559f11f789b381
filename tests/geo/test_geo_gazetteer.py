"""Geocoding names as wire copy writes them, against the offline gazetteer."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.geo import Gazetteer
from eventwire.model import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def test_default_is_shared(gazetteer: Gazetteer) -> None:
    assert Gazetteer.default() is gazetteer


def test_anchorage_is_anchorage_alaska(gazetteer: Gazetteer) -> None:
    location = gazetteer.geocode("Anchorage")
    assert location is not None and location.country == "USA"
    assert location.lat == pytest.approx(61.2, abs=0.1) and location.lon == pytest.approx(-149.9, abs=0.1)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Moscow", "RUS"),
        ("MOSCOW", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Kijów", "UKR"),  # an accented alternate name from the city table
        ("the Kremlin", "RUS"),
        ("Kremlin’s", "RUS"),
        ("the White House", "USA"),
        ("UN headquarters", "USA"),
        ("U.N. headquarters", "USA"),
        ("UNITED NATIONS", "USA"),
        ("Geneva", "CHE"),
        ("Brussels", "BEL"),
        ("Gaza", "PSE"),
        ("the West Bank", "PSE"),
        ("Donbas", "UKR"),
        ("Crimea", "UKR"),
        ("Kursk region", "RUS"),
        ("Kharkiv", "UKR"),
        ("Bogota", "COL"),
        ("São Paulo", "BRA"),
        ("Pristina", "KSV"),  # CAMEO's Kosovo code, not the gazetteer's XKX
        ("Birmingham", "GBR"),  # most populous without a hint
    ],
)
def test_places_resolve_to_their_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    location = gazetteer.geocode(name)
    assert location is not None and location.country == country
    assert location.lat is not None and location.lon is not None


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Russia", "RUS", 61.7, 99.2),
        ("Ukraine", "UKR", 49.0, 31.4),
        ("the United States", "USA", 39.5, -99.1),
        ("U.S.", "USA", 39.5, -99.1),
        ("US", "USA", 39.5, -99.1),
        ("Britain", "GBR", 53.9, -2.7),
        ("Georgia", "GEO", 42.2, 43.5),
        ("Nigeria", "NGA", 9.5, 8.0),
        ("Kosovo", "KSV", 42.6, 21.0),
    ],
)
def test_countries_sit_at_their_centroid_not_their_capital(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    # Decision: "in Nigeria" says the country, not Abuja; a map puts it in the middle of the country.
    location = gazetteer.geocode(name)
    assert location is not None and location.country == country
    assert location.lat == pytest.approx(lat, abs=0.5) and location.lon == pytest.approx(lon, abs=0.5)


def test_kiev_and_kyiv_are_the_same_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.geocode("Kiev") == gazetteer.geocode("Kyiv") == gazetteer.geocode("KYIV, Ukraine")


def test_hint_picks_a_lesser_namesake_but_not_over_a_capital(gazetteer: Gazetteer) -> None:
    # Decision: a country hint is context, not an order. "Birmingham" in a US story is Alabama, but a
    # capital or a city 20x larger keeps its name: "Paris" in a US story is still Paris, France.
    birmingham = gazetteer.geocode("Birmingham", country_hint="USA")
    assert (
        birmingham is not None
        and birmingham.country == "USA"
        and birmingham.lat == pytest.approx(33.5, abs=0.2)
    )
    paris = gazetteer.geocode("Paris", country_hint="USA")
    assert paris is not None and paris.country == "FRA"
    moscow = gazetteer.geocode("Moscow", country_hint="usa")
    assert moscow is not None and moscow.country == "RUS"


def test_a_written_qualifier_is_a_strict_hint(gazetteer: Gazetteer) -> None:
    paris = gazetteer.geocode("Paris, Texas")
    assert paris is not None and paris.country == "USA"
    moscow = gazetteer.geocode("Moscow, Idaho")
    assert moscow is not None and moscow.country == "USA"
    anchorage = gazetteer.geocode("ANCHORAGE, Alaska")
    assert anchorage is not None and anchorage.country == "USA"


def test_multi_place_dateline_resolves_the_first(gazetteer: Gazetteer) -> None:
    location = gazetteer.geocode("ISLAMABAD/NEW DELHI")
    assert location is not None and location.country == "PAK"


@pytest.mark.parametrize(
    "name",
    ["Xyzzyville", "Eastern Europe", "Europe", "the West", "us", "in", "", "   ", "the", "'s", "Va.", "ME"],
)
def test_unknown_places_regions_and_words_are_none(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.geocode(name) is None


def test_country_code_accepts_names_aliases_and_capital_codes(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_code("Britain") == "GBR"
    assert gazetteer.country_code("UA") == "UKR"
    assert gazetteer.country_code("UKR") == "UKR"
    assert gazetteer.country_code("ua") is None


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=8)))
def test_geocode_never_raises(gazetteer: Gazetteer, name: str, hint: str | None) -> None:
    location = gazetteer.geocode(name, country_hint=hint)
    assert location is None or isinstance(location, Location)
