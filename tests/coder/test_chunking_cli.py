"""A 1,000,001-character document among 14 others: ``ingest`` stores all 15 and ``batch`` codes all
15 (the long one in windows), where spaCy's 1,000,000-character limit used to lose the whole batch."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"
LONG_CHARS = 1_000_001


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seven example articles, the long one (real copy, then lines of one long token each: cheap to
    parse, still past the limit), seven more."""
    records = [json.loads(line) for line in EXAMPLES.read_text("utf-8").splitlines() if line.strip()]
    lead = "\n\n".join(record["text"] for record in records)[:20_000]
    long_text = (lead + "\n" + ("x" * 999 + "\n") * 1_000)[:LONG_CHARS]
    lines = [{"id": f"a{i}", "text": r["text"], "date": r["date"]} for i, r in enumerate(records[:7])]
    lines.append({"id": "long", "text": long_text, "date": "2025-08-07"})
    lines += [{"id": f"b{i}", "text": r["text"], "date": r["date"]} for i, r in enumerate(records[7:14])]
    path = tmp_path_factory.mktemp("long") / "corpus.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    return path


def test_ingest_stores_the_long_document_and_its_neighbours(corpus: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", url])
    assert result.exit_code == 0, result.output
    with Store(url) as store:
        stats = store.stats()
    assert (stats["articles"], stats["rejected_inputs"]) == (15, 0)


def test_batch_codes_the_long_document_and_its_neighbours(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    arguments = ["batch", str(corpus), "--output", str(output), "--workers", "1", "--scheduler", "local"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    documents = pq.read_table(output / "documents").to_pylist()
    assert sorted(row["doc_id"] for row in documents) == sorted(
        [f"a{i}" for i in range(7)] + ["long"] + [f"b{i}" for i in range(7)]
    )
    coded = {row["doc_id"]: row for row in documents}
    assert coded["long"]["errors_json"] in (None, "[]") and coded["long"]["events"] > 100
