"""Unit tests of the case judge (``judge.py``) on hand-built event dicts, and a property: it never raises."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from .judge import actor_matches, event_matches, fold, forbidden, is_store_level, judge


def actor(code: str | None, country: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"code": code, "country": country, **extra}


def event(
    source: dict[str, Any] | None,
    target: dict[str, Any] | None,
    cameo: str = "173",
    factuality: str = "asserted",
    **extra: Any,
) -> dict[str, Any]:
    return {"source": source, "target": target, "cameo": cameo, "factuality": factuality, **extra}


POLICE = actor("USACOP", "USA")
PROTESTERS = actor("USAOPP", "USA")
ARREST = event(POLICE, PROTESTERS)


# ------------------------------------------------------------------------------------------ actor patterns
def test_star_and_none_match_anything_even_no_actor() -> None:
    for pattern in ("*", None):
        assert actor_matches(pattern, POLICE)
        assert actor_matches(pattern, None)


def test_country_star_matches_code_prefix_or_country_field() -> None:
    assert actor_matches("USA*", POLICE)
    assert actor_matches("USA*", actor("---GOV", "USA"))
    assert actor_matches("USA*", actor("USA", None))
    assert not actor_matches("USA*", actor("CANCOP", "CAN"))
    assert not actor_matches("USA*", None)


def test_exact_code_matches_itself_and_longer_codes_only() -> None:
    assert actor_matches("USACOP", POLICE)
    assert actor_matches("USA", POLICE)
    assert actor_matches("NGAINS", actor("NGAINSBKH", "NGA"))
    assert not actor_matches("USACOPX", POLICE)
    assert not actor_matches("USAGOV", POLICE)
    assert not actor_matches("USA", actor("---", "USA"))


def test_unknown_country_pattern() -> None:
    assert actor_matches("---", None)
    assert actor_matches("---", {})
    assert actor_matches("---", actor("---UAF", None))
    assert actor_matches("---", actor("UAF", None))
    assert not actor_matches("---", POLICE)
    assert actor_matches("---UAF", actor("---UAF", None))
    assert not actor_matches("---UAF", actor("---CVL", None))
    assert actor_matches("---UAF", None)


# ------------------------------------------------------------------------------------------ event patterns
def test_null_target_accepts_any_target_or_none() -> None:
    pattern = {"source": "USACOP", "target": None, "cameo": "173"}
    assert event_matches(pattern, ARREST)
    assert event_matches(pattern, event(POLICE, None))


def test_cameo_is_judged_at_the_root() -> None:
    assert event_matches({"cameo": "170"}, ARREST)
    assert event_matches({"cameo": "1831"}, event(POLICE, None, cameo="183"))
    assert event_matches({"cameo": "11*"}, event(POLICE, None, cameo="114"))
    assert event_matches({"cameo": "19*"}, event(POLICE, None, cameo="195"))
    assert not event_matches({"cameo": "190"}, ARREST)
    assert not event_matches({"cameo": "173"}, event(POLICE, PROTESTERS, cameo=None))  # type: ignore[arg-type]


def test_factuality_is_exact() -> None:
    assert event_matches({"factuality": "asserted"}, ARREST)
    assert not event_matches({"factuality": "planned"}, ARREST)
    assert event_matches({}, ARREST)


def test_location_name_country_and_tolerance() -> None:
    place = {"name": "Montréal", "country": "CAN", "lat": 45.5, "lon": -73.6}
    got = event(POLICE, PROTESTERS, location=place)
    assert event_matches({"location": {"name": "Montreal", "country": "CAN"}}, got)
    assert event_matches({"location": {"name": "mont"}}, got)
    assert not event_matches({"location": {"name": "Toronto"}}, got)
    assert not event_matches({"location": {"country": "USA"}}, got)
    assert event_matches({"location": {"lat": 45.9, "lon": -73.2}}, got)
    assert not event_matches({"location": {"lat": 46.1, "lon": -73.6}}, got)
    assert not event_matches({"location": {"lat": 45.5, "lon": -74.2}}, got)
    assert not event_matches({"location": {"lat": 45.5, "lon": -73.6}}, ARREST)
    assert not event_matches({"location": {"country": "CAN"}}, event(POLICE, None, location=None))


def test_time_start_and_end_are_exact() -> None:
    got = event(POLICE, PROTESTERS, time={"start": "2025-02-19", "end": "2025-02-19"})
    assert event_matches({"time": {"start": "2025-02-19"}}, got)
    assert event_matches({"time": {"start": "2025-02-19", "end": "2025-02-19"}}, got)
    assert not event_matches({"time": {"end": "2025-02-20"}}, got)
    assert not event_matches({"time": {"start": "2025-02-19"}}, ARREST)


def test_fold_drops_accents_and_case() -> None:
    assert fold("Kandahār") == "kandahar"
    assert fold(None) == ""


# ------------------------------------------------------------------------------------------ whole cases
def test_expect_passes_and_fails_with_a_reason() -> None:
    case = {"expect": [{"source": "USACOP", "target": "USA*", "cameo": "173", "factuality": "asserted"}]}
    assert judge(case, {"events": [ARREST]}) == []
    assert judge(case, {"events": []}) == ["missing USACOP -173-> USA* asserted"]


def test_every_expected_pattern_must_be_matched() -> None:
    both = [{"source": "RUS", "target": "KAZ", "cameo": "057"}, {"source": "KAZ", "target": "RUS"}]
    case = {"expect": both}
    one_way = event(actor("RUS", "RUS"), actor("KAZ", "KAZ"), cameo="057")
    assert len(judge(case, {"events": [one_way]})) == 1
    other_way = event(actor("KAZ", "KAZ"), actor("RUS", "RUS"), cameo="057")
    assert judge(case, {"events": [one_way, other_way]}) == []


def test_expect_any_needs_one_alternative() -> None:
    case = {"expect_any": [{"source": "ISR*", "cameo": "046", "factuality": "negated"}, {"cameo": "125"}]}
    assert judge(case, {"events": [event(actor("ISRGOV", "ISR"), None, "046", "negated")]}) == []
    assert judge(case, {"events": [event(None, None, "125")]}) == []
    assert judge(case, {"events": [event(actor("ISRGOV", "ISR"), None, "010")]}) == [
        "none of the accepted alternatives"
    ]


def test_no_events() -> None:
    case = {"expect": [], "no_events": True}
    assert judge(case, {"events": []}) == []
    assert judge(case, {"events": [ARREST]}) == ["expected no event, got 1"]


def test_forbid_by_country_in_any_role_and_by_person() -> None:
    assert forbidden({"actor_country": "GEO"}, [event(actor("GEOCOP", None), None)])
    assert forbidden({"actor_country": "GEO"}, [event(None, actor("---", "GEO"))])
    assert forbidden({"actor_country": "GEO"}, [event(POLICE, None, attributed_to=actor("GEOGOV", "GEO"))])
    assert not forbidden({"actor_country": "GEO"}, [ARREST])
    assad = actor("RUSELI", "RUS", person="Bashar al-Assad")
    rule = {"actor_country": "RUS", "person": "Bashar al-Assad"}
    assert forbidden(rule, [event(POLICE, assad)])
    assert not forbidden(rule, [event(POLICE, actor("RUSGOV", "RUS", person="Vladimir Putin"))])
    assert forbidden(rule, [event(POLICE, actor("RUSELI", "RUS", name="Bashar al-Assad"))])
    case = {"expect": [], "forbid": [{"actor_country": "IRL"}]}
    assert judge(case, {"events": [event(POLICE, actor("IRL", "IRL"))]}) == [
        "forbidden actor {'actor_country': 'IRL'}"
    ]


def test_flags_must_be_carried() -> None:
    case = {"expect": [], "flags": ["stale_title"]}
    assert judge(case, {"events": [], "flags": [{"kind": "stale_title", "message": "..."}]}) == []
    assert judge(case, {"events": [], "flags": [{"kind": "unknown_date"}]}) == ["flag stale_title missing"]
    assert judge(case, {"events": []}) == ["flag stale_title missing"]


def test_store_level_cases_are_recognised() -> None:
    assert is_store_level({"setup": "ingest both articles", "text": None})
    assert is_store_level({"store": True, "text": "..."})
    assert not is_store_level({"text": "Police arrested twelve protesters."})


# ------------------------------------------------------------------------------------------ property
_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8)
_json = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)
_codes = st.sampled_from(["USACOP", "USA", "---", "---UAF", "GEO", "", "RUSELI"]) | st.text(max_size=6)
_actor = (
    st.none()
    | _json
    | st.fixed_dictionaries(
        {"code": st.none() | _codes, "country": st.none() | _codes | _leaf},
        optional={"person": _leaf, "name": _leaf},
    )
)
_event = _json | st.fixed_dictionaries(
    {},
    optional={
        "source": _actor,
        "target": _actor,
        "attributed_to": _actor,
        "cameo": st.none() | st.text(max_size=4) | st.integers(),
        "factuality": _leaf,
        "location": _json
        | st.fixed_dictionaries({}, optional={"name": _leaf, "country": _leaf, "lat": _leaf, "lon": _leaf}),
        "time": _json | st.fixed_dictionaries({}, optional={"start": _leaf, "end": _leaf}),
    },
)
_CASE = {
    "expect": [
        {"source": "USACOP", "target": "USA*", "cameo": "173", "factuality": "asserted"},
        {"source": "---", "cameo": "19*", "location": {"name": "Kherson", "lat": 46.6, "lon": 32.6}},
        {"source": "*", "time": {"start": "2025-02-19", "end": "2025-02-19"}, "location": {"country": "UKR"}},
    ],
    "expect_any": [{"source": "ISR*", "target": "PSE*", "cameo": "046", "factuality": "negated"}],
    "forbid": [{"actor_country": "IRL"}, {"actor_country": "RUS", "person": "Bashar al-Assad"}],
    "flags": ["stale_title"],
    "no_events": True,
}


@settings(max_examples=300, deadline=None)
@given(events=st.lists(_event, max_size=4), flags=_json | st.lists(_json, max_size=3))
def test_judge_never_raises_on_arbitrary_events(events: list[Any], flags: Any) -> None:
    why = judge(_CASE, {"events": events, "flags": flags})
    assert isinstance(why, list)
    assert all(isinstance(reason, str) for reason in why)


@settings(max_examples=100, deadline=None)
@given(document=st.dictionaries(st.text(max_size=8), _json, max_size=4))
def test_judge_never_raises_on_arbitrary_documents(document: dict[str, Any]) -> None:
    assert isinstance(judge(_CASE, document), list)
