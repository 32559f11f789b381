"""``eventwire eval GOLD``: score the coder against gold data of any shape.

Shapes (sniffed from the content, see :mod:`eventwire.eval.shapes`): gold events as JSONL or PETRARCH
validation XML (precision/recall/F1), pentaclass sentences (coverage, class hit), actor-span sentences
(coverage, actor overlap), PLOVER pairs (type hit, actor overlap) and articles by category (events
per article). ``--json`` prints only the report, one JSON object, so the output pipes into ``jq``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from eventwire.cli.dictionary_files import check_dictionaries

if TYPE_CHECKING:
    from eventwire.eval import CoderLike, GoldRecord
    from eventwire.eval.dispatch import AnyReport
    from eventwire.eval.shapes import GoldSet


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
    gold: GoldSet | Sequence[GoldRecord],
    coder: CoderLike,
    *,
    console: Console,
    progress_console: Console | None = None,
    as_json: bool = False,
    details: bool = False,
) -> AnyReport:
    """Code the gold texts and score them; print the tables, or with ``as_json`` only the JSON report."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from eventwire.eval.dispatch import gold_report_json, score_gold  # deferred: no scoring at start-up
    from eventwire.eval.render import render_any_report
    from eventwire.eval.runner import predict
    from eventwire.eval.shapes import EventGold, GoldSet

    if not isinstance(gold, GoldSet):
        gold = EventGold(tuple(gold))
    progress_console = progress_console or Console(stderr=True)
    with Progress(
        TextColumn(f"coding {gold.shape} gold"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=progress_console,
        transient=True,
        disable=not progress_console.is_terminal,
    ) as progress:
        task = progress.add_task("coding", total=len(gold.records))
        predictions = predict(coder, gold.records, on_result=lambda _result: progress.advance(task))
    report = score_gold(gold, predictions)
    if as_json:
        # Written raw, not through Rich, so the object is never wrapped or styled.
        console.file.write(json.dumps(gold_report_json(gold, report, include_details=details)) + "\n")
        console.file.flush()
    else:
        render_any_report(report, console, details=details)
    return report


def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD",
            help="Gold file: JSONL (events, pentaclass sentences, actor spans, PLOVER pairs or articles "
            "by category, sniffed from the fields) or PETRARCH validation XML.",
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print only the report, as one JSON object (pipe it into jq).")
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", help="Also list every record that was not coded as gold.")
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
    """Score the coder against gold: events (P/R/F1), pentaclass, actor spans, PLOVER pairs, categories."""
    from eventwire.eval import GoldFormatError  # deferred: loading the CLI reads no gold
    from eventwire.eval.gold import read_any_gold
    from eventwire.eval.shapes import head

    errors = Console(stderr=True)
    check_dictionaries(dictionary or [])
    try:
        gold_set = read_any_gold(gold)
    except GoldFormatError as error:
        errors.print(f"[red]error:[/red] unreadable gold: {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    if limit is not None:
        gold_set = head(gold_set, limit)
    try:
        coder = build_coder(dictionary or [], min_confidence)
    except CoderUnavailableError as error:
        errors.print(
            f"[red]error:[/red] the coder is not available: {error}", highlight=False, soft_wrap=True
        )
        raise typer.Exit(1) from error
    run_eval(gold_set, coder, console=Console(), progress_console=errors, as_json=as_json, details=details)


def register(app: typer.Typer) -> None:
    """Add ``eval`` to the ``eventwire`` command."""
    app.command("eval")(eval_command)
