"""Rich tables for an :class:`EvalReport` and, by dispatch, every other gold report (``eventwire eval``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from eventwire.eval.dispatch import AnyReport
from eventwire.eval.keys import FullKey, quad_class_name
from eventwire.eval.metrics import MatchCounts, ratio
from eventwire.eval.render_sentences import render_categories, render_penta, render_plover, render_spans
from eventwire.eval.report import EvalReport
from eventwire.eval.scoring_categories import CategoryReport
from eventwire.eval.scoring_penta import PentaReport
from eventwire.eval.scoring_plover import PloverReport
from eventwire.eval.scoring_spans import SpanReport

_COUNT_COLUMNS = ("gold", "pred", "tp", "fp", "fn", "P", "R", "F1")


def render_report(report: EvalReport, console: Console, *, details: bool = False) -> None:
    """Print every table of the report; with ``details``, also each record that was not coded exactly."""
    for table in (
        _overall_table(report),
        _counts_table("Per CAMEO root (full-key matches)", "root", sorted(report.per_root.items())),
        _counts_table(
            "Per quad class (full-key matches)",
            "quad class",
            (
                (f"{quad} {quad_class_name(quad)}", counts)
                for quad, counts in sorted(report.per_quad_class.items())
            ),
        ),
        _relevance_table(report),
        _factuality_table(report),
        _confusion_table(report),
    ):
        console.print(table)
    if details:
        console.print(_details_table(report))


def _counts_row(counts: MatchCounts) -> list[str]:
    return [
        str(counts.gold),
        str(counts.predicted),
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
    ]


def _new_counts_table(title: str, label: str) -> Table:
    table = Table(title=title)
    table.add_column(label)
    for column in _COUNT_COLUMNS:
        table.add_column(column, justify="right")
    return table


def _overall_table(report: EvalReport) -> Table:
    caption = (
        f"{report.records} records, {report.exact} coded exactly as gold "
        f"({ratio(report.exact, report.records):.1%})"
    )
    table = _new_counts_table("Overall", "match on")
    table.caption = caption
    table.add_row("source, target, CAMEO code", *_counts_row(report.full))
    table.add_row("source country, target country, root", *_counts_row(report.country_root))
    return table


def _counts_table(title: str, label: str, rows: Iterable[tuple[str, MatchCounts]]) -> Table:
    table = _new_counts_table(title, label)
    for name, counts in rows:
        table.add_row(name, *_counts_row(counts))
    return table


def _relevance_table(report: EvalReport) -> Table:
    relevance = report.relevance
    table = Table(title="Relevance (does the record hold any event?)")
    for column in ("tp", "fp", "fn", "tn", "P", "R", "F1", "accuracy"):
        table.add_column(column, justify="right")
    counts = relevance.matches
    table.add_row(
        *(str(value) for value in (relevance.tp, relevance.fp, relevance.fn, relevance.tn)),
        *(f"{value:.3f}" for value in (counts.precision, counts.recall, counts.f1, relevance.accuracy)),
    )
    return table


def _factuality_table(report: EvalReport) -> Table:
    factuality = report.factuality
    table = Table(title="Factuality over events matched on country/root")
    table.caption = (
        f"{factuality.correct} of {factuality.matched} matched events agree ({factuality.accuracy:.1%})"
    )
    table.add_column("gold")
    table.add_column("predicted")
    table.add_column("events", justify="right")
    for (gold, predicted), count in sorted(factuality.confusion.items()):
        table.add_row(gold, predicted, str(count))
    return table


def _confusion_table(report: EvalReport) -> Table:
    table = Table(title="Root confusion over matched dyads (none = missed / spurious)")
    table.add_column("gold root")
    table.add_column("predicted root")
    table.add_column("events", justify="right")
    for (gold, predicted), count in sorted(report.confusion.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(gold, predicted, str(count))
    return table


def _details_table(report: EvalReport) -> Table:
    table = Table(title="Records not coded exactly as gold")
    table.add_column("id")
    table.add_column("missed")
    table.add_column("spurious")
    for detail in report.details:
        if not detail.exact:
            table.add_row(detail.id, _keys(detail.missed), _keys(detail.spurious))
    return table


def _keys(keys: Iterable[FullKey]) -> str:
    return "\n".join(str(key) for key in keys) or "-"


def render_any_report(report: AnyReport, console: Console, *, details: bool = False) -> None:
    """Print the tables of a report of any gold shape."""
    match report:
        case EvalReport():
            render_report(report, console, details=details)
        case PentaReport():
            render_penta(report, console, details=details)
        case SpanReport():
            render_spans(report, console, details=details)
        case PloverReport():
            render_plover(report, console, details=details)
        case CategoryReport():
            render_categories(report, console, details=details)
