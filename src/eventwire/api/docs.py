"""``/docs``: Swagger UI (interactive, with "try it out" and the bearer token's Authorize button) over
``/openapi.json``, served offline from the Swagger UI 5 assets the ``fastapi-offline`` package ships
(Swagger UI 5 reads the OpenAPI 3.1 schemas FastAPI writes; 4.x cannot).

FastAPI's own docs page loads its scripts from a CDN and starts them with an inline script, which the
server's content security policy forbids; this page loads the same Swagger UI from the package and
starts it from a file, so it works offline and under ``script-src 'self'``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse

router = APIRouter(include_in_schema=False)

ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js")
"""The package files the page needs (the bundle includes its standalone dependencies)."""


def _page(name: str) -> Path:
    return Path(str(resources.files("eventwire.api").joinpath(name)))


@cache
def swagger_ui_directory() -> Path:
    """Where the installed ``fastapi-offline`` keeps Swagger UI's files (``static/``)."""
    return Path(str(resources.files("fastapi_offline"))) / "static"


@router.get("/docs")
def docs() -> FileResponse:
    return FileResponse(_page("docs.html"), headers={"Cache-Control": "no-cache"})


@router.get("/docs/init.js")
def docs_init() -> FileResponse:
    return FileResponse(_page("docs_init.js"), media_type="text/javascript")


@router.get("/docs/assets/{name}")
def docs_asset(name: str) -> FileResponse:
    """One of ``ASSETS`` from the installed ``fastapi-offline``; anything else is a 404."""
    if name not in ASSETS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no docs asset {name!r}")
    media_type = "text/css" if name.endswith(".css") else "text/javascript"
    return FileResponse(swagger_ui_directory() / name, media_type=media_type)
