"""``eventwire export``: write stored events as JSONL, CSV, Parquet, GDELT 2.0 TSV or POLECAT TSV.

``--output -`` writes to standard output (the row count goes to stderr); a missing output directory
or store is a one-line error with exit code 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli.options import parse_date
from eventwire.cli.stores import EXIT_USAGE, open_existing_store
from eventwire.export.formats import STDOUT, ExportFormat

FACTUALITIES = ("asserted", "planned", "possible", "negated", "hypothetical")


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    separator = "," if "," in value else "-"
    parts = [part.strip() for part in value.split(separator) if part.strip()]
    if len(parts) != 2:
        raise typer.BadParameter(f"expected two actor codes like RUS,USA, got {value!r}", param_hint="--dyad")
    return parts[0], parts[1]


def _factuality(values: list[str] | None) -> tuple[str, ...]:
    found = tuple(part.strip() for value in values or [] for part in value.split(",") if part.strip())
    unknown = [value for value in found if value not in FACTUALITIES]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r} is not one of {', '.join(FACTUALITIES)}", param_hint="--factuality"
        )
    return found


def _check_output(output: Path) -> None:
    if output == STDOUT:
        return
    if not output.parent.is_dir():
        Console(stderr=True).print(
            f"[red]error:[/red] cannot write {output}: the directory {output.parent} does not exist",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_USAGE)
    if output.is_dir():
        Console(stderr=True).print(f"[red]error:[/red] {output} is a directory: name a file", highlight=False)
        raise typer.Exit(EXIT_USAGE)


def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; - for standard output.")],
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
        str | None,
        typer.Option("--actor", help="Actor code prefixes on either side, e.g. RUS or USAGOV,UKR."),
    ] = None,
    dyad: Annotated[
        str | None, typer.Option("--dyad", help="Two actor code prefixes, either direction: RUS,USA.")
    ] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root codes, e.g. 04 or 04,19.")] = None,
    factuality: Annotated[
        list[str] | None,
        typer.Option(
            "--factuality",
            help="Only events with these factualities (repeatable or comma-separated; gdelt and polecat "
            "default: asserted).",
        ),
    ] = None,
) -> None:
    """Export stored events; gdelt and polecat write one row per deduplicated event with its counts."""
    from eventwire.export import export  # deferred: the writers load pyarrow and the store
    from eventwire.store import EventFilter

    where = EventFilter(
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        actor=actor,
        dyad=_dyad(dyad),
        root=root,
        factuality=_factuality(factuality),
    )
    _check_output(output)
    store = open_existing_store(db)
    try:
        count = export(store, export_format, output, where)
    except OSError as error:
        Console(stderr=True).print(
            f"[red]error:[/red] cannot write {output}: {error.strerror}", highlight=False
        )
        raise typer.Exit(1) from error
    finally:
        store.close()
    shown = "standard output" if output == STDOUT else str(output)
    Console(stderr=True).print(
        f"wrote {count} rows ({export_format}) to {shown}", highlight=False, soft_wrap=True
    )


def register(app: typer.Typer) -> None:
    """Add ``export`` to the ``eventwire`` command."""
    app.command("export")(export_command)
