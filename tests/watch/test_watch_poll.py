"""The watcher end to end against the local fixture server: code and ingest each new page exactly once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Protocol

from typer.testing import CliRunner

from eventwire.batch.ingest import StoreSink
from eventwire.cli import app
from eventwire.coder import Coder
from eventwire.store import Store
from eventwire.watch import FetchLimits, SeenUrls, Watcher
from eventwire.watch.addresses import AllowedNetworks

BIG_BYTES = 64 * 1024
"""What the server's ``/big.html`` and ``/endless.html`` send (see conftest)."""


class Server(Protocol):
    """The conftest's fixture server: its URLs and how often each path was requested."""

    hits: Counter[str]

    def url(self, path: str) -> str: ...


LOCAL = AllowedNetworks.parse(["127.0.0.1"])
"""The fixture server's address: the tests allow it as an intranet user would allow theirs."""
LIMITS = FetchLimits(timeout=5.0, max_bytes=BIG_BYTES // 2, allowed=LOCAL)


def test_poll_codes_new_pages_once_and_retries_only_transient_failures(
    fixture_server: Server, coder: Coder, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'watch.db'}"
    feeds = [fixture_server.url("/feed.xml"), fixture_server.url("/atom.xml")]
    state = tmp_path / "seen.json"
    sink = StoreSink(url, refresh_each_ingest=True)
    watcher = Watcher(feeds, seen=SeenUrls(state), sink=sink, limits=LIMITS, coder_factory=lambda: coder)

    first = watcher.poll_once()
    # feed.xml: 6 distinct links (summit listed twice); atom.xml: appeal is new, summit already handled.
    assert (first.feeds, first.entries, first.new, first.coded) == (2, 9, 7, 3)
    problems = "\n".join(first.problems)
    assert (
        "HTTP 404" in problems and "limit" in problems and "will retry" in problems and "ftp://" in problems
    )
    assert fixture_server.hits["/pages/summit.html"] == 1  # listed three times in two feeds, fetched once

    again = Watcher(feeds, seen=SeenUrls(state), sink=sink, limits=LIMITS, coder_factory=lambda: coder)
    second = again.poll_once()
    assert (second.new, second.coded) == (1, 0)  # only the 503 page is tried again
    assert fixture_server.hits["/flaky.html"] == 2
    assert fixture_server.hits["/pages/summit.html"] == fixture_server.hits["/missing.html"] == 1
    sink.close()

    with Store(url) as store:
        stats = store.stats()
        events = store.events(limit=None)
    assert (stats["articles"], stats["rejected_inputs"]) == (3, 3)
    # CAMEO roots, not full codes: the coder may refine subcodes, the roots of these sentences are plain.
    dyads = {
        (e["source"]["code"], (e["target"] or {}).get("code"), e["cameo"][:2], e["date"]) for e in events
    }
    assert ("UKRGOV", "RUS", "11", "2025-03-05") in dyads  # the page's own date, from its metadata
    assert ("IGOUNO", "RUS", "02", "2025-03-06") in dyads


def test_watch_command_once(fixture_server: Server, tmp_path: Path) -> None:
    arguments = [
        "watch",
        fixture_server.url("/atom.xml"),
        "--once",
        "--db",
        f"sqlite:///{tmp_path / 'cli.db'}",
        "--state",
        str(tmp_path / "seen.json"),
        "--jsonl",
        "--allow-network",
        "127.0.0.1",
    ]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert sorted(line["doc_id"] for line in lines) == [
        fixture_server.url("/pages/appeal.html"),
        fixture_server.url("/pages/summit.html"),
    ]
    assert all(line["date"] in ("2025-03-04", "2025-03-06") for line in lines)
    assert "2 coded" in result.stderr
    assert json.loads((tmp_path / "seen.json").read_text())["urls"] == sorted(
        line["doc_id"] for line in lines
    )
    again = CliRunner().invoke(app, arguments)
    assert again.exit_code == 0 and "0 new" in again.stderr


def test_refuses_a_non_http_feed() -> None:
    result = CliRunner().invoke(app, ["watch", "file:///etc/passwd", "--once"])
    assert result.exit_code == 2
