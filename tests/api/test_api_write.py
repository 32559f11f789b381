"""Writing: the token guards POST /articles (and is compared, not trusted), posting is idempotent, the
seed report becomes readable by country, and /code codes without storing."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE

TEXT = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."


def test_posting_without_or_with_a_wrong_token_is_refused(api_client: TestClient) -> None:
    before = api_client.get("/api/v1/stats").json()["articles"]
    missing = api_client.post("/api/v1/articles", json={"text": TEXT})
    assert missing.status_code == 401
    assert "Bearer" in missing.json()["detail"]
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = api_client.post("/api/v1/articles", json={"text": TEXT}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    basic = api_client.post("/api/v1/articles", json={"text": TEXT}, headers={"Authorization": "Basic abc"})
    assert basic.status_code == 401
    assert api_client.get("/api/v1/stats").json()["articles"] == before


def test_writes_are_refused_when_no_token_is_configured(
    api_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_ENVIRONMENT_VARIABLE)
    refused = api_client.post("/api/v1/articles", json={"text": TEXT}, headers={"Authorization": "Bearer "})
    assert refused.status_code == 403
    assert TOKEN_ENVIRONMENT_VARIABLE in refused.json()["detail"]


def test_post_codes_stores_and_is_idempotent(api_client: TestClient, auth: dict[str, str]) -> None:
    body = {"text": TEXT, "date": "2025-09-01", "title": "Putin meets Xi"}
    first = api_client.post("/api/v1/articles", json=body, headers=auth)
    assert first.status_code == 201, first.text
    created = first.json()
    assert created["outcome"] == "added" and created["date"] == "2025-09-01"
    assert any(event["cameo"].startswith("04") for event in created["events"])
    again = api_client.post("/api/v1/articles", json=body, headers=auth).json()
    assert again["id"] == created["id"] and again["outcome"] == "unchanged"
    stored = api_client.get(f"/api/v1/articles/{created['id']}").json()
    assert stored["title"] == "Putin meets Xi" and len(stored["events"]) == len(created["events"])
    china = api_client.get("/api/v1/events", params={"country": "CHN"}).json()["items"]
    assert {event["article_id"] for event in china} == {created["id"]}


def test_code_endpoint_codes_without_storing(api_client: TestClient) -> None:
    before = api_client.get("/api/v1/stats").json()
    response = api_client.post(
        "/api/v1/code", json={"text": "Ukraine condemned Russia.", "date": "2025-08-20"}
    )
    assert response.status_code == 200
    result = response.json()
    assert result["date"] == "2025-08-20"
    assert [(e["source"]["code"], e["target"]["code"]) for e in result["events"]] == [("UKR", "RUS")]
    assert api_client.get("/api/v1/stats").json() == before
    too_long = api_client.post("/api/v1/code", json={"text": "a" * 20_001})
    assert too_long.status_code == 422


def test_seed_posted_with_the_token_is_readable_by_country(
    api_client: TestClient, auth: dict[str, str], seed_path: Path
) -> None:
    body = {"text": seed_path.read_text(encoding="utf-8"), "date": "2025-08-07"}
    assert api_client.post("/api/v1/articles", json=body).status_code == 401
    posted = api_client.post("/api/v1/articles", json=body, headers=auth)
    assert posted.status_code == 201, posted.text
    article_id = posted.json()["id"]
    russian = api_client.get("/api/v1/events", params={"country": "RUS", "limit": 500}).json()["items"]
    from_seed = [event for event in russian if event["article_id"] == article_id]
    assert from_seed
    assert any(event["factuality"] == "possible" and event["cameo"].startswith("04") for event in from_seed)
    flags = api_client.get(f"/api/v1/articles/{article_id}").json()["flags"]
    assert any(flag["kind"] == "stale_title" for flag in flags)
