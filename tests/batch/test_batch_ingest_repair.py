"""``batch --ingest`` as one process would read it: ids used by an earlier partition are duplicates, a
failed partition leaves no events behind, and a run stopped before its claim refresh is repaired."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from eventwire.batch import BatchOptions, plan_partitions, run_batch
from eventwire.batch.duplicates import ids_used_earlier
from eventwire.batch.files import events_path, write_parquet_atomic
from eventwire.batch.reading import read_partition
from eventwire.batch.rows import EVENT_SCHEMA
from eventwire.model import Article, InputError
from eventwire.store import Store

PLANNED = "Russian President Vladimir Putin may meet U.S. President Donald Trump next week, the Kremlin said."
MET = "Russian President Vladimir Putin met U.S. President Donald Trump in Anchorage, Alaska, on Friday."
OTHER = "Chinese President Xi Jinping visited Moscow on Monday for talks with Vladimir Putin."


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_ids_used_by_an_earlier_partition_are_duplicates(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "a", "text": PLANNED, "date": "2025-08-07"},
            {"id": "b", "text": OTHER, "date": "2025-08-07"},
            {"id": "a", "text": MET, "date": "2025-08-16"},
            {"id": " a ", "text": OTHER + " Again.", "date": "2025-08-16"},
        ],
    )
    plan = plan_partitions([str(path)], 1)
    taken = ids_used_earlier(plan)
    assert [taken.get(p.id, frozenset()) for p in plan.partitions] == [set(), set(), {"a"}, {"a"}]
    items = [
        item
        for p in plan.partitions
        for item in read_partition(p, default_date=None, taken_ids=taken.get(p.id, frozenset()))
    ]
    assert [item.id if isinstance(item, Article) else item.kind for item in items] == [
        "a",
        "b",
        "duplicate_id",
        "duplicate_id",
    ]
    duplicate = items[2]
    assert isinstance(duplicate, InputError) and duplicate.location.endswith(":3")


def test_batch_ingest_duplicates_failed_partition_and_claims_repair(tmp_path: Path) -> None:
    news = _write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "a", "text": PLANNED, "date": "2025-08-07"},
            {"id": "b", "text": MET, "date": "2025-08-16"},
            {"id": "a", "text": OTHER, "date": "2025-08-16"},
            {"id": "a", "text": OTHER + " The talks lasted three hours.", "date": "2025-08-17"},
        ],
    )
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    output = tmp_path / "out"
    url = f"sqlite:///{tmp_path / 'events.db'}"
    inputs = [str(news), str(broken)]
    [failed] = [p.id for p in plan_partitions(inputs, 1).partitions if p.input == str(broken)]
    stale = events_path(output, "2025-08-16", failed)  # what an earlier attempt could have left
    write_parquet_atomic(stale, [], EVENT_SCHEMA)
    options = BatchOptions(output=output, workers=1, partition_size=1, ingest=True, db_url=url)

    summary = run_batch(inputs, options)
    assert list(summary.failed) == [failed]
    assert not stale.exists()
    assert not list(output.rglob(f"part-{failed}.parquet"))
    with Store(url) as store:
        assert [article["doc_id"] for article in store.articles()] == ["a", "b"]
        kinds = [row["kind"] for row in store.rejected_inputs()]
        assert kinds == ["duplicate_id", "duplicate_id"]
        claims = store.claims()
    assert [claim["status"] for claim in claims] == ["confirmed"]
    manifest_path = output / "manifest.json"
    assert json.loads(manifest_path.read_text())["claims"] == "current"
    documents = pq.read_table(output / "documents").to_pylist()
    assert sorted(row["doc_id"] for row in documents) == ["a", "a", "a", "b"]

    # a run killed after its last partition but before the claim refresh: pending, claims lost
    manifest = json.loads(manifest_path.read_text())
    manifest["claims"] = "pending"
    manifest_path.write_text(json.dumps(manifest))
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM claim_evidence"))
        connection.execute(sa.text("DELETE FROM claims"))
    engine.dispose()
    again = run_batch(inputs, options)
    assert again.coded == 0
    with Store(url) as store:
        assert [claim["status"] for claim in store.claims()] == ["confirmed"]
    assert json.loads(manifest_path.read_text())["claims"] == "current"


def test_parquet_ids_are_seen_across_partitions(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    table = pa.table({"id": ["x", "y", "x"], "text": [PLANNED, MET, OTHER]})
    pq.write_table(table, path, row_group_size=1)
    plan = plan_partitions([str(path)], 1)
    assert [ids_used_earlier(plan).get(p.id, frozenset()) for p in plan.partitions] == [set(), set(), {"x"}]
