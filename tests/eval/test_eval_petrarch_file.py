"""The published PETRARCH unit-test records, read from ../shared when it is present (skipped elsewhere)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from eventwire.eval import GoldEvent, read_gold, score

PETRARCH_RECORDS = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "petrarch" / "PETR.UnitTest.records.xml"
)

pytestmark = pytest.mark.skipif(not PETRARCH_RECORDS.is_file(), reason="shared PETRARCH data not present")


def test_every_sentence_record_is_read() -> None:
    records = read_gold(PETRARCH_RECORDS)
    # 284 <Sentence> elements (a plain grep for "<Sentence" also counts the <Sentences> wrapper: 285).
    assert len(records) == 284
    assert len({record.id for record in records}) == 284
    # 385 <EventCoding> elements: 19 noevents and 7 expected-error markers are not events.
    assert sum(len(record.events) for record in records) == 359
    assert sum(1 for record in records if not record.events) == 27
    assert all(record.text and record.date for record in records)


def test_first_record_and_repeated_ids() -> None:
    records = read_gold(PETRARCH_RECORDS)
    first = records[0]
    assert first.id == "DEMO-00"
    assert first.date == dt.date(1995, 1, 1)
    assert first.category == "DEMO"
    assert first.events == (GoldEvent("ARN", "GON", "064"),)
    assert first.text.startswith("Arnor is about to restore full diplomatic ties with Gondor")
    ids = [record.id for record in records]
    assert ids.count("AGENTS-18") == 1 and "AGENTS-18#2" in ids
    categories = Counter(record.category for record in records)
    assert categories["ERROR"] == 7


def test_an_empty_coder_scores_only_the_no_event_records() -> None:
    records = read_gold(PETRARCH_RECORDS)
    report = score(records, {})
    assert report.records == 284
    assert report.exact == 27  # only the no-event records are "coded exactly" by an empty coder
    assert report.full.fn == 359 and report.recall == 0.0
