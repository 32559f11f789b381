"""``eventwire serve``: the REST API and dashboard over an event store, on loopback unless told otherwise."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


def serve_command(
    db: Annotated[
        str | None, typer.Option(help="Store URL (default $EVENTWIRE_DB, else sqlite:///eventwire.db).")
    ] = None,
    host: Annotated[
        str, typer.Option(help="Interface to listen on; loopback keeps it private.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the REST API (/api/v1, schema at /openapi.json, docs at /docs) and the dashboard at /.

    Posting articles needs the token in $EVENTWIRE_TOKEN (Authorization: Bearer <token>).
    """
    import uvicorn

    from eventwire.api import create_app
    from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE
    from eventwire.store import Store

    store = Store(db)
    if not os.environ.get(TOKEN_ENVIRONMENT_VARIABLE):
        typer.echo(f"eventwire: {TOKEN_ENVIRONMENT_VARIABLE} is not set: the API is read-only", err=True)
    typer.echo(f"eventwire: serving {store.url} at http://{host}:{port}/", err=True)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")
    finally:
        store.close()
