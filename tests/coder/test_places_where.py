"""Where: qualified places, datelines in every wire form, a visit's destination, the subject's place."""
# ruff: noqa: E501  (tables of wire sentences read best one case a line)

from __future__ import annotations

import pytest

from eventwire.coder import Coder
from eventwire.model import Event


def _event(coder: Coder, text: str, day: str, cameo_root: str) -> Event:
    events = [e for e in coder.code(text, date=day).events if e.cameo.startswith(cameo_root)]
    assert events, f"no {cameo_root}x event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "day", "root", "name", "country", "lat", "lon"),
    [
        # br-01, br-03: "City, State" in running text
        ("Police arrested twelve protesters near Bangor, Maine, on Tuesday.", "2025-02-11", "17", "Bangor", "USA", 44.8, -68.8),
        ("U.S. police arrested two men in Arlington, Virginia, on Monday.", "2025-03-04", "17", "Arlington", "USA", 38.88, -77.1),
        ("Police arrested three protesters in Portland, Ore., on Friday.", "2025-03-08", "17", "Portland", "USA", 45.52, -122.68),
        ("Police detained two activists in Arlington, Va., on Sunday.", "2025-03-10", "17", "Arlington", "USA", 38.88, -77.1),
        # br-05, br-28: the place of the subject ("Police in X") locates the act
        ("Police in Atlanta, Georgia, detained thirty protesters on Saturday.", "2025-05-10", "17", "Atlanta", "USA", 33.75, -84.39),
        ("Police in Montreal arrested dozens of protesters on Saturday.", "2025-04-12", "17", "Montr", "CAN", 45.5, -73.59),
        ("Police in Belfast, Northern Ireland, arrested four protesters on Friday.", "2025-04-12", "17", "Belfast", "GBR", 54.6, -5.93),
    ],
)  # fmt: skip
def test_qualified_places_choose_the_right_namesake(
    coder: Coder, text: str, day: str, root: str, name: str, country: str, lat: float, lon: float
) -> None:
    location = _event(coder, text, day, root).location
    assert location is not None and location.name.startswith(name) and location.country == country
    assert location.lat == pytest.approx(lat, abs=0.5) and location.lon == pytest.approx(lon, abs=0.5)


@pytest.mark.parametrize(
    ("text", "day", "root", "source", "country"),
    [
        # rn-16, br-06: the dateline's place gives the document's default country
        ("LAGOS: Police fired tear gas at protesters outside the state assembly on Tuesday.", "2024-08-06", "17", "NGACOP", "NGA"),
        ("KARACHI: Police arrested five protesters after a raid on Monday.", "2024-08-06", "17", "PAKCOP", "PAK"),
        ("KINGSTON, Ontario (CP) -- Canadian police arrested two protesters on Thursday, officials said.", "2025-05-30", "17", "CANCOP", "CAN"),
        ("BANGOR, Maine (AP) -- Police arrested two protesters on Thursday.", "2025-05-30", "17", "USACOP", "USA"),
        ("By Jane Doe\nNAIROBI, Kenya -- Police arrested ten protesters on Monday.", "2025-06-10", "17", "KENCOP", "KEN"),
        ("HARARE (Reuters) - Police arrested an opposition leader on Monday.", "2025-06-10", "17", "ZWECOP", "ZWE"),
    ],
)  # fmt: skip
def test_datelines_place_the_story(
    coder: Coder, text: str, day: str, root: str, source: str, country: str
) -> None:
    event = _event(coder, text, day, root)
    assert event.source.code == source
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        # br-21: the destination of a visit is where it takes place
        ("Chinese Foreign Minister Wang Yi traveled to the United States on Monday for talks.", "2025-06-02", "USA"),
        ("German Chancellor Friedrich Merz flew to Kyiv on Tuesday for talks.", "2025-06-03", "UKR"),
        ("Indian Prime Minister Narendra Modi traveled to Japan on Friday for talks.", "2025-06-06", "JPN"),
    ],
)  # fmt: skip
def test_a_visits_destination_is_its_location(coder: Coder, text: str, day: str, country: str) -> None:
    events = coder.code(text, date=day).events
    assert events and all(e.location is not None and e.location.country == country for e in events)


def test_a_us_state_on_its_own_is_located(coder: Coder) -> None:
    # br-18: "in Alaska"
    event = _event(
        coder,
        "Russian President Vladimir Putin met former President Donald Trump in Alaska.",
        "2025-08-07",
        "04",
    )
    assert event.location is not None and event.location.country == "USA"
    assert event.location.name == "Alaska"


def test_a_country_as_a_place_sits_at_its_centroid(coder: Coder) -> None:
    event = _event(coder, "Russian forces attacked targets in Ukraine on Monday.", "2025-06-03", "1")
    assert event.location is not None and event.location.country == "UKR"
    assert event.location.lat == pytest.approx(49.0, abs=1) and event.location.lon == pytest.approx(
        31.4, abs=1
    )
