"""The same-event rule of event clusters: actors agree at the country level (issue #11 item 5)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eventwire.stories.event_clusters import (
    ClusterKey,
    country_of,
    joins_story,
    same_actor,
    same_dyad,
    same_event,
)

DAY = dt.date(2014, 4, 14)


def key(source: str | None, target: str | None, root: str = "18", factuality: str = "asserted") -> ClusterKey:
    return ClusterKey(source, target, root, factuality)


def test_country_of_reads_the_state_from_the_code() -> None:
    assert country_of("NGAEDU") == "NGA"
    assert country_of("NGA") == "NGA"
    assert country_of("---UAF") is None
    assert country_of("IGOUNO") is None
    assert country_of(None) is None
    assert country_of("XYZ", "NGA") == "NGA"


def test_sectors_of_one_state_are_one_actor() -> None:
    assert same_actor("NGA", "NGAEDU")
    assert same_actor("NGACVL", "NGAEDU")
    assert not same_actor("NGACVL", "CMRCVL")
    assert not same_actor("---UAF", "---CVL")
    assert same_actor("---UAF", "---UAF")
    assert not same_actor("IGOUNO", "IGONATO")


def test_two_wires_on_one_abduction_are_one_event() -> None:
    # "abducted more than 200 Nigerian schoolgirls" / "kidnapped about 230 Nigerian students"
    first, second = key("NGAINS", "NGACVL"), key("NGAINS", "NGAEDU")
    assert same_event(first, DAY, 1, second, DAY, 2)
    assert same_event(first, DAY, None, key("NGAINS", None), DAY + dt.timedelta(days=1), None)


def test_different_states_roots_factualities_or_dates_stay_apart() -> None:
    first = key("NGAINS", "NGACVL")
    assert not same_dyad(first, key("NGAINS", "CMRCVL"))
    assert not same_dyad(first, key("NGAINS", "NGACVL", root="19"))
    assert not same_dyad(first, key("NGAINS", "NGACVL", factuality="planned"))
    assert not same_event(first, DAY, 1, key("NGAINS", "NGAEDU"), DAY + dt.timedelta(days=5), 2)


def test_only_material_conflict_between_two_sides_joins_stories() -> None:
    assert joins_story(key("NGAINS", "NGAEDU", root="18"))
    assert not joins_story(key("NGAINS", None, root="18"))
    assert not joins_story(key("NGAGOV", "USAGOV", root="04"))


CODES = st.sampled_from(["NGA", "NGAEDU", "NGACVL", "CMR", "---UAF", "IGOUNO", None])


@given(CODES, CODES, CODES, CODES)
def test_same_dyad_is_symmetric(s1: str | None, t1: str | None, s2: str | None, t2: str | None) -> None:
    a, b = key(s1, t1), key(s2, t2)
    assert same_dyad(a, b) == same_dyad(b, a)
    assert same_dyad(a, a)
