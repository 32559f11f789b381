"""Fifty concurrent ``POST /api/v1/articles`` against a live server (uvicorn, SQLite and PostgreSQL):
every one answers 201, each article is stored once, and no claim evidence is stored twice."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from eventwire.api import create_app
from eventwire.model import Article, DocumentResult
from eventwire.store import Store

REQUESTS = 50
DISTINCT = 30
"""Texts posted: 20 of them twice, so writers also race for the same article."""
TOKEN = "reliability-token"
TIMEOUT_SECONDS = 60.0


CodedArticle = Callable[[int], DocumentResult]


def _text(coded: DocumentResult) -> str:
    assert coded.article is not None
    return coded.article.text


class ReplayCoder:
    """Codes a posted text as the synthetic article it was made from (no spaCy: the store is on test)."""

    def __init__(self, coded_article: CodedArticle) -> None:
        self.coded_article = coded_article
        self.by_text = {_text(coded_article(n)): n for n in range(DISTINCT)}

    def code_article(self, article: Article) -> DocumentResult:
        coded = self.coded_article(self.by_text[article.text])
        coded.article = article
        return coded


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(store_url: str, monkeypatch: pytest.MonkeyPatch, coded_article: CodedArticle) -> Iterator[str]:
    monkeypatch.setenv("EVENTWIRE_TOKEN", TOKEN)
    store = Store(store_url)
    app = create_app(store, lambda: ReplayCoder(coded_article))
    app.state.coding.max_waiting = REQUESTS  # this test is about the store, not the coding queue bound
    port = _free_port()
    runner = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while not runner.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        runner.should_exit = True
        thread.join(TIMEOUT_SECONDS)
        store.close()


def test_fifty_concurrent_posts(server: str, store_url: str, coded_article: CodedArticle) -> None:
    texts = [_text(coded_article(n % DISTINCT)) for n in range(REQUESTS)]
    headers = {"Authorization": f"Bearer {TOKEN}"}

    def post(text: str) -> int:
        with httpx.Client(base_url=server, timeout=TIMEOUT_SECONDS) as client:
            return client.post("/api/v1/articles", json={"text": text}, headers=headers).status_code

    with ThreadPoolExecutor(max_workers=REQUESTS) as pool:
        codes = list(pool.map(post, texts))
    assert codes == [201] * REQUESTS
    with Store(store_url) as store:
        assert store.stats()["articles"] == DISTINCT
        assert store.stats()["claims"] > 0
        with store.engine.connect() as connection:
            duplicated = connection.execute(
                sa.text(
                    "SELECT count(*) FROM (SELECT claim_id, role, article_id, event_id FROM claim_evidence "
                    "GROUP BY claim_id, role, article_id, event_id HAVING count(*) > 1) AS twice"
                )
            ).scalar_one()
    assert duplicated == 0
