"""``eventwire ingest``, ``eventwire claims``, ``eventwire stats``: fill the event store and look into it."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

import eventwire
from eventwire.cli.options import parse_date
from eventwire.cli.stores import open_existing_store, open_store
from eventwire.model import Article, DocumentResult, InputError

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $EVENTWIRE_DB, else sqlite:///eventwire.db)."),
]
CLAIM_STATUSES = ("open", "confirmed", "cancelled", "denied", "lapsed")
EVENTS_COUNTED_AS = (
    "events: asserted events, each event cluster (one event reported by several articles, a joint act) once;"
    " events_by_factuality: event clusters by factuality; mentions: every event coded in every article"
)


def build_coder() -> Any:
    """The real coder, imported lazily so ``stats`` and ``claims`` never load spaCy."""
    return importlib.import_module("eventwire.coder").Coder()


def coder_version(coder: Any) -> str:
    """The version stored with each article: a coder may say its own, else eventwire's."""
    return str(getattr(coder, "version", None) or eventwire.__version__)


def rejection_line(error: InputError) -> str:
    """The one line ``ingest`` prints for a rejected input: ``rejected <location>: <kind>: <why>``, the
    location once (input errors' messages start with it) and any line breaks in the reason flattened."""
    message = error.message.removeprefix(f"{error.location}: ")
    return " ".join(f"rejected {error.location}: {error.kind}: {message}".split())


def ingest_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Files, directories, .jsonl/.csv files, or - for stdin.")
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date YYYY-MM-DD; wins over the documents' own.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Code articles and store them; the same article again changes nothing, unreadable input is recorded."""
    from eventwire.sources import read_inputs
    from eventwire.store import IngestOutcome  # deferred: SQLAlchemy only for commands that open a store

    default_date = parse_date(date, "--date")
    console, errors = Console(), Console(stderr=True)
    store = open_store(db)
    counts: Counter[str] = Counter()
    try:
        coder = build_coder()
        version = coder_version(coder)

        def to_code() -> Iterator[Article]:
            for item in read_inputs(paths, default_date=default_date):
                if isinstance(item, InputError):
                    store.reject(item)
                    counts["rejected"] += 1
                    errors.print(rejection_line(item), highlight=False, soft_wrap=True, markup=False)
                elif store.is_current(item, version):
                    counts[str(IngestOutcome.UNCHANGED)] += 1
                else:
                    yield item

        with Progress(
            SpinnerColumn(),
            TextColumn("ingesting: {task.completed} articles coded"),
            TimeElapsedColumn(),
            console=errors,
            transient=True,
            disable=not errors.is_terminal,
        ) as progress:
            task = progress.add_task("ingest")
            result: DocumentResult
            for result in coder.code_articles(to_code()):
                counts[str(store.ingest(result, version))] += 1
                counts["events"] += len(result.events)
                progress.advance(task)
        claims = store.refresh_claims()
    finally:
        store.close()
    read = sum(counts[str(outcome)] for outcome in IngestOutcome if outcome is not IngestOutcome.REJECTED)
    console.print(
        f"{read} articles: {counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged']} unchanged; {counts['events']} events coded; "
        f"{counts['rejected']} inputs rejected; {claims} claims tracked",
        highlight=False,
        soft_wrap=True,
    )
    if read == 0 and counts["rejected"] > 0:
        raise typer.Exit(1)


def claims_command(
    status: Annotated[
        str | None, typer.Option("--status", help=f"Only claims in this status: {', '.join(CLAIM_STATUSES)}.")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """List tracked claims (planned or possible events) with their status and chain of evidence."""
    if status is not None and status not in CLAIM_STATUSES:
        raise typer.BadParameter(f"one of {', '.join(CLAIM_STATUSES)}", param_hint="--status")
    if output_format not in ("table", "json"):
        raise typer.BadParameter("table or json", param_hint="--format")
    store = open_existing_store(db)  # reading: a mistyped --db is an error, not a new empty store
    try:
        claims = store.claims(status)
    finally:
        store.close()
    console = Console()
    if output_format == "json":
        console.file.write(json.dumps(claims, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(claims)} claims")
    for column in ("id", "status", "claim", "window", "resolved", "evidence (article:role)"):
        table.add_column(column)
    for claim in claims:
        chain = ", ".join(
            f"{item['article_id']}:{item['role']}" if item["article_id"] is not None else item["role"]
            for item in claim["evidence"]
        )
        window = f"{claim['window']['start']} .. {claim['window']['end']}"
        table.add_row(
            str(claim["id"]), claim["status"], claim["summary"], window, claim["resolved_on"] or "", chain
        )
    console.print(table)


def stats_command(
    db: DbOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the counts as ONE JSON object on the last line.")
    ] = False,
) -> None:
    """Counts of articles, events, event clusters, stories, claims and rejected inputs.

    ``events`` counts asserted events, each event cluster (the same event reported by several
    articles, a joint act coded from both sides) once; ``events_by_factuality`` counts those clusters
    for every factuality (asserted, planned, possible, denied...); ``mentions`` counts every event
    coded in every article. The JSON says so in ``events_counted_as``.
    """
    store = open_existing_store(db)
    try:
        stats = store.stats()
    finally:
        store.close()
    console = Console()
    if as_json:
        console.file.write(json.dumps({**stats, "events_counted_as": EVENTS_COUNTED_AS}) + "\n")
        return
    table = Table(title="eventwire store")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in stats.items():
        shown = ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else str(value)
        table.add_row(key.replace("_", " "), shown)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``claims`` and ``stats`` to the ``eventwire`` command."""
    app.command("ingest")(ingest_command)
    app.command("claims")(claims_command)
    app.command("stats")(stats_command)
