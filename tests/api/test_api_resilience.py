"""A server that stays up and says why: the coding queue is bounded (503 + Retry-After, reads stay fast),
huge ids and failing stores get JSON answers with the security headers, the Host header is checked,
links must be http(s), and every 422 body is the one /openapi.json describes."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from eventwire.api import create_app
from eventwire.api.security import allowed_hosts, host_name
from eventwire.model import Article, DocumentResult
from eventwire.store import MAX_ID, Store

HUGE_IDS = ("9223372036854775808", "99999999999999999999999999", "2147483648", "-9223372036854775809")


class SlowCoder:
    """Takes ``seconds`` per text and counts how many it codes at once (must stay 1)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.running = 0
        self.most = 0
        self._lock = threading.Lock()

    def code_article(self, article: Article) -> DocumentResult:
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(self.seconds)
        with self._lock:
            self.running -= 1
        return DocumentResult(article.id, article.published, article=article)


class BrokenCoder:
    def code_article(self, article: Article) -> DocumentResult:
        raise RuntimeError("the coder broke")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as opened:
        yield opened


def _assert_headers(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    assert headers["content-security-policy"].startswith("default-src 'self'")
    assert headers["x-content-type-options"] == "nosniff"


def test_a_full_coding_queue_is_refused_at_once_and_reads_stay_fast(store: Store) -> None:
    coder = SlowCoder(0.4)
    app = create_app(store, coder_factory=lambda: coder, max_coding_queue=2)
    with TestClient(app) as client, ThreadPoolExecutor(max_workers=8) as pool:
        posts = [pool.submit(client.post, "/api/v1/code", json={"text": "Putin met Xi."}) for _ in range(6)]
        time.sleep(0.1)
        started = time.perf_counter()
        read = client.get("/api/v1/stats")
        read_seconds = time.perf_counter() - started
        answers = [future.result() for future in posts]
    assert read.status_code == 200 and read_seconds < 0.3
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses.count(200) == 2 and statuses.count(503) == 4
    busy = next(answer for answer in answers if answer.status_code == 503)
    assert busy.headers["retry-after"].isdigit() and "busy" in busy.json()["detail"]
    _assert_headers(busy)
    assert coder.most == 1


def test_an_unexpected_error_is_a_json_500_with_the_security_headers(store: Store) -> None:
    client = TestClient(create_app(store, coder_factory=BrokenCoder))
    response = client.post("/api/v1/code", json={"text": "Putin met Xi."})
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error"}
    assert "broke" not in response.text
    _assert_headers(response)


@pytest.mark.parametrize("number", (*HUGE_IDS, str(MAX_ID + 1), "0", "-1"))
def test_ids_out_of_range_are_a_plain_404_never_sent_to_the_driver(
    store: Store, number: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Every path id (articles, event clusters, the dashboard's event page) is checked against the
    store's range before any query: a 404 from the route, no driver error caught on the way."""
    client = TestClient(create_app(store), base_url="http://localhost")
    with_id = [path for path in client.get("/openapi.json").json()["paths"] if path.endswith("_id}")]
    assert len(with_id) >= 3, with_id
    with caplog.at_level(logging.ERROR, logger="eventwire.api"):
        for template in with_id:
            path = re.sub(r"\{[a-z_]+_id\}", number, template)
            response = client.get(path)
            assert response.status_code == 404, (path, response.text)
            assert number in response.json()["detail"], (path, response.text)
            _assert_headers(response)
    assert not caplog.records, [record.getMessage() for record in caplog.records]


def test_a_store_that_cannot_be_written_is_a_503_saying_so(
    store: Store, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("attempt to write a readonly database"))

    monkeypatch.setattr(store, "ingest", read_only)
    client = TestClient(create_app(store, coder_factory=lambda: SlowCoder(0.0)))
    response = client.post("/api/v1/articles", json={"text": "Putin met Xi."}, headers=auth)
    assert response.status_code == 503
    assert "readonly" in response.json()["detail"]
    _assert_headers(response)


def test_the_host_header_must_name_the_server(store: Store) -> None:
    app = create_app(store, allowed_hosts=allowed_hosts("127.0.0.1", ["events.example.org"]))
    client = TestClient(app, base_url="http://localhost:8000")
    assert client.get("/api/v1/stats").status_code == 200
    for host in ("127.0.0.1:8000", "[::1]:8000", "EVENTS.example.org", "localhost"):
        assert client.get("/api/v1/stats", headers={"Host": host}).status_code == 200, host
    for host in ("evil.example", "attacker.test:8000", "localhost.evil.example", ""):
        refused = client.get("/api/v1/stats", headers={"Host": host})
        assert refused.status_code == 400, host
        _assert_headers(refused)


def test_host_names_are_read_without_port_or_brackets() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("Example.ORG:80") == "example.org"
    assert host_name("::1") == "::1"
    assert allowed_hosts("0.0.0.0") == ("localhost", "127.0.0.1", "::1")


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " javascript:x", "//evil"]
)
def test_links_must_be_http(api_client: TestClient, auth: dict[str, str], url: str) -> None:
    response = api_client.post("/api/v1/articles", json={"text": "Putin met Xi.", "url": url}, headers=auth)
    assert response.status_code == 422
    assert url not in response.text


def test_422_bodies_match_the_openapi_schema(api_client: TestClient) -> None:
    spec = api_client.get("/openapi.json").json()
    shape = spec["components"]["schemas"]["HTTPValidationError"]
    assert set(shape["required"]) == {"detail", "errors"}
    validator = jsonschema_rs.validator_for({**shape, "components": spec["components"]})
    for response in (
        api_client.post("/api/v1/code", json={"text": ""}),
        api_client.get("/api/v1/events", params={"limit": "many"}),
        api_client.get("/api/v1/articles/abc"),
    ):
        assert response.status_code == 422
        validator.validate(response.json())


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Putin met Xi.\u0000"},
        {"text": "Putin met Xi.", "title": "a\u0000b"},
        {"text": "\u001e\u001f "},
        {"text": "\u0082\u0002\U00061516\U00018fad"},
    ],
)
def test_nul_characters_and_blank_texts_are_422(
    api_client: TestClient, auth: dict[str, str], body: dict[str, str]
) -> None:
    response = api_client.post("/api/v1/articles", json=body, headers=auth)
    assert response.status_code == 422
    assert response.json()["errors"]
