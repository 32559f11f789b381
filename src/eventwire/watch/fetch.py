"""Fetching feeds and pages over http(s) only (httpx), with a timeout, a size limit and public hosts only.

Feeds and pages are hostile input: a link may point at ``file://``, redirect to ``ftp://`` or to
``http://127.0.0.1/admin``, never stop sending, or announce a gigabyte. Every such case becomes a
``FetchError`` with a reason, never a hang or an exception that stops the watcher. ``permanent`` errors
are not worth retrying on the next poll.

Every request, and every redirect hop, passes two guards: a request hook that refuses any scheme but
http(s), and a transport that resolves the host, refuses non-public addresses (``addresses``) and then
connects to the very address it checked (the TLS name stays the host's), so a second DNS answer cannot
slip past the check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from eventwire.watch.addresses import (
    AddressRefusedError,
    AllowedNetworks,
    UnresolvableHostError,
    checked_address,
)

ALLOWED_SCHEMES = frozenset({"http", "https"})
USER_AGENT = "eventwire-watch/0.1 (+https://github.com/eventwire)"
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Seconds per request (connect and each read), the most bytes accepted from one response, and the
    non-public networks the user allows (none by default)."""

    timeout: float = 20.0
    max_bytes: int = 5 * 2**20
    allowed: AllowedNetworks = field(default_factory=AllowedNetworks)


class FetchError(Exception):
    """A URL that could not be fetched; ``permanent`` when retrying later would not help."""

    def __init__(self, url: str, reason: str, *, permanent: bool) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.permanent = permanent


DEFAULT_LIMITS = FetchLimits()


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise FetchError(url, "only absolute http(s) URLs are fetched", permanent=True) from error
    if parsed.scheme.lower() not in ALLOWED_SCHEMES or not parsed.host:
        raise FetchError(url, "only absolute http(s) URLs are fetched", permanent=True)


def _refuse_other_schemes(request: httpx.Request) -> None:
    """Request hook, run for the first request and every redirect hop."""
    if request.url.scheme not in ALLOWED_SCHEMES:
        raise FetchError(str(request.url), "redirect to a non-http(s) URL refused", permanent=True)


class PublicHostsTransport(httpx.BaseTransport):
    """Resolves each request's host, refuses non-public addresses (unless allowed) and connects to the
    checked address itself; the ``Host`` header and the TLS server name stay the host's."""

    def __init__(self, allowed: AllowedNetworks, inner: httpx.BaseTransport) -> None:
        self._allowed = allowed
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = url.host
        port = url.port or _DEFAULT_PORTS.get(url.scheme, 80)
        try:
            address = checked_address(host, port, self._allowed)
        except AddressRefusedError as error:
            raise FetchError(str(url), str(error), permanent=True) from error
        except UnresolvableHostError as error:
            raise FetchError(str(url), str(error), permanent=False) from error
        pinned = httpx.Request(
            request.method,
            url.copy_with(host=str(address)),
            headers=request.headers,
            stream=request.stream,
            extensions={**request.extensions, "sni_hostname": host},
        )
        return self._inner.handle_request(pinned)

    def close(self) -> None:
        self._inner.close()


def client(limits: FetchLimits = DEFAULT_LIMITS) -> httpx.Client:
    """An httpx client with both guards, the timeout and no environment proxies (a proxy would reach
    the addresses the guard refuses)."""
    inner = httpx.HTTPTransport(retries=0)
    return httpx.Client(
        transport=PublicHostsTransport(limits.allowed, inner),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=limits.timeout,
        trust_env=False,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        event_hooks={"request": [_refuse_other_schemes]},
    )


def fetch_url(url: str, limits: FetchLimits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """The body of ``url`` and its content type; raises ``FetchError``."""
    check_url(url)
    try:
        with client(limits) as http, http.stream("GET", url) as response:
            if response.status_code >= 400:
                code = response.status_code
                raise FetchError(url, f"HTTP {code}", permanent=400 <= code < 500 and code not in (408, 429))
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(
                    url, f"{declared} bytes is over the {limits.max_bytes}-byte limit", permanent=True
                )
            body = bytearray()
            for part in response.iter_bytes():
                body += part
                if len(body) > limits.max_bytes:
                    raise FetchError(url, f"more than the {limits.max_bytes}-byte limit", permanent=True)
            content_type = response.headers.get("Content-Type", "application/octet-stream")
    except FetchError:
        raise
    except httpx.TooManyRedirects as error:
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", permanent=True) from error
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as error:
        raise FetchError(url, f"cannot fetch: {error}", permanent=True) from error
    except (httpx.HTTPError, OSError, ValueError) as error:  # refused, reset, timeout, bad response
        raise FetchError(url, f"cannot fetch: {error or type(error).__name__}", permanent=False) from error
    return bytes(body), content_type.split(";", 1)[0].strip().lower()
