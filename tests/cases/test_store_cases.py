"""Store-level cases (``"store": true``) run through the command line: ``eventwire ingest`` into a fresh
SQLite store, then judged on ``eventwire stats --json`` and ``eventwire export --format gdelt``.

``expect_store`` keys (each optional):

- ``event_clusters``: how many event clusters the reported event makes (GDELT rows other than CAMEO 01
  statements, which are the sources' voice, not the event);
- ``stories``: stories in the store (``stats``);
- ``articles``: articles in the store (``stats``);
- ``mentions_from_article``, ``num_articles``, ``num_sources``: GDELT NumMentions / NumArticles /
  NumSources of every such cluster;
- ``short_article_coded`` / ``long_article`` (br-26): a very long article beside a short one is coded
  in chunks or recorded as one error, and the short one is coded, by ``code``, ``ingest`` and ``batch``.

The articles are the case's ``articles`` (``{"id", "date", "text", "source"?}``), else one article made
of its ``text`` and ``date``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

from .judge import load_cases

DATA = Path(__file__).resolve().parent / "data"
FILES = ("shared_2026-11-29.jsonl", "same_kind.jsonl")
KNOWN_FAILURES: dict[str, str] = {
    key: value
    for key, value in json.loads((DATA / "known_failures.json").read_text("utf-8")).items()
    if not key.startswith("_")
}
# GDELT 2.0 event table columns (0-based): EventRootCode, NumMentions, NumSources, NumArticles
ROOT, MENTIONS, SOURCES, ARTICLES = 28, 31, 32, 33
LONG_FILLER = "The committee reviewed the budget figures and discussed the schedule of its next meeting. "
LONG_CHARS = 1_000_280
runner = CliRunner()


def _store_cases() -> list[Any]:
    params = []
    for name in FILES:
        for case in load_cases(DATA / name):
            if not case.get("store"):
                continue
            marks = []
            if case["id"] in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]], strict=True))
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _articles(case: dict[str, Any], tmp_path: Path) -> Path:
    """The case's articles as one JSONL file (br-26 builds its long article here)."""
    if "long_article" in case["expect_store"]:
        long_text = (LONG_FILLER * (LONG_CHARS // len(LONG_FILLER) + 1))[:LONG_CHARS]
        records = [
            {"id": "long", "date": case["date"], "text": long_text},
            {"id": "short", "date": case["date"], "text": "Russian forces shelled Kharkiv on Monday."},
        ]
    else:
        records = case.get("articles") or [{"id": case["id"], "date": case["date"], "text": case["text"]}]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def _event_rows(db: str, tmp_path: Path) -> list[list[str]]:
    out = tmp_path / "events.tsv"
    _invoke("export", "--db", db, "--format", "gdelt", "--output", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [row for row in rows if row and row[ROOT] != "01"]


@pytest.mark.parametrize("case", _store_cases())
def test_store_case(case: dict[str, Any], tmp_path: Path) -> None:
    expect: dict[str, Any] = case["expect_store"]
    path = _articles(case, tmp_path)
    db = f"sqlite:///{tmp_path / 'events.db'}"
    _invoke("ingest", str(path), "--db", db)
    stats = json.loads(_invoke("stats", "--db", db, "--json").strip().splitlines()[-1])
    rows = _event_rows(db, tmp_path)
    coded = [(row[5], row[15], row[26], row[MENTIONS], row[SOURCES], row[ARTICLES]) for row in rows]
    why = f"{case['id']} ({case['kind']}): stats {stats}; clusters {coded}"
    if "event_clusters" in expect:
        assert len(rows) == expect["event_clusters"], why
    for key in ("stories", "articles"):
        if key in expect:
            assert stats[key] == expect[key], why
    counts = (("mentions_from_article", MENTIONS), ("num_sources", SOURCES), ("num_articles", ARTICLES))
    for key, column in counts:
        if key in expect:
            assert rows and all(int(row[column]) == expect[key] for row in rows), why
    if "long_article" in expect:
        _judge_long_article(case, path, rows, tmp_path)


def _judge_long_article(case: dict[str, Any], path: Path, rows: list[list[str]], tmp_path: Path) -> None:
    """br-26: the short article after a 1,000,280-character one is coded by code, ingest and batch."""
    assert any(row[5].startswith("RUS") and row[15].startswith("UKR") for row in rows), case["id"]
    printed = _invoke("code", str(path), "--format", "jsonl")
    lines = [json.loads(line) for line in printed.splitlines() if line]
    by_id = {line["doc_id"]: line for line in lines}
    assert {"long", "short"} <= set(by_id), lines
    assert len(by_id["long"]["errors"]) <= 1
    assert any(event["source"]["country"] == "RUS" for event in by_id["short"]["events"])
    out = tmp_path / "batch"
    _invoke("batch", str(path), "--output", str(out), "--workers", "1", "--scheduler", "local")
    assert list((out / "events").rglob("*.parquet")), "batch wrote no events"
