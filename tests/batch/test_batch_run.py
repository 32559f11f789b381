"""End-to-end batch runs: parallel output equals a single-process run, crashes retry, re-runs resume."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from eventwire.batch import BatchOptions, plan_partitions, run_batch
from eventwire.batch.faults import FAULT_ENV
from eventwire.batch.synthetic import write_synthetic_jsonl
from eventwire.cli import app
from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.sources import read_inputs

ARTICLES = 20
PARTITION_SIZE = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 synthetic articles and one broken line, which must come out as an input error."""
    path = write_synthetic_jsonl(tmp_path_factory.mktemp("batch") / "news.jsonl", ARTICLES)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{broken json\n")
    return path


@pytest.fixture(scope="module")
def expected_events(corpus: Path, coder: Coder) -> Counter[str]:
    """The events a single process codes from the same input, as ◆ JSON records."""
    articles = [item for item in read_inputs([str(corpus)]) if isinstance(item, Article)]
    return Counter(
        json.dumps(event.to_dict(), sort_keys=True, ensure_ascii=False)
        for result in coder.code_articles(articles)
        for event in result.events
    )


def _events(output: Path) -> Counter[str]:
    table = ds.dataset(output / "events", format="parquet", partitioning="hive").to_table()
    return Counter(table.column("event_json").to_pylist())


def _manifest(output: Path) -> dict[str, dict[str, object]]:
    partitions: dict[str, dict[str, object]] = json.loads((output / "manifest.json").read_text())[
        "partitions"
    ]
    return partitions


def test_fixture_codes_events(expected_events: Counter[str]) -> None:
    assert sum(expected_events.values()) > ARTICLES  # the comparison below means something


@pytest.mark.slow
def test_local_processes_survive_a_killed_worker_then_resume(
    corpus: Path, expected_events: Counter[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = plan_partitions([str(corpus)], PARTITION_SIZE).partitions[1].id
    monkeypatch.setenv(FAULT_ENV, victim)
    options = BatchOptions(output=tmp_path / "out", workers=2, partition_size=PARTITION_SIZE)
    summary = run_batch([str(corpus)], options)
    assert summary.ok and summary.coded == summary.partitions == 5
    assert summary.retried >= 1
    assert (summary.documents, summary.errors) == (ARTICLES + 1, 1)
    assert _events(options.output) == expected_events
    manifest = _manifest(options.output)
    assert all(record["status"] == "done" for record in manifest.values())
    assert manifest[victim]["attempts"] == 2
    documents = ds.dataset(options.output / "documents", format="parquet").to_table()
    assert sorted(documents.column("doc_id").to_pylist()) == sorted(
        [f"synthetic-{i:06d}" for i in range(ARTICLES)] + ["news:21"]
    )

    before = {path: path.stat().st_mtime_ns for path in options.output.rglob("*.parquet")}
    again = run_batch([str(corpus)], options)
    assert (again.skipped, again.coded, again.documents) == (5, 0, 0)
    assert {path: path.stat().st_mtime_ns for path in options.output.rglob("*.parquet")} == before


@pytest.mark.slow
def test_resume_codes_only_unfinished_partitions(corpus: Path, tmp_path: Path) -> None:
    options = BatchOptions(output=tmp_path / "out", workers=1, partition_size=PARTITION_SIZE)
    run_batch([str(corpus)], options)
    manifest_path = options.output / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    unfinished = sorted(manifest["partitions"])[:2]
    for partition in unfinished:
        manifest["partitions"][partition]["status"] = "pending"
    manifest_path.write_text(json.dumps(manifest))
    summary = run_batch([str(corpus)], options)
    assert (summary.skipped, summary.coded) == (3, 2)


def test_a_different_plan_in_the_same_output_is_refused(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    output.mkdir()
    done = {"p-1": {"status": "done", "documents": 3}}  # an earlier run coded something here
    (output / "manifest.json").write_text(json.dumps({"plan": "other", "date": None, "partitions": done}))
    result = CliRunner().invoke(app, ["batch", str(corpus), "--output", str(output)])
    assert result.exit_code == 2
    assert "other inputs" in result.stderr


@pytest.mark.slow
def test_dask_local_cluster_matches_single_process_despite_a_killed_worker(
    corpus: Path, expected_events: Counter[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = plan_partitions([str(corpus)], PARTITION_SIZE).partitions[2].id
    monkeypatch.setenv(FAULT_ENV, victim)
    output = tmp_path / "dask"
    arguments = ["batch", str(corpus), "--output", str(output), "--scheduler", "local", "--workers", "2"]
    result = CliRunner().invoke(app, [*arguments, "--partition-size", str(PARTITION_SIZE)])
    assert result.exit_code == 0, result.output
    assert (output / f".fault-{victim}").exists()  # the worker really died once
    assert f"coded {ARTICLES + 1}/{ARTICLES + 1} articles (100%)" in result.stderr  # plain progress off a tty
    assert _events(output) == expected_events
    manifest = _manifest(output)
    assert all(record["status"] == "done" for record in manifest.values())
    assert sum(int(str(record["documents"])) for record in manifest.values()) == ARTICLES + 1


@pytest.mark.slow
def test_ingest_loads_the_store_once_however_often_it_runs(corpus: Path, tmp_path: Path) -> None:
    from eventwire.store import Store

    url = f"sqlite:///{tmp_path / 'events.db'}"
    options = BatchOptions(output=tmp_path / "out", workers=1, partition_size=50, ingest=True, db_url=url)
    first = run_batch([str(corpus)], options)
    with Store(url) as store:
        stats = store.stats()
    assert (stats["articles"], stats["rejected_inputs"]) == (ARTICLES, 1)
    assert stats["mentions"] == first.events
    assert run_batch([str(corpus)], options).skipped == first.partitions  # done and ingested: nothing to do
    rerun = run_batch(
        [str(corpus)], BatchOptions(output=tmp_path / "again", workers=1, ingest=True, db_url=url)
    )
    assert rerun.coded == rerun.partitions
    with Store(url) as store:
        assert store.stats()["articles"] == ARTICLES and store.stats()["mentions"] == stats["mentions"]
