"""Two ``eventwire ingest`` runs on one store at once, with overlapping inputs (SQLite and PostgreSQL):
neither dies, and the union of their articles is stored exactly once with every coded event."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from eventwire.batch.synthetic import synthetic_records
from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.sources import read_inputs
from eventwire.store import Store

FIRST, SECOND = range(0, 16), range(8, 24)
TIMEOUT_SECONDS = 240


def _jsonl(path: Path, records: list[dict[str, str]], numbers: range) -> Path:
    path.write_text("".join(json.dumps(records[n]) + "\n" for n in numbers), encoding="utf-8")
    return path


def test_two_ingest_runs_with_overlapping_inputs(store_url: str, tmp_path: Path, coder: Coder) -> None:
    records = list(synthetic_records(max(SECOND) + 1, seed=13))
    inputs = [
        _jsonl(tmp_path / "first.jsonl", records, FIRST),
        _jsonl(tmp_path / "second.jsonl", records, SECOND),
    ]
    eventwire = Path(sys.executable).with_name("eventwire")
    environment = {**os.environ, "EVENTWIRE_DB": ""}
    runs = [
        subprocess.Popen(
            [str(eventwire), "ingest", str(path), "--db", store_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
        )
        for path in inputs
    ]
    for run in runs:
        _, errors = run.communicate(timeout=TIMEOUT_SECONDS)
        assert run.returncode == 0, errors.decode(errors="replace")[-2000:]
    union = sorted(set(FIRST) | set(SECOND))
    articles = {  # one per text: the second file's copies get run-unique ids but are the same articles
        item.text: item for item in read_inputs([str(path) for path in inputs]) if isinstance(item, Article)
    }
    assert len(articles) == len(union)
    expected_events = sum(len(result.events) for result in coder.code_articles(list(articles.values())))
    with Store(store_url) as store:
        stored = [article["doc_id"] for article in store.articles(limit=None)]
        mentions = store.stats()["mentions"]
    assert sorted(stored) == sorted(records[n]["id"] for n in union)
    assert mentions == expected_events
