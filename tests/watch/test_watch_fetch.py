"""Fetching and feed parsing: only http(s), limits and timeouts hold, bad input never raises."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.watch import FetchError, FetchLimits, fetch_url, parse_feed
from eventwire.watch.addresses import AllowedNetworks
from eventwire.watch.fetch import check_url

BIG_BYTES = 64 * 1024
"""What the server's ``/big.html`` and ``/endless.html`` send (see conftest)."""
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Server(Protocol):
    """The conftest's fixture server: its URLs and how often each path was requested."""

    hits: Counter[str]

    def url(self, path: str) -> str: ...


LOCAL = AllowedNetworks.parse(["127.0.0.1"])
"""The fixture server's address: the tests allow it as an intranet user would allow theirs."""
SMALL = FetchLimits(timeout=5.0, max_bytes=BIG_BYTES // 2, allowed=LOCAL)


def test_fetches_a_page(fixture_server: Server) -> None:
    body, kind = fetch_url(fixture_server.url("/pages/summit.html"), SMALL)
    assert b"Xi Jinping" in body and kind == "text/html"


@pytest.mark.parametrize(
    ("path", "fragment", "permanent"),
    [
        ("/missing.html", "HTTP 404", True),
        ("/flaky.html", "HTTP 503", False),
        ("/big.html", "limit", True),
        ("/endless.html", "limit", True),
        ("/to-ftp.html", "redirect to a non-http", True),
    ],
)
def test_bad_responses_are_fetch_errors(
    fixture_server: Server, path: str, fragment: str, permanent: bool
) -> None:
    with pytest.raises(FetchError, match=fragment) as caught:
        fetch_url(fixture_server.url(path), SMALL)
    assert caught.value.permanent is permanent


def test_timeouts_are_transient(fixture_server: Server) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_url(fixture_server.url("/slow.html"), FetchLimits(timeout=0.2, max_bytes=1024, allowed=LOCAL))
    assert not caught.value.permanent


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "/relative"]
)
def test_only_absolute_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="http"):
        fetch_url(url)


@given(st.text(max_size=60))
def test_check_url_accepts_only_http(url: str) -> None:
    try:
        check_url(url)
    except FetchError as error:
        assert error.permanent
    else:
        assert url.lower().startswith(("http://", "https://"))


def test_rss_entries_resolve_links_and_dates() -> None:
    entries = parse_feed((FIXTURES / "feed.xml").read_bytes(), "http://wire.test/news/feed.xml")
    assert entries[0].url == "http://wire.test/news/pages/summit.html"
    assert entries[0].published == dt.date(2025, 3, 4)
    assert entries[0].feed_title == "Eventwire Test Wire"
    assert entries[1].url == "http://wire.test/news/pages/strikes.html"  # fragment dropped
    assert entries[3].url == "http://wire.test/missing.html"
    assert entries[6].url == "ftp://files.invalid/report.txt"  # listed; the fetcher refuses it


def test_atom_entries() -> None:
    entries = parse_feed((FIXTURES / "atom.xml").read_bytes(), "http://wire.test/atom.xml")
    assert [(e.url, e.published) for e in entries] == [
        ("http://wire.test/pages/appeal.html", dt.date(2025, 3, 6)),
        ("http://wire.test/pages/summit.html", dt.date(2025, 3, 4)),
    ]


@settings(max_examples=50, deadline=None)
@given(
    st.binary(max_size=400)
    | st.text(max_size=400).map(lambda t: f"<rss><channel>{t}</channel></rss>".encode())
)
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    for entry in parse_feed(data, "http://wire.test/feed.xml"):
        assert entry.url
