"""``eventwire export``: write stored events as JSONL, CSV, Parquet, GDELT 2.0 TSV or POLECAT-style JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli.options import parse_date
from eventwire.export import ExportFormat, export
from eventwire.store import EventFilter, Store


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [part.strip() for part in value.replace("-", ",").split(",") if part.strip()]
    if len(parts) != 2:
        raise typer.BadParameter(f"expected two actor codes like RUS,USA, got {value!r}", param_hint="--dyad")
    return parts[0], parts[1]


def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    export_format: Annotated[
        ExportFormat, typer.Option("--format", help="Output format.")
    ] = ExportFormat.JSONL,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: $EVENTWIRE_DB, else sqlite:///eventwire.db)."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor code prefix on either side, e.g. RUS or USAGOV.")
    ] = None,
    dyad: Annotated[
        str | None, typer.Option("--dyad", help="Two actor code prefixes, either direction: RUS,USA.")
    ] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root code, e.g. 04.")] = None,
    factuality: Annotated[
        str | None,
        typer.Option("--factuality", help="Only events with this factuality (gdelt default: asserted)."),
    ] = None,
) -> None:
    """Export stored events; gdelt and polecat write one row per deduplicated event with its counts."""
    where = EventFilter(
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        actor=actor,
        dyad=_dyad(dyad),
        root=root,
        factuality=factuality,
    )
    try:
        store = Store(db)
    except Exception as error:  # any driver or URL error: one clear line, not a traceback
        Console(stderr=True).print(f"[red]error:[/red] cannot open the database: {error}", highlight=False)
        raise typer.Exit(2) from error
    try:
        count = export(store, export_format, output, where)
    finally:
        store.close()
    Console(stderr=True).print(
        f"wrote {count} rows ({export_format}) to {output}", highlight=False, soft_wrap=True
    )


def register(app: typer.Typer) -> None:
    """Add ``export`` to the ``eventwire`` command."""
    app.command("export")(export_command)
