"""Four writer processes on one new store with overlapping inputs (SQLite and PostgreSQL): they open
(and migrate) it at once, and the union of their articles is stored exactly once, with claims equal to
a full recompute and no claim evidence twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from eventwire.store import LATEST_VERSION, Store

HELPER = Path(__file__).with_name("synthetic_results.py")
WRITERS = ((0, 60), (30, 90), (15, 75), (45, 105))
TOTAL = 105
TIMEOUT_SECONDS = 120


def _claims(store: Store) -> list[tuple[Any, ...]]:
    return sorted(
        (
            claim["id"],
            claim["status"],
            claim["summary"],
            claim["resolved_on"],
            tuple((item["article_id"], item["role"]) for item in claim["evidence"]),
        )
        for claim in store.claims()
    )


def test_concurrent_writers_store_the_union_exactly_once(store_url: str) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, str(HELPER), store_url, str(first), str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for first, stop in WRITERS
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=TIMEOUT_SECONDS)
        assert writer.returncode == 0, errors.decode(errors="replace")[-2000:]
    with Store(store_url) as store:
        stats = store.stats()
        doc_ids = [article["doc_id"] for article in store.articles(limit=None)]
        assert sorted(doc_ids) == sorted(f"r{number}" for number in range(TOTAL))
        assert stats["mentions"] == sum(1 + number % 2 for number in range(TOTAL))
        clusters = list(store.iter_event_clusters())
        assert sum(cluster["num_mentions"] for cluster in clusters) == stats["mentions"]
        incremental = _claims(store)
        assert incremental and stats["claims"] == len(incremental)
        store.refresh_claims(full=True)
        assert _claims(store) == incremental, "claims kept by concurrent writes = a full recompute"
        with store.engine.connect() as connection:
            versions = connection.execute(sa.text("SELECT version FROM schema_version")).scalars().all()
            duplicated = connection.execute(
                sa.text(
                    "SELECT count(*) FROM (SELECT claim_id, role, article_id, event_id FROM claim_evidence "
                    "GROUP BY claim_id, role, article_id, event_id HAVING count(*) > 1) AS twice"
                )
            ).scalar_one()
    assert sorted(versions) == list(range(1, LATEST_VERSION + 1))
    assert duplicated == 0
