"""Exports: GDELT TSV loads with pandas under GDELT's names with geography, POLECAT TSV under POLECAT's,
Parquet round-trips, codes keep leading zeros, every format carries the article's date, URL and source."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.coder import Coder
from eventwire.export import ExportFormat, export, flatten, gdelt_columns
from eventwire.export.polecat import polecat_columns
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, Location, TimeSpan
from eventwire.store import EventFilter, Store

MET = dt.date(2025, 8, 15)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


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
    assert meeting["ActionGeo_FullName"] == "Anchorage, Alaska, United States"
    assert meeting["ActionGeo_CountryCode"] == "US" and meeting["ActionGeo_ADM1Code"] == "USAK"
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


def test_polecat_has_polecats_columns_and_one_row_per_asserted_event(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.polecat.tsv"
    assert export(store, ExportFormat.POLECAT, output) == 2
    frame = pd.read_csv(output, sep="\t", dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == polecat_columns()
    assert {"Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code"} <= set(
        frame
    )
    meeting = frame[frame["Event Type"] == "CONSULT"].iloc[0]
    assert (meeting["Actor Name"], meeting["Actor Country"]) == ("Vladimir Putin", "RUS")
    assert (meeting["Recipient Country"], meeting["Primary Recipient Sector"]) == ("USA", "Government")
    assert meeting["Event Date"] == "2025-08-15" and meeting["Quad Code"] == "VERBAL COOPERATION"
    assert meeting["Event Intensity"] == "1.0" and meeting["Publication Date"] == "2025-08-16"
    assert (meeting["Placename"], meeting["Province"], meeting["Country"]) == ("Anchorage", "Alaska", "USA")
    assert meeting["GeoNames ID"] == "5879400" and meeting["Feature Type"] == "PPL"
    assert meeting["Source"] == "A" and meeting["Language"] == "en"
    fight = frame[frame["Event Type"] == "ASSAULT"].iloc[0]
    assert fight["Quad Code"] == "MATERIAL CONFLICT" and fight["Primary Actor Sector"].startswith("Rebel")
    possible = export(store, ExportFormat.POLECAT, output, EventFilter(factuality="possible"))
    assert possible == 1


def test_gdelt_fills_actor_geography_where_known(store: Store, tmp_path: Path) -> None:
    output = tmp_path / "events.tsv"
    export(store, ExportFormat.GDELT, output)
    frame = pd.read_csv(
        output, sep="\t", header=None, names=list(gdelt_columns()), dtype=str, keep_default_na=False
    )
    meeting = frame[frame["EventRootCode"] == "04"].iloc[0]
    # Trump's country is where the meeting was: his geography is the meeting's place
    assert meeting["Actor2Geo_FullName"] == meeting["ActionGeo_FullName"]
    assert meeting["Actor2Geo_ADM1Code"] == "USAK" and meeting["Actor2Geo_Type"] == "3"
    # Putin's is Russia, at its centroid, as GDELT writes a country-level match
    assert (meeting["Actor1Geo_Type"], meeting["Actor1Geo_FullName"]) == ("1", "Russia")
    assert meeting["Actor1Geo_CountryCode"] == "RS" and meeting["Actor1Geo_ADM1Code"] == "RS"
    assert meeting["Actor1Geo_Lat"] and meeting["Actor1Geo_Long"]


def test_codes_keep_their_leading_zeros_in_every_format(store: Store, tmp_path: Path) -> None:
    csv_path, jsonl_path, parquet_path = tmp_path / "e.csv", tmp_path / "e.jsonl", tmp_path / "e.parquet"
    export(store, ExportFormat.CSV, csv_path)
    export(store, ExportFormat.JSONL, jsonl_path)
    export(store, ExportFormat.PARQUET, parquet_path)
    from_csv = {row["cameo"] for row in csv.DictReader(csv_path.open(encoding="utf-8"))}
    from_json = {json.loads(line)["cameo"] for line in jsonl_path.read_text("utf-8").splitlines()}
    from_parquet = set(pq.read_table(parquet_path).column("cameo").to_pylist())
    assert from_csv == from_json == from_parquet == {"040", "190"}
    assert set(pd.read_csv(csv_path, dtype=str)["cameo"]) == {"040", "190"}
    gdelt_path = tmp_path / "e.tsv"
    export(store, ExportFormat.GDELT, gdelt_path)
    codes = {line.split("\t")[26] for line in gdelt_path.read_text("utf-8").splitlines()}
    assert codes == {"040", "190"}


def test_every_format_carries_publication_date_url_and_source(store: Store, tmp_path: Path) -> None:
    csv_path, jsonl_path, parquet_path = tmp_path / "e.csv", tmp_path / "e.jsonl", tmp_path / "e.parquet"
    where = EventFilter(actor="RUS", root="04")
    export(store, ExportFormat.CSV, csv_path, where)
    export(store, ExportFormat.JSONL, jsonl_path, where)
    export(store, ExportFormat.PARQUET, parquet_path, where)
    expected = {("2025-08-16", "https://a.example/1", "A"), ("2025-08-16", "https://b.example/2", "B")}
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert {(r["article_published"], r["article_url"], r["article_source"]) for r in rows} == expected
    records = [json.loads(line) for line in jsonl_path.read_text("utf-8").splitlines()]
    assert {
        (r["article"]["published"], r["article"]["url"], r["article"]["source"]) for r in records
    } == expected
    table = pq.read_table(parquet_path).to_pylist()
    assert {(r["article_published"], r["article_url"], r["article_source"]) for r in table} == expected


def test_polecat_export_of_the_examples_uses_polecats_names(coder: Coder, tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'examples.db'}") as examples:
        for line in EXAMPLES.read_text("utf-8").splitlines():
            record = json.loads(line)
            published = dt.date.fromisoformat(record["date"]) if record.get("date") else None
            article = Article(
                id=record["id"], text=record["text"], title=record.get("title"), published=published
            )
            examples.ingest(coder.code_article(article), "test", article)
        output = tmp_path / "examples.polecat.tsv"
        written = export(examples, ExportFormat.POLECAT, output)
    frame = pd.read_csv(output, sep="\t", dtype=str, keep_default_na=False)
    assert written > 10 and len(frame) == written
    assert list(frame.columns) == list(polecat_columns())
    assert set(frame["Quad Code"]) <= {
        "VERBAL COOPERATION",
        "MATERIAL COOPERATION",
        "VERBAL CONFLICT",
        "MATERIAL CONFLICT",
    }
    assert (frame["Publication Date"] != "").all() and (frame["Event Type"] != "").all()
    assert (frame["GeoNames ID"] != "").any() and (frame["Latitude"] != "").any()
