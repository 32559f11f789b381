"""Rich rendering of coded documents for people at a terminal.

One compact table per document (its id and date as the title), so it stays readable in an 80-column
terminal; flags and errors follow each document, so nothing is hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from eventwire.model import Actor, DocumentResult, Event

_QUAD_STYLES = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}
_FACTUALITY_STYLES = {
    "asserted": "",
    "planned": "cyan",
    "possible": "cyan",
    "negated": "red",
    "hypothetical": "magenta",
}
_EVIDENCE_CHARS = 70


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "—"
    return f"{actor.code}\n[dim]{actor.person}[/]" if actor.person else actor.code


def _when(event: Event) -> str:
    if event.time is None or event.time.start is None:
        return ""
    if event.time.start == event.time.end:
        return str(event.time.start)
    return f"{event.time.start}…{event.time.end}"


def _evidence(event: Event) -> str:
    text = " ".join(event.evidence.text.split())
    return text if len(text) <= _EVIDENCE_CHARS else text[: _EVIDENCE_CHARS - 1] + "…"


def render_results_table(results: Sequence[DocumentResult], console: Console | None = None) -> None:
    """Every document's events, flags and errors, then a one-line total."""
    console = console or Console()
    for result in results:
        title = f"{result.doc_id} · {result.date or 'date unknown'}"
        if result.events:
            table = Table(title=title, title_justify="left", show_lines=True, expand=True)
            table.add_column("event", ratio=3)
            table.add_column("source", ratio=2)
            table.add_column("target", ratio=2)
            table.add_column("how sure · said by · when", ratio=3)
            table.add_column("evidence", ratio=5)
            for event in result.events:
                quad = _QUAD_STYLES.get(event.quad_class, "")
                factuality = str(event.factuality)
                style = _FACTUALITY_STYLES.get(factuality, "")
                said_by = f"\nper {event.attributed_to.code}" if event.attributed_to else ""
                when = _when(event)
                table.add_row(
                    f"[{quad}]{event.cameo}[/] {event.cameo_name}",
                    _actor(event.source),
                    _actor(event.target),
                    (f"[{style}]{factuality}[/]" if style else factuality)
                    + said_by
                    + (f"\n{when}" if when else ""),
                    f"[italic]{_evidence(event)}[/]",
                )
            console.print(table)
        else:
            console.print(f"[bold]{title}[/]: no events")
        for flag in result.flags:
            console.print(f"  [yellow]flag[/] {flag.kind}: {flag.message}", soft_wrap=True)
        for error in result.errors:
            console.print(f"  [red]error[/] {error.location}: {error.kind}: {error.message}", soft_wrap=True)
    events = sum(len(r.events) for r in results)
    console.print(f"{len(results)} documents, {events} events")
