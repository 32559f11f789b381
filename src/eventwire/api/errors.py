"""Error answers: their shapes in OpenAPI, and a JSON answer (never a traceback) for every failure.

Every error body is ``{"detail": str}``; a 422 adds ``errors`` (``[{"loc", "msg", "type"}]``, the
rejected input never echoed). :func:`document_errors` makes ``/openapi.json`` say so (FastAPI's default
422 schema describes a different body). :class:`ErrorsAsJson` answers an unhandled exception with JSON:
a store that cannot be written (read-only file, full disk, vanished directory, server gone) is a 503
that says so, an id beyond the store's integer range a 404, another value the store refuses a 422,
anything else a plain 500; the error is logged with its traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger("eventwire.api")


class ErrorOut(BaseModel):
    """Every error answer."""

    detail: str = Field(description="What went wrong, for a person to read.")


class ValidationItem(BaseModel):
    """One invalid part of a request."""

    loc: list[str | int] = Field(description="Where: body, query or path, then the field.")
    msg: str
    type: str


class ValidationErrorOut(BaseModel):
    """A 422 answer: a summary and each invalid part."""

    detail: str
    errors: list[ValidationItem]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Host header not among the server's names."},
    401: {"model": ErrorOut, "description": "Missing or wrong bearer token."},
    403: {"model": ErrorOut, "description": "Writes are disabled (no token configured)."},
    404: {"model": ErrorOut, "description": "No such item."},
    413: {"model": ErrorOut, "description": "Request body over the size limit."},
    503: {
        "model": ErrorOut,
        "description": "Busy (the coding queue is full) or the store is unavailable; see Retry-After.",
    },
}
APP_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: ERROR_RESPONSES[status] for status in (400, 404, 413, 503)
}
"""Answers any route may give (the guards in front of every route give them; an id past the store's
range is a 404 anywhere)."""


def document_errors(app: FastAPI) -> None:
    """Make ``app``'s OpenAPI describe the 422 body the app really sends (``ValidationErrorOut``)."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        if components.get("HTTPValidationError", {}).get("title") != ValidationErrorOut.__name__:
            shape = ValidationErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(shape.pop("$defs", {}))
            shape["title"] = ValidationErrorOut.__name__
            components["HTTPValidationError"] = shape
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def classify(error: BaseException) -> tuple[int, str]:
    """The status and message an unhandled exception is answered with."""
    if isinstance(error, OverflowError) or (isinstance(error, DataError) and "range" in str(error)):
        return 404, "no such item: the value is out of the store's range"
    if isinstance(error, DataError):
        return 422, "a value the store cannot hold"
    if isinstance(error, OperationalError):
        reason = str(error.orig) if error.orig is not None else type(error).__name__
        return 503, f"the store is unavailable: {reason.splitlines()[0][:200]}"
    return 500, "internal server error"


class ErrorsAsJson:
    """Answers an unhandled exception with a JSON error (inside ``SecurityHeaders``, so the answer
    carries the security headers too); if the answer had already started, the connection is closed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:
            LOGGER.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            status, detail = classify(error)
            answer: dict[str, Any] = {"detail": detail}
            if status == 422:
                answer["errors"] = [{"loc": [], "msg": detail, "type": "value_error"}]
            headers = {"retry-after": "30"} if status == 503 else None
            await JSONResponse(answer, status_code=status, headers=headers)(scope, receive, send)


async def on_http_error(request: Request, error: Exception) -> Response:
    """FastAPI's answer to an ``HTTPException``, except that a 422 raised by a route's own checks gets
    the documented 422 body too (``detail`` and ``errors``)."""
    assert isinstance(error, StarletteHTTPException)
    if error.status_code != 422:
        return await http_exception_handler(request, error)
    detail = str(error.detail)
    body = ValidationErrorOut(detail=detail, errors=[ValidationItem(loc=[], msg=detail, type="value_error")])
    return JSONResponse(body.model_dump(), status_code=422, headers=error.headers)
