"""The report that started the project, coded end to end (issue #2 and #3 acceptance)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder
from eventwire.model import DocumentResult, Event, Factuality
from eventwire.sources import read_inputs

SEED_DATE = dt.date(2025, 8, 7)


def _code_seed(coder: Coder, path: Path, day: dt.date) -> DocumentResult:
    (article,) = list(read_inputs([path], default_date=day))
    assert not isinstance(article, Exception) and hasattr(article, "text")
    return coder.code_articles([article]).__next__()  # type: ignore[list-item]


@pytest.fixture(scope="module")
def seed(coder: Coder, seed_path: Path) -> DocumentResult:
    return _code_seed(coder, seed_path, SEED_DATE)


def _meetings(result: DocumentResult) -> list[Event]:
    return [e for e in result.events if e.plover == "CONSULT" and e.cameo[:2] in ("03", "04")]


def _between(event: Event, a: str, b: str) -> bool:
    countries = {event.source.country, event.target.country if event.target else None}
    return countries == {a, b}


def test_possible_putin_trump_meeting_attributed_to_polyanskiy(seed: DocumentResult) -> None:
    first = [e for e in _meetings(seed) if _between(e, "RUS", "USA") and e.sentence == 0]
    assert first, "the announced Putin-Trump meeting must be coded"
    event = first[0]
    assert event.factuality in (Factuality.POSSIBLE, Factuality.PLANNED)
    assert event.source.person == "Vladimir Putin" and event.target is not None
    assert event.target.person == "Donald Trump"
    assert event.attributed_to is not None and event.attributed_to.person == "Dmitry Polyanskiy"
    assert event.attributed_to.country == "RUS"
    assert event.time is not None and event.time.start == dt.date(2025, 8, 11)
    assert event.time.end == dt.date(2025, 8, 17)
    assert "may hold a meeting" in event.evidence.text


def test_putin_zelenskiy_meeting_is_negated(seed: DocumentResult) -> None:
    negated = [e for e in _meetings(seed) if _between(e, "RUS", "UKR")]
    assert negated
    assert all(e.factuality is Factuality.NEGATED for e in negated)


def test_no_asserted_meeting_anywhere(seed: DocumentResult) -> None:
    assert not [e for e in _meetings(seed) if e.factuality is Factuality.ASSERTED]


def test_kremlin_and_people_resolve(coder: Coder) -> None:
    result = coder.code("The Kremlin accused Kyiv of shelling the plant.", date=SEED_DATE)
    (event,) = result.events
    assert event.source.code == "RUSGOV" and event.target is not None and event.target.code == "UKRGOV"


def test_stale_title_flagged_in_2025_not_in_2022(coder: Coder, seed_path: Path) -> None:
    in_2025 = _code_seed(coder, seed_path, SEED_DATE)
    stale = [f for f in in_2025.flags if f.kind == "stale_title"]
    assert stale and all(f.actor is not None and f.actor.person == "Donald Trump" for f in stale)
    assert stale[0].evidence is not None
    text = in_2025.article.text if in_2025.article else ""
    assert text[stale[0].evidence.start : stale[0].evidence.end] == "former U.S. President Donald Trump"
    in_2022 = _code_seed(coder, seed_path, dt.date(2022, 6, 1))
    assert not [f for f in in_2022.flags if f.kind == "stale_title"]


def test_cli_jsonl_contract(seed_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire",
            "code",
            str(seed_path),
            "--date",
            "2025-08-07",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = completed.stdout.splitlines()
    assert len(lines) == 1
    record: dict[str, Any] = json.loads(lines[0])
    assert set(record) >= {"doc_id", "date", "events", "flags", "errors"}
    assert record["date"] == "2025-08-07"
    meetings = [e for e in record["events"] if e["plover"] == "CONSULT"]
    assert any(e["factuality"] in ("possible", "planned") for e in meetings)
    assert not any(e["factuality"] == "asserted" for e in meetings)
    assert any(f["kind"] == "stale_title" for f in record["flags"])
    required = {
        "doc_id",
        "sentence",
        "source",
        "target",
        "cameo",
        "cameo_name",
        "goldstein",
        "quad_class",
        "plover",
        "plover_mode",
        "factuality",
        "attributed_to",
        "time",
        "location",
        "evidence",
        "rule",
        "confidence",
    }
    assert all(set(e) >= required for e in record["events"])


def test_background_invasion_is_dated_since_early_2022(seed: DocumentResult) -> None:
    (invasion,) = [e for e in seed.events if e.cameo[:2] == "19"]
    assert (invasion.source.country, invasion.target.country if invasion.target else None) == ("RUS", "UKR")
    assert invasion.time is not None and invasion.time.start == dt.date(2022, 1, 1)
    assert invasion.time.end == SEED_DATE
