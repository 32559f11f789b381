"""A live server (uvicorn in a thread, free loopback port) over a store seeded through the API (and, when
this machine has it, the shared seed report ingested as the CLI does), and one headless Chromium per
module, driven by Playwright. Browser tests skip when Chromium is absent. Screenshots go to
test-artifacts/ (git-ignored) for a reviewer to look at."""

from __future__ import annotations

import datetime as dt
import json
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from eventwire.api import create_app
from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE
from eventwire.coder import Coder
from eventwire.pipeline import code_items
from eventwire.sources import read_inputs
from eventwire.store import Store

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "web-test-token-9876543210"
ARTICLES = Path(__file__).resolve().parents[1] / "api" / "data" / "articles.jsonl"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed_article.txt"
SEED_DATE = dt.date(2025, 8, 7)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the app served by uvicorn, with the test articles posted through the API."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'events.db'}")
    if SEED.is_file():
        store.ingest_batch(code_items(read_inputs([SEED], default_date=SEED_DATE), coder), "web-tests")
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(store, coder_factory=lambda: coder), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENVIRONMENT_VARIABLE, TOKEN)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as client:
            for line in ARTICLES.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                body = {
                    key: record[key] for key in ("text", "date", "url", "title", "format") if key in record
                }
                assert client.post("/api/v1/articles", json=body).status_code == 201
        yield base
        server.should_exit = True
        thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module (each start costs about a second)."""
    if not CHROMIUM.is_file():
        pytest.skip("/usr/bin/chromium is not installed: browser tests need Debian's chromium")
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="eventwire-chromium-") as profile,
        sync_playwright() as playwright,
    ):
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1360, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab that records console errors and failed page scripts."""
    tab = browser.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    yield tab
    tab.close()


@pytest.fixture(scope="session")
def has_seed() -> bool:
    """True when the live server's store holds the shared seed report."""
    return SEED.is_file()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
