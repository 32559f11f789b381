"""``eventwire export``: formats and filters from the command line, bad options refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export import gdelt_columns
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality
from eventwire.store import EventFilter, Store

runner = CliRunner()


def _stored(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with Store(url) as store:
        for number, (source, target, cameo) in enumerate([("RUS", "USA", "040"), ("UKR", "RUS", "190")]):
            event = Event(
                doc_id=f"d{number}",
                sentence=0,
                source=Actor(f"{source}GOV", source, source, "GOV"),
                target=Actor(f"{target}GOV", target, target, "GOV"),
                cameo=cameo,
                cameo_name=cameo,
                goldstein=1.0,
                quad_class=1,
                plover=None,
                plover_mode=None,
                factuality=Factuality.ASSERTED,
                attributed_to=None,
                time=None,
                location=None,
                evidence=Evidence(0, 4, "text"),
                rule="test",
                confidence=0.9,
            )
            day = dt.date(2025, 8, 1 + number * 10)
            article = Article(id=f"d{number}", text=f"Article number {number} about {source}.", published=day)
            store.ingest(DocumentResult(article.id, day, [event], article=article), "v1")
    return url


def test_export_formats_and_filters(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    gdelt = tmp_path / "out.tsv"
    result = runner.invoke(
        app, ["export", "--db", db, "--format", "gdelt", "--output", str(gdelt), "--root", "19"]
    )
    assert result.exit_code == 0, result.output
    [line] = gdelt.read_text("utf-8").splitlines()
    assert len(line.split("\t")) == len(gdelt_columns()) and "\t190\t" in line
    parquet = tmp_path / "out.parquet"
    args = ["export", "--db", db, "--format", "parquet", "-o", str(parquet), "--dyad", "USA,RUS"]
    assert runner.invoke(app, args).exit_code == 0
    assert pq.read_table(parquet).column("cameo").to_pylist() == ["040"]
    jsonl = tmp_path / "out.jsonl"
    args = [
        "export",
        "--db",
        db,
        "--format",
        "jsonl",
        "-o",
        str(jsonl),
        "--since",
        "2025-08-05",
        "--actor",
        "RUS",
    ]
    assert runner.invoke(app, args).exit_code == 0
    assert len(jsonl.read_text("utf-8").splitlines()) == 1


def test_bad_options_are_refused(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    output = str(tmp_path / "x")
    assert runner.invoke(app, ["export", "--db", db, "--format", "xml", "-o", output]).exit_code != 0
    assert runner.invoke(app, ["export", "--db", db, "-o", output, "--since", "August"]).exit_code != 0
    assert runner.invoke(app, ["export", "--db", db, "-o", output, "--dyad", "RUS"]).exit_code != 0


@settings(max_examples=40, deadline=None)
@given(actor=st.text(max_size=12), root=st.text(max_size=3))
def test_any_filter_text_is_a_harmless_query(actor: str, root: str) -> None:
    # Untrusted filter values (REST query strings) are bound parameters, never SQL: % and _ are literal.
    with Store("sqlite://") as store:
        found = store.events(EventFilter(actor=actor or None, dyad=(actor, root), root=root or None))
        assert found == []
