"""``eventwire eval GOLD``: score the coder against gold event data (JSONL or PETRARCH validation XML)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.eval import CoderLike, EvalReport, GoldFormatError, GoldRecord, predict, read_gold, score
from eventwire.eval.render import render_report


class CoderUnavailableError(RuntimeError):
    """``eventwire.coder.Coder`` cannot be imported (a broken or partial install)."""


def build_coder(dictionaries: Sequence[Path], min_confidence: float) -> CoderLike:
    """The real coder, imported lazily so loading the CLI never loads spaCy; tests replace this function."""
    try:
        coder_class = importlib.import_module("eventwire.coder").Coder
    except (ImportError, AttributeError) as error:
        raise CoderUnavailableError(str(error)) from error
    coder: CoderLike = coder_class(dictionaries=dictionaries, min_confidence=min_confidence)
    return coder


def run_eval(
    records: Sequence[GoldRecord],
    coder: CoderLike,
    *,
    console: Console,
    progress_console: Console | None = None,
    as_json: bool = False,
    details: bool = False,
) -> EvalReport:
    """Code the gold texts, score them, print the tables; ``as_json`` adds the JSON report as last line."""
    progress_console = progress_console or Console(stderr=True)
    with Progress(
        TextColumn("coding gold"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=progress_console,
        transient=True,
        disable=not progress_console.is_terminal,
    ) as progress:
        task = progress.add_task("coding", total=len(records))
        predictions = predict(coder, records, on_result=lambda _result: progress.advance(task))
    report = score(records, predictions)
    render_report(report, console, details=details)
    if as_json:
        # Written raw, not through Rich, so the line is never wrapped or styled.
        console.file.write(json.dumps(report.to_dict(include_details=details), sort_keys=False) + "\n")
        console.file.flush()
    return report


def eval_command(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold file: JSONL records or PETRARCH validation XML.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Also print the whole report as one JSON object on the last line.")
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", help="List the missed and spurious events of every record.")
    ] = False,
    dictionary: Annotated[
        list[Path] | None,
        typer.Option("--dictionary", help="CAMEO/PETRARCH actor or agent dictionary to add (repeatable)."),
    ] = None,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Drop events below this confidence.")
    ] = 0.0,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N records.")
    ] = None,
) -> None:
    """Score the coder against gold data: precision/recall/F1 per event, per CAMEO root, per quad class."""
    errors = Console(stderr=True)
    try:
        records = read_gold(gold)
    except GoldFormatError as error:
        errors.print(f"[red]error:[/red] unreadable gold: {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    if limit is not None:
        records = records[:limit]
    try:
        coder = build_coder(dictionary or [], min_confidence)
    except CoderUnavailableError as error:
        errors.print(
            f"[red]error:[/red] the coder is not available: {error}", highlight=False, soft_wrap=True
        )
        raise typer.Exit(1) from error
    run_eval(records, coder, console=Console(), progress_console=errors, as_json=as_json, details=details)


def register(app: typer.Typer) -> None:
    """Add ``eval`` to the ``eventwire`` command."""
    app.command("eval")(eval_command)
