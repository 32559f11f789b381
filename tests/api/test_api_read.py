"""Read endpoints over a seeded store: filters, pagination, totals, articles, actors, dyads, network,
claims, places, clusters, CSV answers and the OpenAPI description."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from eventwire.api import create_app, read_routes
from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.store import Store


def _events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/events", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_events_carry_the_event_record_and_store_ids(api_client: TestClient) -> None:
    events = _events(api_client)
    assert events
    for event in events:
        for key in (
            "doc_id",
            "source",
            "target",
            "cameo",
            "goldstein",
            "quad_class",
            "factuality",
            "evidence",
        ):
            assert key in event
        assert isinstance(event["id"], int)
        assert isinstance(event["article_id"], int)


def test_filters_narrow_the_events(api_client: TestClient) -> None:
    every = _events(api_client, limit=500)
    conflict = _events(api_client, quad_class=4)
    assert conflict and all(event["quad_class"] == 4 for event in conflict)
    assert len(conflict) < len(every)
    assert all(event["factuality"] == "planned" for event in _events(api_client, factuality="planned"))
    assert {event["cameo"][:2] for event in _events(api_client, root="04")} == {"04"}
    ukraine = _events(api_client, country="UKR")
    assert ukraine and all(
        "UKR" in (event["source"]["country"], (event["target"] or {}).get("country")) for event in ukraine
    )
    dyad = _events(api_client, dyad="USA,RUS")
    assert dyad and all(
        {event["source"]["country"], event["target"]["country"]} == {"RUS", "USA"} for event in dyad
    )
    window = _events(api_client, since="2025-08-12", until="2025-08-13")
    assert window and all("2025-08-12" <= event["date"] <= "2025-08-13" for event in window)
    assert all(event["confidence"] >= 0.8 for event in _events(api_client, min_confidence=0.8))
    assert all(
        event["source"]["code"].startswith("RUSMIL")
        or (event["target"] or {}).get("code", "").startswith("RUSMIL")
        for event in _events(api_client, actor="rusmil")
    )


def test_pagination_walks_every_event_once(api_client: TestClient) -> None:
    every = [event["id"] for event in _events(api_client, limit=500)]
    seen: list[int] = []
    offset: int | None = 0
    while offset is not None:
        page = api_client.get("/api/v1/events", params={"limit": 3, "offset": offset}).json()
        assert len(page["items"]) <= 3
        assert page["total"] == len(every)
        seen.extend(event["id"] for event in page["items"])
        offset = page["next_offset"]
    assert seen == every


def test_article_list_and_detail(api_client: TestClient, article_records: list[dict[str, Any]]) -> None:
    listing = api_client.get("/api/v1/articles").json()["items"]
    assert len(listing) == len(article_records)
    assert "text" not in listing[0]
    planned = next(item for item in listing if item["url"] == "https://example.test/t0")
    detail = api_client.get(f"/api/v1/articles/{planned['id']}").json()
    assert detail["text"].startswith("MOSCOW, Aug 7")
    assert any(flag["kind"] == "stale_title" for flag in detail["flags"])
    for event in detail["events"]:
        evidence = event["evidence"]
        assert detail["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    assert api_client.get("/api/v1/articles/999999").status_code == 404


def test_actors_have_integer_counts(api_client: TestClient) -> None:
    actors = {actor["code"]: actor for actor in api_client.get("/api/v1/actors").json()["items"]}
    assert actors["RUSGOV"]["events_as_source"] > 0
    assert all(isinstance(actor["events_as_target"], int) for actor in actors.values())


def test_dyad_series_splits_cooperation_and_conflict(api_client: TestClient) -> None:
    daily = api_client.get("/api/v1/dyads/RUS/USA", params={"freq": "day"}).json()
    assert daily["freq"] == "day"
    by_day = {point["period"]: point for point in daily["series"]}
    assert by_day["2025-08-05"]["conflict"] > 0 and by_day["2025-08-05"]["mean_goldstein"] < 0
    assert by_day["2025-08-12"]["cooperation"] > 0 and by_day["2025-08-12"]["mean_goldstein"] > 0
    for point in daily["series"]:
        assert point["cooperation"] + point["conflict"] == point["events"]
    weekly = api_client.get("/api/v1/dyads/rus/usa", params={"freq": "week"}).json()
    assert all(point["period"] in {"2025-08-04", "2025-08-11"} for point in weekly["series"])
    assert sum(p["events"] for p in weekly["series"]) == sum(p["events"] for p in daily["series"])
    assert api_client.get("/api/v1/dyads/RUS/USA", params={"freq": "year"}).status_code == 422


def test_network_edges_point_from_actor_to_target(api_client: TestClient) -> None:
    network = api_client.get("/api/v1/network").json()
    codes = {node["code"] for node in network["nodes"]}
    assert {"RUSMIL", "UKR"} <= codes
    shelling = [edge for edge in network["edges"] if edge["source"] == "RUSMIL" and edge["target"] == "UKR"]
    assert shelling and shelling[0]["quad_class"] == 4


def test_claims_follow_the_planned_meeting(api_client: TestClient) -> None:
    claims = api_client.get("/api/v1/claims").json()["items"]
    meeting = [claim for claim in claims if set(claim["parties"]) == {"RUS", "USA"}]
    assert meeting, claims
    assert meeting[0]["evidence"]
    assert meeting[0]["status"] in {"open", "confirmed"}
    assert all(
        claim["status"] == "confirmed"
        for claim in api_client.get("/api/v1/claims?status=confirmed").json()["items"]
    )
    assert api_client.get("/api/v1/claims?status=maybe").status_code == 422


def test_stats_count_what_was_posted(api_client: TestClient, article_records: list[dict[str, Any]]) -> None:
    stats = api_client.get("/api/v1/stats").json()
    assert stats["articles"] == len(article_records)
    assert stats["mentions"] == api_client.get("/api/v1/events").json()["total"]
    asserted: dict[str, str | int] = {"factuality": "asserted", "limit": 1}
    assert stats["events"] <= api_client.get("/api/v1/clusters", params=asserted).json()["total"]
    assert sum(stats["events_by_factuality"].values()) <= stats["event_clusters"]


def test_events_are_newest_first_by_default(api_client: TestClient) -> None:
    dates = [event["date"] for event in _events(api_client, limit=500) if event["date"]]
    assert dates == sorted(dates, reverse=True)
    oldest = [event["date"] for event in _events(api_client, limit=500, order="oldest") if event["date"]]
    assert oldest == sorted(oldest)


def test_filters_take_several_values(api_client: TestClient) -> None:
    both = _events(api_client, factuality=["asserted", "planned"], limit=500)
    assert {event["factuality"] for event in both} == {"asserted", "planned"}
    assert _events(api_client, factuality="asserted,planned", limit=500) == both
    roots = {event["cameo"][:2] for event in _events(api_client, root=["04", "19"], limit=500)}
    assert roots and roots <= {"04", "19"}
    quads = {event["quad_class"] for event in _events(api_client, quad_class=[1, 4], limit=500)}
    assert quads and quads <= {1, 4}
    assert api_client.get("/api/v1/events", params={"factuality": "maybe"}).status_code == 422
    assert api_client.get("/api/v1/events", params={"root": "04,x"}).status_code == 422


def test_filters_by_event_location_and_update_time(api_client: TestClient) -> None:
    located = [event for event in _events(api_client, limit=500) if (event.get("location") or {}).get("lat")]
    assert located, "the test articles have datelines"
    place = located[0]["location"]
    in_country = _events(api_client, event_country=place["country"], limit=500)
    assert in_country and all(event["location"]["country"] == place["country"] for event in in_country)
    box = f"{place['lon'] - 0.5},{place['lat'] - 0.5},{place['lon'] + 0.5},{place['lat'] + 0.5}"
    boxed = _events(api_client, bbox=box, limit=500)
    assert boxed and all(abs(event["location"]["lat"] - place["lat"]) <= 0.5 for event in boxed)
    assert _events(api_client, bbox="-10,-10,-9,-9") == []
    assert api_client.get("/api/v1/events", params={"bbox": "0,95,10,40"}).status_code == 422
    assert _events(api_client, updated_since="2000-01-01T00:00:00Z", limit=500) == _events(
        api_client, limit=500
    )
    assert _events(api_client, updated_since="2999-01-01T00:00:00Z") == []


def test_every_list_has_totals_and_pages(api_client: TestClient) -> None:
    for route in (
        "/api/v1/events",
        "/api/v1/clusters",
        "/api/v1/articles",
        "/api/v1/actors",
        "/api/v1/claims",
    ):
        first = api_client.get(route, params={"limit": 1}).json()
        assert set(first) == {"items", "total", "limit", "offset", "next_offset"}, route
        assert len(first["items"]) == min(1, first["total"])
        assert (first["next_offset"] == 1) == (first["total"] > 1), route
    assert api_client.get("/api/v1/actors", params={"q": "rusmil"}).json()["items"][0]["code"] == "RUSMIL"


def test_clusters_count_mentions_and_open_an_event_page(api_client: TestClient) -> None:
    page = api_client.get("/api/v1/clusters", params={"limit": 500}).json()
    assert page["total"] == len(page["items"]) <= len(_events(api_client, limit=500))
    busiest = max(page["items"], key=lambda cluster: cluster["num_mentions"])
    detail = api_client.get(f"/api/v1/clusters/{busiest['id']}").json()
    assert len(detail["mentions"]) == busiest["num_mentions"]
    for mention in detail["mentions"]:
        assert mention["cluster_id"] == busiest["id"] and mention["article"]["url"].startswith("https://")
        assert mention["evidence"]["text"] and mention["rule"]
    assert api_client.get("/api/v1/clusters/999999").status_code == 404


def test_csv_answers_keep_codes_as_text(api_client: TestClient) -> None:
    response = api_client.get("/api/v1/events", params={"format": "csv", "root": "04"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and all(row["cameo"].startswith("04") and len(row["cameo"]) >= 3 for row in rows)
    accepted = api_client.get("/api/v1/network", headers={"Accept": "text/csv"})
    assert accepted.text.splitlines()[0] == "source,target,quad_class,events"
    for route in (
        "/api/v1/clusters",
        "/api/v1/actors",
        "/api/v1/claims",
        "/api/v1/articles",
        "/api/v1/places",
    ):
        assert api_client.get(route, params={"format": "csv"}).headers["content-type"].startswith("text/csv")


def test_openapi_declares_typed_responses_and_the_bearer_scheme(api_client: TestClient) -> None:
    schema = api_client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["token"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schema["components"]["securitySchemes"]["token"]["description"],
    }
    assert {"token": []} in schema["paths"]["/api/v1/articles"]["post"]["security"]
    read_paths = {route.path for route in read_routes.router.routes if isinstance(route, APIRoute)}
    assert len(read_paths) >= 12
    for path in read_paths:
        content = schema["paths"][path]["get"]["responses"]["200"]["content"]
        assert content["application/json"]["schema"], path
    events = schema["components"]["schemas"]["EventOut"]["properties"]
    assert events["cameo"]["type"] == "string"


def test_docs_are_swagger_ui_served_from_the_package(api_client: TestClient) -> None:
    docs = api_client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui" in docs.text
    assert "cdn" not in docs.text.lower() and "<script>" not in docs.text
    for asset in re.findall(r'(?:src|href)="(/docs/[^"]+)"', docs.text):
        assert api_client.get(asset).status_code == 200, asset


# ------------------------------------------------------------------------ what aggregates count
@pytest.fixture(scope="module")
def seed_client(
    coder: Coder, seed_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """An app over a store holding only the seed report (the Putin-Zelenskiy meeting it denies)."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seed') / 'seed.db'}")
    article = Article(id="seed", text=seed_path.read_text(encoding="utf-8"), published=SEED_DAY)
    store.ingest(coder.code_article(article), "test", article)
    store.refresh_claims()
    yield TestClient(create_app(store, coder_factory=lambda: coder))
    store.close()


