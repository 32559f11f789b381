"""``eventwire watch FEED_URL ...``: poll RSS/Atom feeds, code each new linked page once, ingest it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.model import DocumentResult


def _print_jsonl(result: DocumentResult) -> None:
    sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    sys.stdout.flush()


def watch_command(
    feeds: Annotated[
        list[str], typer.Argument(metavar="FEED_URL...", help="RSS or Atom feed URLs (http/https).")
    ],
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between polls.")] = 300.0,
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: $EVENTWIRE_DB or SQLite eventwire.db).")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    state: Annotated[
        Path | None, typer.Option("--state", help="File remembering handled URLs (default: XDG state dir).")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds per HTTP request.")] = 20.0,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1024, help="Largest feed or page accepted, in bytes.")
    ] = 5 * 2**20,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Also print each coded page as a JSONL line.")
    ] = False,
    allow_network: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-network",
            help="A non-public network (CIDR or address) the watcher may fetch from, e.g. an intranet's "
            "10.0.0.0/8; repeatable. Loopback, link-local and private addresses are refused otherwise.",
        ),
    ] = None,
) -> None:
    """Watch feeds: fetch each new linked page once, extract its text and date, code it and ingest it."""
    from eventwire.batch.ingest import StoreSink, StoreUnavailableError  # deferred: httpx, the store
    from eventwire.watch import FetchLimits, SeenUrls, Watcher, default_state_path
    from eventwire.watch.addresses import AllowedNetworks
    from eventwire.watch.fetch import FetchError, check_url

    errors = Console(stderr=True)
    try:
        for feed in feeds:
            check_url(feed)
        allowed = AllowedNetworks.parse(allow_network or ())
    except (FetchError, ValueError) as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    try:
        sink = StoreSink(db, refresh_each_ingest=True)
    except StoreUnavailableError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    watcher = Watcher(
        feeds,
        seen=SeenUrls(state or default_state_path()),
        sink=sink,
        limits=FetchLimits(timeout=timeout, max_bytes=max_bytes, allowed=allowed),
        on_result=_print_jsonl if jsonl else None,
    )

    def log(line: str) -> None:
        errors.print(line, highlight=False, soft_wrap=True, markup=False)

    try:
        report = watcher.run(interval=interval, once=once, log=log)
    except KeyboardInterrupt:
        log("stopped")
        return
    finally:
        sink.close()
    if report.failed_feeds:
        raise typer.Exit(1)  # --once: a feed that could not be read is a failed run


def register(app: typer.Typer) -> None:
    """Add ``watch`` to the ``eventwire`` command."""
    app.command("watch")(watch_command)
