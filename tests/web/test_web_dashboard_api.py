"""The dashboard's routes over HTTP (live server, no browser): the same counts as the REST API, asserted
events once by default, readable 422s, the event page's shape, CSV answers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

DASHBOARD = "/api/v1/dashboard"


@pytest.fixture(scope="module")
def client(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30) as http:
        yield http


def _get(client: httpx.Client, path: str, **params: str) -> Any:
    response = client.get(f"{DASHBOARD}/{path}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


EVERY = "asserted,planned,possible,negated,hypothetical"


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"factuality": EVERY},
        {"factuality": EVERY, "count": "mentions"},
        {"dyad": "RUS,UKR", "factuality": "asserted,negated"},
        {"actor": "RUSGOV", "count": "mentions"},
    ],
)
def test_dashboard_timelines_equal_the_rest_api(client: httpx.Client, params: dict[str, str]) -> None:
    """One meaning everywhere: per day, the dashboard counts what GET /api/v1/timeline counts."""
    ours = _get(client, "timeline", **params)["series"]
    response = client.get("/api/v1/timeline", params=params)
    assert response.status_code == 200, response.text
    theirs = response.json()["series"]
    assert [(p["period"], p["events"]) for p in ours] == [(p["period"], p["events"]) for p in theirs]


def test_asserted_only_by_default_and_negated_on_request(client: httpx.Client) -> None:
    default = _get(client, "events", dyad="RUS,UKR")
    assert {row["factuality"] for row in default["items"]} == {"asserted"}
    widened = _get(client, "events", dyad="RUS,UKR", factuality="asserted,negated")
    assert "negated" in {row["factuality"] for row in widened["items"]}
    assert widened["total"] > default["total"]


def test_count_mentions_weighs_each_event_by_its_reports(client: httpx.Client) -> None:
    events = _get(client, "timeline", factuality="all")
    mentions = _get(client, "timeline", factuality="all", count="mentions")
    assert mentions["count"] == "mentions"
    assert sum(p["events"] for p in mentions["series"]) >= sum(p["events"] for p in events["series"])


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"actor": "RUS("}, "Actor: “RUS(” is not an actor code"),
        ({"since": "yesterday"}, "Since: “yesterday” is not a date"),
        ({"factuality": "rumoured"}, "Factuality: “rumoured” is not a factuality"),
    ],
)
def test_bad_filters_are_422_with_a_sentence(client: httpx.Client, params: dict[str, str], says: str) -> None:
    for path in ("events", "timeline", "map", "network", "summary", "events.csv"):
        response = client.get(f"{DASHBOARD}/{path}", params=params)
        assert response.status_code == 422
        [problem] = response.json()["errors"]
        assert problem["loc"] == ["query", next(iter(params))]
        assert problem["msg"].startswith(says)
        assert says in response.json()["detail"]


def test_event_page_has_mentions_and_claims(client: httpx.Client) -> None:
    day = "2025-08-12"
    row = _get(client, "events", dyad="RUS,USA", root="04", since=day, until=day)["items"][0]
    page = _get(client, f"events/{row['id']}")
    assert page["event"]["id"] == row["id"]
    mention = page["mentions"][0]
    assert mention["article"]["id"] >= 1 and mention["rule"] and mention["evidence"]["text"]
    assert any(claim["settles"] and claim["role"] == "confirmed" for claim in page["claims"])
    missing = client.get(f"{DASHBOARD}/events/999999")
    assert missing.status_code == 404 and missing.json()["detail"] == "There is no event 999999."


def test_csv_answers(client: httpx.Client) -> None:
    response = client.get(f"{DASHBOARD}/timeline.csv", params={"freq": "week", "factuality": "all"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and all(row["period"] and int(row["events"]) >= 1 for row in rows)


def test_countries_name_the_map_shapes(client: httpx.Client) -> None:
    countries = {row["iso3"]: row for row in _get(client, "countries")}
    assert countries["UKR"]["numeric"] == "804"
    assert countries["AFG"]["numeric"] == "004"
    assert client.get(f"{DASHBOARD}/countries/XXX").status_code == 404


def test_network_counts_a_joint_act_once_in_either_mode(client: httpx.Client, has_seed: bool) -> None:
    if not has_seed:
        pytest.skip("the shared seed report (its denied joint meeting) is not on this machine")
    for count in ("events", "mentions"):
        network = _get(client, "network", factuality="negated", count=count)
        meeting = [
            edge
            for edge in network["edges"]
            if {edge["source"], edge["target"]} == {"RUSGOV", "UKRGOV"} and edge["mutual"]
        ]
        assert len(meeting) == 1
        assert meeting[0]["events"] == (1 if count == "events" else 3)


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"factuality": "Asserted"}, "Factuality: “Asserted” should be asserted, planned"),
        ({"since": "20250807"}, "Since: “20250807” should be a date, YYYY-MM-DD"),
        ({"actor": "RUS,,UKR"}, "Actor: “RUS,,UKR” should be actor codes"),
    ],
)
def test_values_the_schema_forbids_are_422_with_a_sentence(
    client: httpx.Client, params: dict[str, str], says: str
) -> None:
    """The schema states each filter's rule; a value it forbids that the parser would read is refused
    too, with a sentence (never the pattern)."""
    schema = client.get("/openapi.json").json()["paths"][f"{DASHBOARD}/events"]["get"]["parameters"]
    assert {item["name"]: item["schema"].get("pattern") for item in schema}["factuality"]
    response = client.get(f"{DASHBOARD}/events", params=params)
    assert response.status_code == 422
    [problem] = response.json()["errors"]
    assert problem["msg"].startswith(says) and "^" not in problem["msg"]


def test_a_dyad_in_either_schema_form_is_read(client: httpx.Client) -> None:
    day = {"since": "2025-08-12", "until": "2025-08-12", "factuality": "all"}
    assert _get(client, "events", dyad="RUS-USA", **day) == _get(client, "events", dyad="RUS,USA", **day)
