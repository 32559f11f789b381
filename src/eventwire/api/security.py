"""Guards every request passes: the write token, a body size limit, the ``Host`` check and browser
security headers.

Article text is untrusted. The API only ever returns it as JSON values (never HTML), the dashboard inserts
it with ``textContent``, and the CSP forbids inline scripts, so a ``<script>`` in an article stays text.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterable
from typing import Annotated

from fastapi import HTTPException, Security, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_ENVIRONMENT_VARIABLE = "EVENTWIRE_TOKEN"
MAX_BODY_BYTES = 1_000_000

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        b"frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description=f"The server's ${TOKEN_ENVIRONMENT_VARIABLE}, as 'Authorization: Bearer <token>'.",
)
"""FastAPI's bearer scheme: declared in OpenAPI (Swagger UI's Authorize button); the check is ours."""


def require_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)] = None,
) -> None:
    """Dependency for write endpoints: ``Authorization: Bearer <$EVENTWIRE_TOKEN>``, compared in constant
    time. With no token configured, writes are refused: an open write endpoint is never the default."""
    expected = os.environ.get(TOKEN_ENVIRONMENT_VARIABLE, "")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not expected:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"writes are disabled: set {TOKEN_ENVIRONMENT_VARIABLE} on the server to enable them",
        )
    given = credentials.credentials.strip() if credentials is not None else ""
    if not given:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "missing 'Authorization: Bearer <token>' header", challenge
        )
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token", challenge)


class SecurityHeaders:
    """Adds the CSP and friends to every response, including errors and static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimit:
    """Answers 413 to bodies over ``max_bytes``, by Content-Length or, when chunked, by counting."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(scope, receive, send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            body.extend(message.get("body", b""))
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            more = bool(message.get("more_body", False))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body too large: the limit is {self.max_bytes} bytes"
        await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
"""Names a local server always answers to."""
_ANY_INTERFACE = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The ``Host`` names ``serve`` accepts: the local names, the interface it listens on (unless it
    is every interface) and the names the user adds (``*`` accepts any)."""
    names = [*LOCAL_HOSTS]
    if bind_host.strip("[]") not in _ANY_INTERFACE:
        names.append(bind_host)
    names.extend(extra)
    return tuple(dict.fromkeys(host_name(name) for name in names))


def host_name(header: str) -> str:
    """The name in a ``Host`` header, without its port and brackets, lowercased
    (``"[::1]:8000"`` → ``"::1"``, ``"Example.org:80"`` → ``"example.org"``)."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


class HostCheck:
    """Answers 400 to a request whose ``Host`` is not one of ``allowed`` (``*`` allows any): a web page
    that points its own name at 127.0.0.1 (DNS rebinding) cannot then read or write through the API.
    Starlette's ``TrustedHostMiddleware`` misreads IPv6 hosts (``[::1]:8000``), hence this one."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(host_name(name) for name in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "*" in self.allowed:
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1")
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        answer = JSONResponse({"detail": "Host header is not one of the server's names"}, status_code=400)
        await answer(scope, receive, send)
