"""The dashboard's filter parser: defaults (asserted, each event once), every field, and messages a
person can act on, for any input (property test)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.web.filters import FACTUALITIES, FIELDS, FilterError, parse_query


def test_defaults_count_asserted_events_once() -> None:
    query = parse_query({})
    assert query.factualities == ("asserted",)
    assert query.count == "events"


def test_every_field_is_read() -> None:
    query = parse_query(
        {
            "since": "2025-08-01",
            "until": "2025-08-31",
            "actor": "rusgov,UKR",
            "country": "rus",
            "dyad": "RUS, ukr",
            "root": "4,19",
            "quad_class": "1,2",
            "factuality": "negated,asserted",
            "count": "mentions",
            "min_confidence": "0.6",
            "located_in": "ukr",
        }
    )
    where = query.where
    assert (where.since, where.until) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert where.actor == ("RUSGOV", "UKR")
    assert where.country == ("RUS",)
    assert where.dyad == ("RUS", "UKR")
    assert where.root == ("04", "19")
    assert where.quad_class == (1, 2)
    assert query.factualities == ("asserted", "negated")
    assert query.count == "mentions"
    assert where.min_confidence == 0.6
    assert where.event_country == ("UKR",)


def test_all_factualities() -> None:
    assert parse_query({"factuality": "all"}).factualities == FACTUALITIES


def test_unknown_country_actor_code_keeps_its_dashes() -> None:
    assert parse_query({"actor": "---UAF"}).where.actor == ("---UAF",)


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("actor", "RUS(", "Actor: “RUS(” is not an actor code"),
        ("actor", "RUS GOV", "Actor: “RUS GOV” is not an actor code"),
        ("since", "07/08/2025", "Since: “07/08/2025” is not a date; use YYYY-MM-DD"),
        ("country", "Russia", "Country: “Russia” is not a three-letter ISO country code"),
        ("dyad", "RUS", "Dyad: “RUS” should be two actor codes"),
        ("root", "21", "CAMEO root: “21” is not a CAMEO root"),
        ("quad_class", "5", "Quad class: “5” should be 1, 2, 3 or 4"),
        ("factuality", "rumoured", "Factuality: “rumoured” is not a factuality"),
        ("count", "articles", "Count: “articles” should be events"),
        ("min_confidence", "high", "Min confidence: “high” should be a number from 0 to 1"),
    ],
)
def test_bad_values_get_a_sentence_not_a_regex(field: str, value: str, says: str) -> None:
    with pytest.raises(FilterError) as caught:
        parse_query({field: value})
    assert str(caught.value).startswith(says)
    assert caught.value.field == field


def test_since_after_until() -> None:
    with pytest.raises(FilterError, match="after Until"):
        parse_query({"since": "2025-09-01", "until": "2025-08-01"})


@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=30)))
def test_any_input_parses_or_says_what_is_wrong(raw: dict[str, str]) -> None:
    """Hostile query strings never raise anything but FilterError, and messages show no pattern."""
    try:
        parse_query(raw)
    except FilterError as error:
        message = str(error)
        assert message and "[A-Z" not in message and "pattern" not in message


def test_blank_count_counts_events() -> None:
    """``count`` of spaces is the default, as the schema's pattern allows (a bug schemathesis found)."""
    assert parse_query({"count": "   "}).count == "events"
