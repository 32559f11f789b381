"""The watcher reaches public hosts only: loopback in every spelling, link-local, private and reserved
addresses are refused on the first request and on every redirect hop, unless the user allows them."""

from __future__ import annotations

import ipaddress
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import DocumentResult
from eventwire.watch import FetchError, FetchLimits, SeenUrls, Watcher, fetch_url
from eventwire.watch.addresses import AddressRefusedError, AllowedNetworks, checked_address, refusal


class Server(Protocol):
    """The conftest's fixture server: its URLs and how often each path was requested."""

    hits: Counter[str]
    port: int

    def url(self, path: str) -> str: ...


LOOPBACK_SPELLINGS = ("127.0.0.1", "localhost", "0x7f000001", "2130706433", "[::1]")
ONLY_SERVER = FetchLimits(timeout=5.0, allowed=AllowedNetworks.parse(["127.0.0.1/32"]))
"""The fixture server (127.0.0.1) allowed, nothing else: 127.0.0.2 and ::1 stay refused."""


class ListSink:
    """Collects what the watcher ingests."""

    def __init__(self) -> None:
        self.results: list[DocumentResult] = []

    def ingest(self, results: Iterable[DocumentResult]) -> None:
        self.results.extend(results)

    def close(self) -> None:
        return


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_loopback_spelling_is_refused(fixture_server: Server, host: str) -> None:
    url = f"http://{host}:{fixture_server.port}/pages/summit.html"
    with pytest.raises(FetchError, match="loopback") as caught:
        fetch_url(url)
    assert caught.value.permanent
    assert fixture_server.hits["/pages/summit.html"] == 0


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("169.254.169.254", "link-local"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("[fe80::1]", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("[::ffff:127.0.0.1]", "loopback"),
    ],
)
def test_internal_addresses_are_refused_before_connecting(host: str, kind: str) -> None:
    with pytest.raises(FetchError, match=kind) as caught:
        fetch_url(f"http://{host}/admin/delete?all=1", FetchLimits(timeout=1.0))
    assert caught.value.permanent


@pytest.mark.parametrize("host", ["127.0.0.2", "2130706434", "0x7f000002", "[::1]"])
def test_a_redirect_to_loopback_is_refused(fixture_server: Server, host: str) -> None:
    """The server itself (127.0.0.1) is allowed; the loopback address it redirects to is not."""
    target = f"http://{host}:{fixture_server.port}/pages/summit.html"
    with pytest.raises(FetchError, match="loopback") as caught:
        fetch_url(fixture_server.url("/redirect?to=" + quote(target, safe="")), ONLY_SERVER)
    assert caught.value.permanent
    assert fixture_server.hits["/redirect"] == 1
    assert fixture_server.hits["/pages/summit.html"] == 0


def test_a_redirect_to_a_public_scheme_only(fixture_server: Server) -> None:
    with pytest.raises(FetchError, match="non-http") as caught:
        fetch_url(fixture_server.url("/to-file.xml"), ONLY_SERVER)
    assert caught.value.permanent


def test_the_allow_list_lets_an_intranet_through(fixture_server: Server) -> None:
    body, kind = fetch_url(fixture_server.url("/pages/summit.html"), ONLY_SERVER)
    assert b"Xi Jinping" in body and kind == "text/html"


def test_a_feed_redirected_to_file_is_recorded_once_and_not_fetched_again(
    fixture_server: Server, tmp_path: Path
) -> None:
    sink = ListSink()
    feed = fixture_server.url("/to-file.xml")
    watcher = Watcher([feed], seen=SeenUrls(tmp_path / "seen.json"), sink=sink, limits=ONLY_SERVER)
    first = watcher.poll_once()
    second = watcher.poll_once()
    assert first.failed_feeds == 1 and "non-http" in first.problems[0]
    assert (second.feeds, second.failed_feeds, second.problems) == (0, 0, [])
    assert fixture_server.hits["/to-file.xml"] == 1
    assert [error.kind for result in sink.results for error in result.errors] == ["fetch"]


def test_watch_once_on_an_unreachable_feed_exits_non_zero(tmp_path: Path) -> None:
    base = ["--once", "--db", f"sqlite:///{tmp_path / 'w.db'}", "--state", str(tmp_path / "s.json")]
    refused = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed.xml", *base])
    assert refused.exit_code == 1 and "loopback" in refused.stderr
    allowed = [*base, "--allow-network", "127.0.0.0/8", "--timeout", "2"]
    unreachable = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/feed.xml", *allowed])
    assert unreachable.exit_code == 1 and "cannot fetch" in unreachable.stderr


def test_a_bad_allow_list_entry_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["watch", "http://example.org/feed", "--allow-network", "intranet"])
    assert result.exit_code == 2 and "not a network" in result.stderr


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_any_ipv4_spelling_is_judged_by_its_address(number: int) -> None:
    """A decimal or hexadecimal spelling of an address is refused exactly when the address is."""
    address = ipaddress.IPv4Address(number)
    for spelling in (str(number), hex(number), str(address)):
        try:
            checked = checked_address(spelling, 80, AllowedNetworks())
        except AddressRefusedError:
            assert refusal(address) is not None
        else:
            assert checked == address and refusal(address) is None
