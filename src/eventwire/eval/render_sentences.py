"""Rich tables for the sentence and article reports (pentaclass, spans, PLOVER pairs, categories)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from eventwire.eval.metrics import Share
from eventwire.eval.scoring_categories import OFF_TOPIC, REFERENCE, CategoryReport
from eventwire.eval.scoring_penta import NONE_LABEL, PentaReport, PentaScores
from eventwire.eval.scoring_plover import PloverReport
from eventwire.eval.scoring_spans import SpanReport
from eventwire.ontology.pentaclass import pentaclass_names


def _share(share: Share) -> str:
    return f"{share.rate:.3f} ({share.hits}/{share.total})"


def _figures(title: str, rows: Iterable[tuple[str, Share]], label: str = "measure") -> Table:
    table = Table(title=title)
    table.add_column(label)
    table.add_column("share (hits/total)", justify="right")
    for name, share in rows:
        table.add_row(name, _share(share))
    return table


def _penta_name(penta: int) -> str:
    return f"{penta} {pentaclass_names().get(penta, '?')}"


def render_penta(report: PentaReport, console: Console, *, details: bool = False) -> None:
    """Coverage and class hit overall and per split, per-class shares, and the confusion table."""
    table = Table(title="Pentaclass sentences")
    for column in ("sentences", "coverage", "class hit"):
        table.add_column(column, justify="right")
    table.add_column("set")
    scope: list[tuple[str, PentaScores]] = [("all", report.overall), *sorted(report.by_split.items())]
    for name, scores in scope:
        table.add_row(str(len(scores.outcomes)), _share(scores.coverage), _share(scores.class_hit), name)
    console.print(table)

    per_class = Table(title="Per gold pentaclass")
    per_class.add_column("class")
    for column in ("sentences", "coverage", "class hit"):
        per_class.add_column(column, justify="right")
    for penta, scores in report.overall.per_class().items():
        per_class.add_row(
            _penta_name(penta), str(len(scores.outcomes)), _share(scores.coverage), _share(scores.class_hit)
        )
    console.print(per_class)

    labels = [str(penta) for penta in sorted(pentaclass_names())] + [NONE_LABEL]
    confusion = Table(title="Confusion: gold class (rows) by coded class (hit, else first coded event)")
    confusion.add_column("gold")
    for label in labels:
        confusion.add_column(label, justify="right")
    cells = report.overall.confusion()
    for penta in report.overall.per_class():
        confusion.add_row(_penta_name(penta), *(str(cells.get((penta, label), 0)) for label in labels))
    console.print(confusion)

    if details:
        missed = Table(title="Sentences without a class hit")
        for column in ("id", "gold", "coded"):
            missed.add_column(column)
        for outcome in report.overall.outcomes:
            if not outcome.hit:
                missed.add_row(outcome.id, str(outcome.gold), " ".join(map(str, outcome.coded)) or "-")
        console.print(missed)


def render_spans(report: SpanReport, console: Console, *, details: bool = False) -> None:
    """Coverage and source/target overlap of span sentences."""
    table = _figures(
        "Actor-span sentences",
        (
            ("coverage (≥1 event coded)", report.coverage),
            ("source mention overlaps a gold source span", report.source_overlap),
            ("target mention overlaps a gold target span", report.target_overlap),
        ),
    )
    table.caption = f"{len(report.outcomes)} sentences; {report.unlocated} gold spans not found in their text"
    console.print(table)
    if details:
        missed = Table(title="Sentences with a missed role")
        for column in ("id", "events", "source", "target"):
            missed.add_column(column)
        for outcome in report.outcomes:
            if outcome.source is False or outcome.target is False:
                missed.add_row(outcome.id, str(outcome.events), str(outcome.source), str(outcome.target))
        console.print(missed)


def render_plover(report: PloverReport, console: Console, *, details: bool = False) -> None:
    """Type hit, quad hit and actor overlap of PLOVER pairs, and type hit per gold type."""
    table = _figures(
        "PLOVER pairs",
        (
            ("coverage (≥1 event coded)", report.coverage),
            ("an event of the gold PLOVER type", report.type_hit),
            ("an event of the gold quad class", report.quad_hit),
            ("source mention overlaps the gold source", report.source_overlap),
            ("target mention overlaps the gold target", report.target_overlap),
            ("one event on both gold spans", report.dyad),
        ),
    )
    table.caption = f"{len(report.outcomes)} pairs"
    console.print(table)
    console.print(_figures("PLOVER type hit per gold type", sorted(report.per_type().items()), "type"))
    if details:
        missed = Table(title="Pairs without a type hit")
        for column in ("id", "gold", "coded"):
            missed.add_column(column)
        for outcome in report.outcomes:
            if not outcome.type_hit:
                missed.add_row(outcome.id, outcome.gold, " ".join(outcome.coded) or "-")
        console.print(missed)


def render_categories(report: CategoryReport, console: Console, *, details: bool = False) -> None:
    """Events per article per category, and each category's rate relative to politics."""
    table = Table(title="Events per article by category")
    table.add_column("category")
    for column in ("articles", "events", "per article", f"÷ {REFERENCE}"):
        table.add_column(column, justify="right")
    for category in report.categories():
        articles, events = report.counts([category])
        relative = report.relative(category)
        table.add_row(
            category,
            str(articles),
            str(events),
            f"{report.rate(category):.2f}",
            f"{relative:.3f}" if relative is not None else "-",
        )
    off_topic = report.relative(*OFF_TOPIC)
    if off_topic is not None:
        table.caption = f"{' + '.join(OFF_TOPIC)} ÷ {REFERENCE}: {off_topic:.3f}"
    console.print(table)
    if details:
        listing = Table(title="Events per article")
        for column in ("id", "category", "events"):
            listing.add_column(column)
        for outcome in report.outcomes:
            listing.add_row(outcome.id, outcome.category, str(outcome.events))
        console.print(listing)
