"""Exports: GDELT TSV loads with pandas under GDELT's names, Parquet round-trips, CSV/JSONL/POLECAT shapes."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.export import ExportFormat, export, flatten, gdelt_columns
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, Location, TimeSpan
from eventwire.store import EventFilter, Store

MET = dt.date(2025, 8, 15)


def _event(doc: str, source: Actor, target: Actor | None, cameo: str, factuality: Factuality) -> Event:
    return Event(
        doc_id=doc,
        sentence=0,
        source=source,
        target=target,
        cameo=cameo,
        cameo_name="Consult" if cameo.startswith("04") else "Fight with small arms and light weapons",
        goldstein=1.0 if cameo.startswith("04") else -10.0,
        quad_class=1 if cameo.startswith("04") else 4,
        plover="CONSULT" if cameo.startswith("04") else "ASSAULT",
        plover_mode=None,
        factuality=factuality,
        attributed_to=None,
        time=TimeSpan("on Friday", MET, MET),
        location=Location("Anchorage", "USA", 61.2181, -149.9003),
        evidence=Evidence(0, 20, "met\tin Anchorage\nFriday"),
        rule="test",
        confidence=0.8,
    )


PUTIN = Actor("RUSGOV", "Vladimir Putin", "RUS", "GOV", "Vladimir Putin")
TRUMP = Actor("USAGOV", "Donald Trump", "USA", "GOV", "Donald Trump")
UN = Actor("IGOUNO", "United Nations", None, "IGO", None)
REBELS = Actor("UKRREB", "rebels", "UKR", "REB", None)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path_factory.mktemp('export') / 'events.db'}") as opened:
        stories = [
            ("a", "Putin met Trump in Anchorage on Friday, officials said.", "https://a.example/1", "A"),
            ("b", "Putin met Trump in Anchorage on Friday, the Kremlin said.", "https://b.example/2", "B"),
        ]
        for doc, text, url, outlet in stories:
            events = [
                _event(doc, PUTIN, TRUMP, "040", Factuality.ASSERTED),
                _event(doc, UN, None, "040", Factuality.POSSIBLE),
            ]
            article = Article(id=doc, text=text, published=MET + dt.timedelta(days=1), url=url, source=outlet)
            opened.ingest(DocumentResult(doc, article.published, events, article=article), "v1")
        fight = Article(id="c", text="Rebels clashed with Russian troops.", published=MET)
        opened.ingest(
            DocumentResult("c", MET, [_event("c", REBELS, PUTIN, "190", Factuality.ASSERTED)], article=fight),
            "v1",
        )
        yield opened


def test_gdelt_loads_with_pandas_under_gdelt_names(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.tsv"
    assert export(store, ExportFormat.GDELT, output) == 2  # asserted clusters only: the meeting and the fight
    assert len(gdelt_columns()) == 61
    assert gdelt_columns()[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert gdelt_columns()[-2:] == ("DATEADDED", "SOURCEURL")
    frame = pd.read_csv(
        output, sep="\t", header=None, names=list(gdelt_columns()), dtype=str, keep_default_na=False
    )
    assert frame.shape == (2, 61)
    meeting = frame[frame["EventRootCode"] == "04"].iloc[0]
    assert meeting["Day"] == "20250815" and meeting["Year"] == "2025" and meeting["MonthYear"] == "202508"
    assert (meeting["Actor1Code"], meeting["Actor2Code"]) == ("RUSGOV", "USAGOV")
    assert meeting["Actor1CountryCode"] == "RUS" and meeting["Actor1Type1Code"] == "GOV"
    assert (meeting["EventCode"], meeting["EventBaseCode"], meeting["QuadClass"]) == ("040", "040", "1")
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("2", "2", "2")
    assert meeting["ActionGeo_FullName"] == "Anchorage" and meeting["ActionGeo_CountryCode"] == "US"
    assert meeting["ActionGeo_Type"] == "3" and float(meeting["ActionGeo_Lat"]) == pytest.approx(61.2181)
    assert meeting["SOURCEURL"] == "https://a.example/1" and len(meeting["DATEADDED"]) == 14
    assert meeting["AvgTone"] == "" and meeting["Actor1EthnicCode"] == ""
    fight = frame[frame["EventRootCode"] == "19"].iloc[0]
    assert fight["GoldsteinScale"] == "-10.0" and fight["Actor1Type1Code"] == "REB"


def test_parquet_round_trips(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.parquet"
    assert export(store, ExportFormat.PARQUET, output) == 5
    table = pq.read_table(output)
    assert table.to_pylist() == [flatten(record) for record in store.iter_events()]
    assert table.schema.field("goldstein").type == "double"
    empty = tmp_path / "none.parquet"
    assert export(store, ExportFormat.PARQUET, empty, EventFilter(actor="ZZZ")) == 0
    assert pq.read_table(empty).num_rows == 0 and "cameo" in pq.read_table(empty).column_names


def test_jsonl_keeps_full_records_and_filters_apply(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.jsonl"
    assert export(store, ExportFormat.JSONL, output, EventFilter(dyad=("USA", "RUS"), root="04")) == 2
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert {record["source"]["code"] for record in records} == {"RUSGOV"}
    assert records[0]["location"]["name"] == "Anchorage"
    assert export(store, ExportFormat.JSONL, output, EventFilter(since=MET + dt.timedelta(days=1))) == 0


def test_csv_has_a_header_and_one_row_per_event(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.csv"
    assert export(store, ExportFormat.CSV, output, EventFilter(actor="UKR")) == 1
    [row] = list(csv.DictReader(output.open(encoding="utf-8")))
    assert row["source_code"] == "UKRREB" and row["target_code"] == "RUSGOV" and row["cameo"] == "190"


def test_polecat_records(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.polecat.jsonl"
    assert export(store, ExportFormat.POLECAT, output) == 3
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    meeting = next(r for r in records if r["event_type"] == "CONSULT" and r["factuality"] == "asserted")
    assert meeting["actor_country"] == "RUS" and meeting["recipient_country"] == "USA"
    assert meeting["event_date"] == "2025-08-15" and meeting["num_articles"] == 2
    assert any(r["recipient_name"] is None and r["actor_code"] == "IGOUNO" for r in records)
