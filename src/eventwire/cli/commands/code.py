"""``eventwire code``: code files, directories, JSONL or stdin and print events (◆ CLI contract)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.dictionary_files import check_dictionaries
from eventwire.cli.options import parse_date
from eventwire.cli.render import render_results_table
from eventwire.model import DocumentResult
from eventwire.pipeline import code_items


def register(app: typer.Typer) -> None:
    app.command("code")(code_command)


def code_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, .jsonl files, or - for stdin.")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Article date (YYYY-MM-DD); wins over dates the inputs carry.")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="table, json or jsonl.")] = "table",
    dictionary: Annotated[
        list[Path] | None, typer.Option(help="CAMEO/PETRARCH actor, agent or verb dictionary (repeatable).")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Drop events below this confidence (0-1).")
    ] = 0.0,
    statements: Annotated[
        bool,
        typer.Option(
            "--statements/--no-statements",
            help="Code CAMEO 01 public statements (default); --no-statements gives PLOVER-style data.",
        ),
    ] = True,
) -> None:
    """Code news text into events: who did what to whom, when, where, how surely, and who says so."""
    if output_format not in ("table", "json", "jsonl"):
        raise typer.BadParameter("--format must be table, json or jsonl")
    if any(not path.strip() for path in paths or []):  # an unset $TEXT: never "the current directory"
        raise typer.BadParameter("an empty path (to code stdin, give -)", param_hint="paths")
    day = parse_date(date)
    check_dictionaries(dictionary or [])
    from eventwire.coder import Coder  # deferred: loading spaCy is not needed for --help
    from eventwire.dictionaries import DictionaryFormatError
    from eventwire.sources import read_inputs

    try:
        coder = Coder(
            dictionaries=tuple(dictionary or ()), min_confidence=min_confidence, statements=statements
        )
    except (DictionaryFormatError, OSError) as error:
        raise typer.BadParameter(str(error), param_hint="--dictionary") from None
    results = code_items(read_inputs(paths or ["-"], default_date=day), coder)
    readable = _emit(results, output_format)
    if not readable:
        typer.echo(f"eventwire: nothing could be read{_text_for_a_path_hint(paths or [])}", err=True)
        raise typer.Exit(1)


def _text_for_a_path_hint(paths: list[str]) -> str:
    """A hint when a missing "path" is plainly a sentence: the user meant to code that text."""
    if any(path != "-" and " " in path.strip() and not Path(path).exists() for path in paths):
        return " (to code a text rather than a file, pipe it in: echo 'TEXT' | eventwire code -)"
    return ""


def _emit(results: Iterable[DocumentResult], output_format: str) -> int:
    """Print results as they come (jsonl streams); return how many documents were readable."""
    readable = 0
    collected: list[DocumentResult] = []
    for result in results:
        if not result.errors or result.events:
            readable += 1
        if output_format == "jsonl":
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            collected.append(result)
    if output_format == "json":
        sys.stdout.write(json.dumps([r.to_dict() for r in collected], ensure_ascii=False, indent=2) + "\n")
    elif output_format == "table":
        render_results_table(collected)
    return readable
