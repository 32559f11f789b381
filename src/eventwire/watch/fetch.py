"""Fetching feeds and pages over http(s) only, with a timeout and a size limit.

Feeds and pages are hostile input: a link may point at ``file://``, redirect to ``ftp://``, never stop
sending, or announce a gigabyte. Every such case becomes a ``FetchError`` with a reason, never a hang
or an exception that stops the watcher. ``permanent`` errors are not worth retrying on the next poll.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
USER_AGENT = "eventwire-watch/0.1 (+https://github.com/eventwire)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Seconds per request (connect and each read) and the most bytes accepted from one response."""

    timeout: float = 20.0
    max_bytes: int = 5 * 2**20


class FetchError(Exception):
    """A URL that could not be fetched; ``permanent`` when retrying later would not help."""

    def __init__(self, url: str, reason: str, *, permanent: bool) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.permanent = permanent


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow ``ftp://``)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchError(newurl, "redirect to a non-http(s) URL refused", permanent=True)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


DEFAULT_LIMITS = FetchLimits()

_OPENER = urllib.request.build_opener(_HttpOnlyRedirects())


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.netloc:
        raise FetchError(url, "only absolute http(s) URLs are fetched", permanent=True)


def fetch_url(url: str, limits: FetchLimits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """The body of ``url`` and its content type; raises ``FetchError``."""
    check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    try:
        with _OPENER.open(request, timeout=limits.timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(
                    url, f"{declared} bytes is over the {limits.max_bytes}-byte limit", permanent=True
                )
            body: bytes = response.read(limits.max_bytes + 1)
            content_type = response.headers.get_content_type()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(
            url, f"HTTP {error.code}", permanent=400 <= error.code < 500 and error.code != 429
        ) from error
    except (urllib.error.URLError, OSError, ValueError) as error:  # DNS, refused, timeout, bad URL
        reason = getattr(error, "reason", error)
        raise FetchError(url, f"cannot fetch: {reason}", permanent=False) from error
    if len(body) > limits.max_bytes:
        raise FetchError(url, f"more than the {limits.max_bytes}-byte limit", permanent=True)
    return body, content_type
