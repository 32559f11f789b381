"""``batch --ingest`` on a run that is already coded loads the store from the Parquet output, without
coding anything again (issue #12 item 6), and stores exactly what ingesting while coding stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.batch import BatchOptions, run_batch
from eventwire.batch.reload import event_from_record
from eventwire.batch.synthetic import write_synthetic_jsonl
from eventwire.store import Store


def _stored(url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with Store(url) as store:
        events = sorted(
            (
                json.dumps(
                    {
                        k: v
                        for k, v in event.items()
                        if k not in {"id", "article_id", "cluster_id", "article"}
                    },
                    sort_keys=True,
                )
                for event in store.iter_events()
            ),
        )
        return store.stats(), [json.loads(event) for event in events]


@pytest.mark.slow
def test_ingest_after_a_finished_run_codes_nothing_again(tmp_path: Path) -> None:
    corpus = write_synthetic_jsonl(tmp_path / "news.jsonl", 12)
    output = tmp_path / "out"
    first = run_batch([str(corpus)], BatchOptions(output=output, workers=1))
    assert first.ok and first.coded == first.partitions == 2
    later_url = f"sqlite:///{tmp_path / 'later.db'}"
    later = run_batch([str(corpus)], BatchOptions(output=output, workers=1, ingest=True, db_url=later_url))
    assert later.ok and later.coded == 0 and later.ingested_without_coding == 2 and later.documents == 0
    direct_url = f"sqlite:///{tmp_path / 'direct.db'}"
    run_batch(
        [str(corpus)], BatchOptions(output=tmp_path / "direct", workers=1, ingest=True, db_url=direct_url)
    )
    later_stats, later_events = _stored(later_url)
    direct_stats, direct_events = _stored(direct_url)
    assert later_stats["articles"] == 12 and later_stats["mentions"] == first.events
    assert {key: later_stats[key] for key in ("events", "mentions", "claims")} == {
        key: direct_stats[key] for key in ("events", "mentions", "claims")
    }
    assert later_events == direct_events
    again = run_batch([str(corpus)], BatchOptions(output=output, workers=1, ingest=True, db_url=later_url))
    assert again.skipped == 2 and again.ingested_without_coding == 0


def test_event_records_round_trip() -> None:
    record = {
        "doc_id": "d",
        "sentence": 1,
        "source": {
            "code": "RUSGOV",
            "name": "Vladimir Putin",
            "country": "RUS",
            "sector": "GOV",
            "person": "Vladimir Putin",
            "mention": {"start": 0, "end": 5, "text": "Putin"},
        },
        "target": None,
        "cameo": "036",
        "cameo_name": "Express intent to meet or negotiate",
        "goldstein": 4.0,
        "quad_class": 1,
        "plover": "CONSULT",
        "plover_mode": None,
        "factuality": "planned",
        "attributed_to": None,
        "time": {"text": "next week", "start": "2025-08-11", "end": "2025-08-17"},
        "location": {"name": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62},
        "evidence": {"start": 0, "end": 20, "text": "Putin will meet"},
        "rule": "test",
        "confidence": 0.9,
    }
    assert event_from_record(record).to_dict() == record
