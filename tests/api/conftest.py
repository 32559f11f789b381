"""An app over a temporary store, seeded through its own write endpoint with the articles in data/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE
from eventwire.coder import Coder
from eventwire.store import Store

TOKEN = "test-token-0123456789"
ARTICLES = Path(__file__).resolve().parent / "data" / "articles.jsonl"


def _load_articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def article_records() -> list[dict[str, Any]]:
    """The short test articles: a planned meeting, a call, accusations, the meeting itself, shelling,
    and a hostile one whose title and text carry ``<script>``."""
    return _load_articles()


@pytest.fixture(autouse=True)
def token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENVIRONMENT_VARIABLE, TOKEN)


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def api_client(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client over a fresh store holding every test article (posted with the token)."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'events.db'}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENVIRONMENT_VARIABLE, TOKEN)
        client = TestClient(create_app(store, coder_factory=lambda: coder))
        for record in _load_articles():
            body = {key: record[key] for key in ("text", "date", "url", "title", "format") if key in record}
            response = client.post(
                "/api/v1/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            assert response.status_code == 201, response.text
    yield client
    store.close()