SEED_DAY = dt.date(2025, 8, 7)


def _day(series: dict[str, Any], day: dt.date) -> dict[str, Any]:
    return next((point for point in series["series"] if point["period"] == day.isoformat()), {})


def test_seed_dyad_counts_no_cooperation_unless_negated_events_are_asked(seed_client: TestClient) -> None:
    default = seed_client.get("/api/v1/dyads/RUS/UKR").json()
    assert default["factuality"] == ["asserted"] and default["count"] == "events"
    assert _day(default, SEED_DAY).get("cooperation", 0) == 0
    negated = seed_client.get("/api/v1/dyads/RUS/UKR", params={"factuality": "negated"}).json()
    assert _day(negated, SEED_DAY)["cooperation"] == 1, "one denied meeting, however often mentioned"
    mentions = seed_client.get("/api/v1/dyads/RUS/UKR", params={"factuality": "negated", "count": "mentions"})
    assert _day(mentions.json(), SEED_DAY)["cooperation"] > 1


def test_seed_network_has_no_russia_ukraine_cooperation_unless_negated(seed_client: TestClient) -> None:
    def cooperation(params: dict[str, str]) -> list[dict[str, Any]]:
        edges = seed_client.get("/api/v1/network", params=params).json()["edges"]
        return [
            edge
            for edge in edges
            if {edge["source"], edge["target"]} == {"RUSGOV", "UKRGOV"} and edge["quad_class"] in (1, 2)
        ]

    assert cooperation({}) == []
    [edge] = cooperation({"factuality": "negated"})
    assert edge["events"] == 1, "the joint meeting is one event, not one per direction"


def test_seed_stats_count_asserted_events_once(seed_client: TestClient) -> None:
    stats = seed_client.get("/api/v1/stats").json()
    assert stats["events"] == stats["events_by_factuality"]["asserted"]
    assert stats["events_by_factuality"]["negated"] < stats["mentions"]
    timeline = seed_client.get("/api/v1/timeline", params={"factuality": "asserted,negated"}).json()
    assert (
        sum(point["events"] for point in timeline["series"])
        <= stats["events"] + stats["events_by_factuality"]["negated"]
    )
