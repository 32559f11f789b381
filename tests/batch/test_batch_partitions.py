"""Partition planning and reading: partitions together read exactly what ``read_inputs`` reads."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.batch import PartitionKind, plan_partitions
from eventwire.batch.partitions import fitted_size
from eventwire.batch.reading import read_partition
from eventwire.model import Article, InputError
from eventwire.sources import read_inputs

WORDS = ["the", "minister", "met", "envoy", "in", "Geneva", "and", "said", "talks", "would", "resume"]

_line = st.one_of(
    st.builds(
        lambda words, day: json.dumps({"text": " ".join(words), **({"date": day} if day else {})}),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
        st.sampled_from([None, "2025-03-04", "2024-12-31", "not a date"]),
    ),
    st.sampled_from(["", "   ", "not json", "[1, 2]", '{"text": ""}', "\ufeff", '{"title": 5}']),
)


def _read_all(paths: list[str], size: int) -> list[Article | InputError]:
    plan = plan_partitions(paths, size)
    return [item for partition in plan.partitions for item in read_partition(partition, default_date=None)]


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(_line, max_size=25), size=st.integers(1, 6), final_newline=st.booleans())
def test_jsonl_partitions_read_what_read_inputs_reads(
    lines: list[str], size: int, final_newline: bool
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "corpus.jsonl"
        path.write_text("\n".join(lines) + ("\n" if final_newline else ""), encoding="utf-8")
        expected = list(read_inputs([str(path)]))
        assert _read_all([str(path)], size) == expected


def test_jsonl_partition_sizes_and_stable_ids(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": "talks resumed"}) + "\n\n" for i in range(7)))
    first = plan_partitions([str(path)], 3)
    assert [p.articles for p in first.partitions] == [3, 3, 1]
    assert [p.id for p in plan_partitions([str(path)], 3).partitions] == [p.id for p in first.partitions]
    assert {p.id for p in plan_partitions([str(path)], 4).partitions}.isdisjoint(
        p.id for p in first.partitions
    )
    assert all(p.id.startswith("news-") for p in first.partitions)
    assert first.fingerprint == plan_partitions([str(path)], 3).fingerprint


def test_directory_partitions_keep_run_unique_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"The envoy met the minister in {folder}.")
    (tmp_path / "a" / "other.txt").write_text("The minister said talks would resume.")
    plan = plan_partitions([str(tmp_path)], 2)
    assert [p.kind for p in plan.partitions] == [PartitionKind.FILES, PartitionKind.FILES]
    items = _read_all([str(tmp_path)], 2)
    assert items == list(read_inputs([str(tmp_path)]))
    assert sorted(item.id for item in items if isinstance(item, Article)) == [
        "a/report.txt",
        "b/report.txt",
        "other",
    ]


def test_parquet_partitions_follow_row_groups(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(7)],
            "text": [f"The minister met the envoy {i} times." for i in range(7)],
            "date": [dt.date(2025, 1, 1 + i) for i in range(7)],
        }
    )
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=4)
    plan = plan_partitions([str(path)], 3)
    assert [(p.row_group, p.row_start, p.row_stop) for p in plan.partitions] == [
        (0, 0, 3),
        (0, 3, 4),
        (1, 0, 3),
    ]
    articles = [item for p in plan.partitions for item in read_partition(p, default_date=None)]
    assert [a.id for a in articles if isinstance(a, Article)] == [f"p{i}" for i in range(7)]
    assert isinstance(articles[6], Article)
    assert articles[6].published == dt.date(2025, 1, 7)


def test_unreadable_parquet_fails_its_partition_only(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    plan = plan_partitions([str(path)], 10)
    assert len(plan.partitions) == 1
    with pytest.raises(pa.ArrowInvalid, match="magic bytes"):
        list(read_partition(plan.partitions[0], default_date=None))


def test_stdin_and_missing_paths_are_reported_not_planned(tmp_path: Path) -> None:
    plan = plan_partitions(["-", str(tmp_path / "missing.jsonl")], 10)
    assert plan.partitions == []
    assert [error.kind for error in plan.errors] == ["unreadable", "missing"]


def test_small_corpora_are_cut_so_every_worker_starts_at_once(tmp_path: Path) -> None:
    """Issue #12: 320 documents under the default size of 500 were one partition, and one of two
    workers idled; now they make ~32 partitions whatever the worker count, and re-plan identically."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": "talks resumed"}) + "\n" for i in range(320)))
    plan = plan_partitions([str(path)], 500)
    assert len(plan.partitions) == 32 and {p.articles for p in plan.partitions} == {10}
    assert plan.fingerprint == plan_partitions([str(path)], 500).fingerprint
    assert [p.articles for p in plan_partitions([str(path)], 4).partitions] == [4] * 80, "a smaller cap wins"


@pytest.mark.parametrize(
    ("documents", "largest", "expected"),
    [(10, 500, 8), (200, 500, 8), (320, 500, 10), (5_000, 500, 157), (250_000, 500, 500), (100, 3, 3)],
)
def test_fitted_size(documents: int, largest: int, expected: int) -> None:
    assert fitted_size(documents, largest) == expected
