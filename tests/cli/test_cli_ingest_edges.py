"""A fresh user's rough edges with ``ingest`` and ``stats``: a rejection is one unwrapped line naming its
input once, a store in a missing directory is one error line and exit 2, and ``stats --json`` says
what its event counts count."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.commands import store_cmds
from eventwire.model import Article, DocumentResult

runner = CliRunner()
RUSSIAN = "Президент России Владимир Путин встретился в Анкоридже с президентом США Дональдом Трампом. " * 3


class _NoCoder:
    """Stands in for the spaCy coder: these inputs never reach it."""

    version = "test"

    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]:
        for article in articles:
            yield DocumentResult(article.id, None, [], article=article)


@pytest.fixture(autouse=True)
def _no_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_cmds, "build_coder", _NoCoder)


def test_each_rejection_is_one_line_with_its_location_once(tmp_path: Path) -> None:
    bad = tmp_path / "a_rather_long_directory_name_for_inputs_that_fail" / "more_nesting_here"
    bad.mkdir(parents=True)
    for name in ("russian.txt", "russian_again.txt"):
        (bad / name).write_text(RUSSIAN, encoding="utf-8")
    (bad / "blank.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(bad), "--db", f"sqlite:///{tmp_path / 'e.db'}"])
    assert result.exit_code == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 3 and all(line.startswith("rejected ") for line in lines), result.stderr
    russian = next(line for line in lines if line.startswith(f"rejected {bad / 'russian.txt'}:"))
    assert len(russian) > 80  # would have wrapped at 80 columns
    assert russian.count(str(bad / "russian.txt")) == 1
    assert russian.startswith(f"rejected {bad / 'russian.txt'}: language: not English: ")
    assert "Cyrillic" in russian


def test_store_in_a_missing_directory_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Russian President Vladimir Putin met U.S. President Donald Trump.", encoding="utf-8")
    missing = tmp_path / "nonexist"
    result = runner.invoke(app, ["ingest", str(text), "--db", f"sqlite:///{missing / 'x.db'}"])
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and str(missing) in lines[0], result.stderr
    assert "OperationalError" not in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()


def test_stats_says_what_events_counts(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    text = tmp_path / "a.txt"
    text.write_text("Russian President Vladimir Putin met U.S. President Donald Trump.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(text), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["stats", "--db", db, "--json"])
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    assert stats["articles"] == 1 and stats["events"] == 0 and stats["mentions"] == 0
    about = stats["events_counted_as"]
    assert "asserted" in about and "cluster" in about and "mentions" in about
    help_text = " ".join(runner.invoke(app, ["stats", "--help"], terminal_width=200).stdout.split())
    assert "asserted events" in help_text and "mentions" in help_text and "events_by_factuality" in help_text
