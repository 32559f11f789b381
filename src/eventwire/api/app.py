"""``create_app``: the REST API under ``/api/v1``, the dashboard at ``/`` and its assets under ``/static``.

FastAPI's Swagger UI loads from a CDN, and the server must work offline, so it is switched off: the
schema stays at ``/openapi.json`` and ``/docs`` is Swagger UI served from a package (``api/docs.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import eventwire
from eventwire.api import docs, read_routes, write_routes
from eventwire.api.coding import DEFAULT_MAX_WAITING, CoderLike, CodingService, default_coder
from eventwire.api.errors import APP_RESPONSES, ErrorsAsJson, document_errors, on_http_error
from eventwire.api.security import BodySizeLimit, HostCheck, SecurityHeaders
from eventwire.store import Store
from eventwire.web import routes as dashboard_routes


def web_directory() -> Path:
    """Where the dashboard's HTML, JS and CSS are installed (next to the ``eventwire.web`` package)."""
    return Path(str(resources.files("eventwire.web")))


def _message(item: dict[str, Any]) -> str:
    """Pydantic's message, or for a filter that does not match its pattern, the form it takes."""
    loc = list(item.get("loc", ()))
    form = read_routes.VALUE_FORMS.get(str(loc[1])) if len(loc) > 1 and loc[0] == "query" else None
    if item.get("type") == "string_pattern_mismatch" and form is not None:
        return f"{loc[1]} must be {form}"
    return str(item.get("msg", ""))


def _readable_errors(error: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors without the rejected input: a hostile body is never echoed back."""
    return [
        {"loc": list(item.get("loc", ())), "msg": _message(item), "type": str(item.get("type", ""))}
        for item in error.errors()
    ]


async def _on_invalid_request(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = _readable_errors(error)
    summary = "; ".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in errors)
    return JSONResponse(
        {"detail": f"invalid request: {summary}", "errors": errors},
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
    )


def create_app(
    store: Store,
    coder_factory: Callable[[], CoderLike] = default_coder,
    *,
    allowed_hosts: Sequence[str] | None = None,
    max_coding_queue: int = DEFAULT_MAX_WAITING,
) -> FastAPI:
    """The app over ``store``; ``coder_factory`` is called once, on the first request that codes text.

    ``allowed_hosts``: the ``Host`` names answered (others get 400; ``serve`` passes the local names
    and its own, see ``security.allowed_hosts``); None answers any. ``max_coding_queue``: coding
    requests in line before new ones get 503 with ``Retry-After``.
    """
    app = FastAPI(
        title="eventwire",
        version=eventwire.__version__,
        description="Political event data from news, served live from the event store.",
        docs_url=None,
        redoc_url=None,
        responses=APP_RESPONSES,
    )
    app.state.store = store
    app.state.coding = CodingService(store, coder_factory, max_waiting=max_coding_queue)
    app.add_exception_handler(RequestValidationError, _on_invalid_request)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.include_router(read_routes.router)
    app.include_router(write_routes.router)
    app.include_router(docs.router)
    app.include_router(dashboard_routes.router)
    web = web_directory()
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(web / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    app.add_middleware(BodySizeLimit)
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=tuple(allowed_hosts))
    app.add_middleware(ErrorsAsJson)
    app.add_middleware(SecurityHeaders)  # outermost: every answer carries the headers, errors included
    document_errors(app)
    return app
