"""``eventwire batch INPUT ... --output DIR``: code a corpus in parallel into Parquet, resumably."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.batch.options import DEFAULT_MAX_ATTEMPTS, DEFAULT_PARTITION_SIZE
from eventwire.cli.options import parse_date
from eventwire.cli.scheduler import SchedulerUnreachableError, check_scheduler

if TYPE_CHECKING:
    from eventwire.batch import BatchSummary

LOCAL_SCHEDULER = "local"


def render_summary(summary: BatchSummary, console: Console) -> None:
    """The run in one small table: partitions skipped, coded and failed, documents, events, speed."""
    table = Table(title=f"batch → {summary.output}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("partitions", str(summary.partitions))
    table.add_row("  already done (skipped)", str(summary.skipped))
    table.add_row("  coded now", str(summary.coded))
    if summary.ingested_without_coding:
        table.add_row("  ingested from earlier output", str(summary.ingested_without_coding))
    table.add_row("  retried attempts", str(summary.retried))
    table.add_row("  failed", str(len(summary.failed)))
    table.add_row("documents coded", str(summary.documents))
    table.add_row("events", str(summary.events))
    table.add_row("input errors", str(summary.errors + len(summary.input_errors)))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    table.add_row("documents/s", f"{summary.documents_per_second:.1f}")
    if summary.worker_peak_rss_mb:
        table.add_row("peak memory per worker (MB)", f"{max(summary.worker_peak_rss_mb.values()):.0f}")
    console.print(table)


def batch_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT...", help="JSONL files, directories of text/HTML files, CSV or Parquet."
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for Parquet files and the manifest.")
    ],
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes (default: all cores).")
    ] = os.cpu_count() or 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler ADDRESS, or 'local' for a Dask LocalCluster; default: local processes.",
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="Documents per partition.")
    ] = DEFAULT_PARTITION_SIZE,
    date: Annotated[
        str | None, typer.Option("--date", help="Date (YYYY-MM-DD); wins over the documents' own.")
    ] = None,
    max_attempts: Annotated[
        int, typer.Option("--max-attempts", min=1, help="Attempts per partition before it is failed.")
    ] = DEFAULT_MAX_ATTEMPTS,
    ingest: Annotated[bool, typer.Option("--ingest", help="Also load the results into the store.")] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL for --ingest (default: $EVENTWIRE_DB or SQLite).")
    ] = None,
) -> None:
    """Code many documents in parallel into Parquet; re-running the same command resumes where it stopped."""
    from eventwire.batch import BatchOptions, PlanMismatchError, run_batch  # deferred: pyarrow, the runner
    from eventwire.batch.ingest import StoreUnavailableError

    errors = Console(stderr=True)
    if output.exists() and not output.is_dir():
        errors.print(
            f"[red]error:[/red] --output {output} is a file, not a directory", highlight=False, soft_wrap=True
        )
        raise typer.Exit(2)
    if scheduler is not None and scheduler != LOCAL_SCHEDULER:
        try:
            check_scheduler(scheduler)
        except SchedulerUnreachableError as error:
            errors.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    options = BatchOptions(
        output=output,
        workers=workers,
        scheduler=scheduler,
        partition_size=partition_size,
        default_date=parse_date(date),
        max_attempts=max_attempts,
        ingest=ingest or db is not None,
        db_url=db,
    )
    try:
        summary = run_batch([str(path) for path in inputs], options, console=errors)
    except (PlanMismatchError, StoreUnavailableError) as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    except OSError as error:  # an output directory that cannot be made, a scheduler lost mid-run
        errors.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from error
    except KeyboardInterrupt:
        errors.print(
            f"interrupted: the finished partitions are kept in {output}; run the same command again to "
            "resume where it stopped",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(130) from None
    for problem in summary.input_errors:
        said = (
            problem.message
            if problem.message.startswith(problem.location)
            else (f"{problem.location}: {problem.message}")
        )
        errors.print(f"[yellow]skipped:[/yellow] {said}", highlight=False, soft_wrap=True)
    for partition, reason in summary.failed.items():
        errors.print(f"[red]failed:[/red] partition {partition}: {reason}", highlight=False, soft_wrap=True)
    if summary.partitions == 0:
        errors.print("[red]error:[/red] nothing to code", highlight=False)
        raise typer.Exit(2)
    render_summary(summary, Console())
    if not summary.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``batch`` to the ``eventwire`` command."""
    app.command("batch")(batch_command)
