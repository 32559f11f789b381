"""Untrusted input: hostile text stays data, bodies are bounded, bad requests get a clear 422 (never a
500 and never the rejected input echoed), filters are bound parameters, every response has the headers."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.api.security import MAX_BODY_BYTES

HOSTILE = "<script>window.__pwned = 1</script>"


def test_hostile_article_is_returned_only_as_json_data(api_client: TestClient) -> None:
    articles = api_client.get("/api/v1/articles").json()["items"]
    hostile = next(item for item in articles if item["url"] == "https://example.test/hostile")
    response = api_client.get(f"/api/v1/articles/{hostile['id']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    article = response.json()
    assert article["text"].startswith(HOSTILE)  # stored verbatim: escaping is the renderer's job
    assert article["title"].startswith(HOSTILE)
    assert article["events"], "the plain sentence after the markup is still coded"


def test_security_headers_on_every_kind_of_response(api_client: TestClient) -> None:
    for path in ("/", "/docs", "/static/app.js", "/api/v1/events", "/api/v1/articles/0", "/nowhere"):
        headers = api_client.get(path).headers
        assert headers["content-security-policy"].startswith("default-src 'self'"), path
        assert "script-src" not in headers["content-security-policy"]  # so no 'unsafe-inline' sneaks in
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path


def test_dashboard_has_no_inline_script_and_no_remote_assets(api_client: TestClient) -> None:
    page = api_client.get("/").text
    assert '<script type="module" src="/static/app.js"></script>' in page
    assert "http://" not in page and "https://" not in page


def test_oversized_bodies_are_refused_with_413(api_client: TestClient, auth: dict[str, str]) -> None:
    big = {"text": "x" * (MAX_BODY_BYTES + 10)}
    assert api_client.post("/api/v1/articles", json=big, headers=auth).status_code == 413
    assert api_client.post("/api/v1/code", json=big).status_code == 413

    def chunks() -> Any:
        for _ in range(20):
            yield b"y" * 100_000

    chunked = api_client.post(
        "/api/v1/code", content=chunks(), headers={"Content-Type": "application/json", **auth}
    )
    assert chunked.status_code == 413
    assert "limit" in chunked.json()["detail"]


def test_bad_bodies_get_a_clear_422_without_echoing_input(
    api_client: TestClient, auth: dict[str, str]
) -> None:
    cases: list[tuple[Any, str]] = [
        ({"date": "2025-01-01"}, "text"),
        ({"text": HOSTILE, "date": "yesterday"}, "date"),
        ({"text": HOSTILE, "evil": 1}, "evil"),
        ({"text": ""}, "text"),
    ]
    for body, field in cases:
        response = api_client.post("/api/v1/articles", json=body, headers=auth)
        assert response.status_code == 422, body
        payload = response.json()
        assert payload["detail"].startswith("invalid request:") and field in payload["detail"]
        assert "<script>" not in response.text
    broken = api_client.post(
        "/api/v1/code", content=b'{"text": "unterminated', headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 422 and "JSON" in broken.json()["detail"]


def test_bad_filters_get_422(api_client: TestClient) -> None:
    bad: list[dict[str, Any]] = [
        {"limit": 501},
        {"limit": 0},
        {"offset": -1},
        {"quad_class": 5},
        {"since": "last week"},
        {"actor": "RUS' OR '1'='1"},
        {"country": "RUSSIA"},
        {"dyad": "RUS"},
        {"root": "4x"},
        {"factuality": "rumoured"},
        {"min_confidence": 2},
    ]
    for params in bad:
        response = api_client.get("/api/v1/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"].startswith(("invalid request", "dyad"))
    assert api_client.get("/api/v1/dyads/RUS'--/USA").status_code == 422


_query_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "since",
                "until",
                "actor",
                "country",
                "dyad",
                "root",
                "quad_class",
                "plover",
                "factuality",
                "min_confidence",
                "limit",
                "offset",
            ]
        ),
        _query_text,
        max_size=4,
    )
)
def test_any_event_query_is_answered_200_or_422(api_client: TestClient, params: dict[str, str]) -> None:
    response = api_client.get("/api/v1/events", params=params)
    assert response.status_code in (200, 422), (params, response.text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), date=st.one_of(st.none(), st.dates().map(str), _query_text))
def test_any_text_to_code_is_answered_200_or_422(api_client: TestClient, text: str, date: str | None) -> None:
    response = api_client.post("/api/v1/code", json={"text": text, "date": date})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert isinstance(response.json()["events"], list)
