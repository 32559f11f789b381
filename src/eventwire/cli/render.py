"""Rich rendering of coded documents for people at a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from eventwire.model import Actor, DocumentResult

_QUAD_STYLES = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "—"
    return f"{actor.code} ({actor.person})" if actor.person else actor.code


def render_results_table(results: Sequence[DocumentResult], console: Console | None = None) -> None:
    """One table of events across documents, then flags and errors, so nothing is hidden."""
    console = console or Console()
    table = Table(title="eventwire events", show_lines=False, expand=True)
    for column in ("doc", "sent", "source", "event", "target", "factuality", "said by", "when", "evidence"):
        table.add_column(column, overflow="fold")
    for result in results:
        for event in result.events:
            when = ""
            if event.time is not None:
                when = (
                    f"{event.time.start}…{event.time.end}"
                    if event.time.start != event.time.end
                    else str(event.time.start)
                )
            table.add_row(
                result.doc_id,
                str(event.sentence),
                _actor(event.source),
                f"[{_QUAD_STYLES.get(event.quad_class, '')}]{event.cameo} {event.cameo_name}[/]",
                _actor(event.target),
                str(event.factuality),
                _actor(event.attributed_to) if event.attributed_to else "",
                when,
                event.evidence.text if len(event.evidence.text) <= 90 else event.evidence.text[:87] + "…",
            )
    console.print(table)
    for result in results:
        for flag in result.flags:
            console.print(f"[yellow]flag[/] {result.doc_id}: {flag.kind}: {flag.message}")
        for error in result.errors:
            console.print(f"[red]error[/] {error.location}: {error.kind}: {error.message}")
    events = sum(len(r.events) for r in results)
    console.print(f"{len(results)} documents, {events} events")
