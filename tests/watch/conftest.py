"""A local HTTP server for the watch tests: the feed and page fixtures plus a few misbehaving URLs.

One server per test, so hit counts start at zero. Tests type it with a small Protocol of their own:
importing helpers from a sibling module would need ``tests`` to be a package.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BIG_BYTES = 64 * 1024
"""What ``/big.html`` and ``/endless.html`` send; tests set the fetch limit below it."""


@dataclass
class FixtureServer:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    port: int = 0

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            server.hits[path] += 1
            if path == "/big.html":
                self._send(200, b"<html><body>" + b"x" * BIG_BYTES + b"</body></html>", "text/html")
            elif path == "/endless.html":  # no Content-Length: only the read limit stops it
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"y" * BIG_BYTES)
            elif path == "/flaky.html":
                self._send(503, b"try later", "text/plain")
            elif path == "/slow.html":
                time.sleep(1.0)
                self._send(200, b"<html></html>", "text/html")
            elif path == "/to-ftp.html":
                self._redirect("ftp://files.invalid/report.txt")
            elif path == "/to-file.xml":
                self._redirect("file:///etc/passwd")
            elif path == "/redirect":  # /redirect?to=URL
                self._redirect(unquote(self.path.split("?to=", 1)[1]))
            else:
                target = (FIXTURES / path.lstrip("/")).resolve()
                if FIXTURES not in target.parents or not target.is_file():
                    self._send(404, b"not found", "text/plain")
                    return
                kind = "application/rss+xml" if target.suffix == ".xml" else "text/html"
                self._send(200, target.read_bytes(), kind)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def fixture_server() -> Iterator[FixtureServer]:
    """A fresh server (and fresh hit counts) on 127.0.0.1 and a free port, in a background thread."""
    state = FixtureServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = int(httpd.server_address[1])
    state.base = f"http://127.0.0.1:{state.port}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
