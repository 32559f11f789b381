"""``eventwire serve``: the REST API and dashboard over an event store, on loopback unless told otherwise."""

from __future__ import annotations

import os
from typing import Annotated

import typer

DEFAULT_CODING_QUEUE = 8


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
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A name clients reach the server by (its Host header), besides localhost, 127.0.0.1, "
            "::1 and --host; repeatable; '*' accepts any. Other Host headers get 400.",
        ),
    ] = None,
    coding_queue: Annotated[
        int,
        typer.Option(
            min=1,
            help="Coding requests in line before new ones get 503 with Retry-After (one is coded at a time).",
        ),
    ] = DEFAULT_CODING_QUEUE,
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="Create the store when --db names a SQLite file that does not exist yet (to fill it "
            "through POST /api/v1/articles); without it, a missing store is an error (exit code 2).",
        ),
    ] = False,
) -> None:
    """Serve the REST API (/api/v1, schema at /openapi.json, docs at /docs) and the dashboard at /.

    Posting articles needs the token in $EVENTWIRE_TOKEN (Authorization: Bearer <token>).
    """
    import uvicorn

    from eventwire.api import create_app
    from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE, allowed_hosts
    from eventwire.api.serving import ServeError, open_store, store_warnings

    try:
        store = open_store(db, create=create)
    except ServeError as error:
        typer.echo(f"eventwire: {error}", err=True)
        raise typer.Exit(2) from error
    if not os.environ.get(TOKEN_ENVIRONMENT_VARIABLE):
        typer.echo(f"eventwire: {TOKEN_ENVIRONMENT_VARIABLE} is not set: the API is read-only", err=True)
    for warning in store_warnings(store):
        typer.echo(f"eventwire: {warning}", err=True)
    names = allowed_hosts(host, allowed_host or ())
    application = create_app(store, allowed_hosts=names, max_coding_queue=coding_queue)
    typer.echo(f"eventwire: serving {store.url} at http://{host}:{port}/", err=True)
    try:
        uvicorn.run(application, host=host, port=port, log_level="info")
    finally:
        store.close()
