"""Read endpoints over a seeded store: filters, pagination, articles, actors, dyads, network, claims."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


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
    actors = {actor["code"]: actor for actor in api_client.get("/api/v1/actors").json()}
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
    claims = api_client.get("/api/v1/claims").json()
    meeting = [claim for claim in claims if set(claim["parties"]) == {"RUS", "USA"}]
    assert meeting, claims
    assert meeting[0]["evidence"]
    assert meeting[0]["status"] in {"open", "confirmed"}
    assert all(
        claim["status"] == "confirmed" for claim in api_client.get("/api/v1/claims?status=confirmed").json()
    )
    assert api_client.get("/api/v1/claims?status=maybe").status_code == 422


def test_stats_count_what_was_posted(api_client: TestClient, article_records: list[dict[str, Any]]) -> None:
    stats = api_client.get("/api/v1/stats").json()
    assert stats["articles"] == len(article_records)
    assert stats["events"] == len(api_client.get("/api/v1/events", params={"limit": 500}).json()["items"])


def test_openapi_schema_and_offline_docs(api_client: TestClient) -> None:
    schema = api_client.get("/openapi.json").json()
    assert "/api/v1/events" in schema["paths"] and "/api/v1/articles" in schema["paths"]
    docs = api_client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "/static/docs.js" in docs.text
