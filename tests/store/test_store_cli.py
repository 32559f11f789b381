"""``eventwire ingest / claims / stats`` with the real coder: the seed's promise is confirmed, reruns are
harmless, bad input is recorded, and a SIGKILLed ingest loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "seed_article.txt"
FOLLOW_UP = (
    "Russian President Vladimir Putin and U.S. President Donald Trump met in Anchorage, Alaska on Friday, "
    "their first face-to-face talks in years."
)
runner = CliRunner()


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed article is not available")
def test_seed_then_meeting_report_confirms_one_claim(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    follow_up = tmp_path / "anchorage.txt"
    follow_up.write_text(FOLLOW_UP, encoding="utf-8")
    _invoke("ingest", str(SEED), "--date", "2025-08-07", "--db", db)
    opened = json.loads(_invoke("claims", "--format", "json", "--db", db))
    rus_usa = [claim for claim in opened if sorted(claim["parties"]) == ["RUS", "USA"]]
    assert len(rus_usa) == 1, f"the seed should open one RUS-USA claim, got {opened}"
    assert rus_usa[0]["status"] == "open"
    _invoke("ingest", str(follow_up), "--date", "2025-08-16", "--db", db)
    claims = json.loads(_invoke("claims", "--format", "json", "--db", db))
    [claim] = [claim for claim in claims if sorted(claim["parties"]) == ["RUS", "USA"]]
    assert claim["status"] == "confirmed", (
        f"'{FOLLOW_UP}' (dated 2025-08-16) should code as an asserted RUS-USA meeting: {claim}"
    )
    assert {item["article_id"] for item in claim["evidence"]} == {1, 2}
    first, last = claim["evidence"][0], claim["evidence"][-1]
    assert (first["role"], first["article_id"], first["date"]) == ("opened", 1, "2025-08-07")
    assert (last["role"], last["article_id"], last["date"], last["factuality"]) == (
        "confirmed",
        2,
        "2025-08-16",
        "asserted",
    )
    stats_before = _invoke("stats", "--db", db, "--json").strip().splitlines()[-1]
    table = _invoke("claims", "--status", "confirmed", "--db", db)
    assert "confirmed" in table
    _invoke("ingest", str(SEED), str(follow_up), "--date", "2025-08-07", "--db", db)
    stats = json.loads(_invoke("stats", "--db", db, "--json").strip().splitlines()[-1])
    assert json.loads(stats_before) == stats
    assert stats["articles"] == 2 and stats["claims"] >= 1 and stats["rejected_inputs"] == 0


def test_unreadable_input_is_recorded_not_dropped(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Putin met Trump in Alaska.", "date": "2025-08-15"}\n{not json\n')
    result = runner.invoke(app, ["ingest", str(bad), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 inputs rejected" in result.stdout
    stats = json.loads(_invoke("stats", "--db", db, "--json").strip().splitlines()[-1])
    assert stats["articles"] == 1 and stats["rejected_inputs"] == 1


def _articles(db_file: Path) -> list[tuple[str, int]]:
    if not db_file.exists():
        return []
    try:
        with sqlite3.connect(db_file, timeout=5) as connection:
            return connection.execute("SELECT doc_id, COUNT(*) FROM articles GROUP BY doc_id").fetchall()
    except sqlite3.OperationalError:  # schema not created yet
        return []


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    db_file = tmp_path / "events.db"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    countries = ["Russia", "Ukraine", "China", "France", "Germany", "India", "Brazil", "Japan"]
    for number in range(40):
        first, second = countries[number % 8], countries[(number + 3) % 8]
        sentences = [
            f"The foreign minister of {first} met the foreign minister of {second} in Geneva on Tuesday.",
            f"{first} accused {second} of violating the ceasefire agreement, report {number} said.",
            f"Officials from {second} said they would meet {first} again next month.",
        ]
        (inputs / f"article_{number:02d}.txt").write_text(" ".join(sentences * 4), encoding="utf-8")
    command = [sys.executable, "-m", "eventwire", "ingest", str(inputs), "--date", "2025-03-04"]
    command += ["--db", f"sqlite:///{db_file}"]
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = len(_articles(db_file))
        if stored >= 3:
            break
        time.sleep(0.005)
    killed_mid_batch = process.poll() is None and 0 < stored < 40
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert killed_mid_batch, f"the ingest finished before it could be killed ({stored} articles stored)"
    partial = _articles(db_file)
    assert 0 < len(partial) < 40 and all(count == 1 for _, count in partial)
    rerun = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    after = _articles(db_file)
    assert len(after) == 40 and all(count == 1 for _, count in after)
    with sqlite3.connect(db_file) as connection:
        orphans = connection.execute(
            "SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        unclustered = connection.execute("SELECT COUNT(*) FROM events WHERE cluster_id IS NULL").fetchone()[0]
    assert orphans == 0 and unclustered == 0
    assert f"{len(partial)} unchanged" in rerun.stdout
