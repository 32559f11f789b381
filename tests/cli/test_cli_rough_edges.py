"""Issue #12's rough edges: each ends in one clear line on stderr and the right exit code, and output
meant for machines is only that (``eval --json``, ``export -o -``)."""

from __future__ import annotations

import csv
import io
import json
import socket
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from eventwire.cli import app
from eventwire.cli.commands import eval_cmd
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality
from eventwire.store import Store

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _one_error_line(result: Result, code: int, *words: str) -> None:
    """Exit ``code``, nothing on stdout, one ``error:`` line on stderr holding ``words``, no traceback."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:") and all(word in lines[0] for word in words), lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """A store with one meeting, so exports have a row."""
    url = f"sqlite:///{tmp_path / 'events.db'}"
    event = Event(
        doc_id="d1",
        sentence=0,
        source=Actor("RUSGOV", "Vladimir Putin", "RUS", "GOV", "Vladimir Putin"),
        target=Actor("USAGOV", "Donald Trump", "USA", "GOV", "Donald Trump"),
        cameo="040",
        cameo_name="Consult",
        goldstein=1.0,
        quad_class=1,
        plover="CONSULT",
        plover_mode=None,
        factuality=Factuality.ASSERTED,
        attributed_to=None,
        time=None,
        location=None,
        evidence=Evidence(0, 15, "Putin met Trump"),
        rule="test",
        confidence=0.9,
    )
    article = Article(id="d1", text="Putin met Trump in Anchorage.", url="https://example.test/1", source="T")
    with Store(url) as store:
        store.ingest(DocumentResult("d1", None, [event], article=article), "v1")
    return url


def test_export_to_stdout_writes_only_the_rows(store_url: str) -> None:
    result = runner.invoke(app, ["export", "--db", store_url, "--format", "csv", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["cameo"] == "040" and row["article_url"] == "https://example.test/1"
    assert not Path("-").exists()
    assert "wrote 1 rows (csv) to standard output" in result.stderr
    jsonl = runner.invoke(app, ["export", "--db", store_url, "--format", "jsonl", "--output", "-"])
    assert [json.loads(line)["cameo"] for line in jsonl.stdout.splitlines()] == ["040"]


def test_export_into_a_missing_directory(store_url: str, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "events.csv"
    result = runner.invoke(app, ["export", "--db", store_url, "-o", str(target)])
    _one_error_line(result, 2, str(target.parent), "does not exist")


@pytest.mark.parametrize("command", [["export", "-o", "out.csv"], ["stats"], ["claims"]])
def test_a_mistyped_db_is_an_error_not_a_new_empty_store(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "evnets.db"
    result = runner.invoke(app, [*command, "--db", f"sqlite:///{typo}"])
    _one_error_line(result, 2, str(typo), "no event store")
    assert not typo.exists() and not (tmp_path / "out.csv").exists()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_dask_scheduler(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin met Trump."}) + "\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", address])
    _one_error_line(result, 2, address, "cannot reach the Dask scheduler")
    malformed = runner.invoke(
        app, ["batch", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", "ftp://x"]
    )
    _one_error_line(malformed, 2, "not a Dask scheduler address")


@pytest.mark.parametrize("command", ["code", "eval"])
def test_a_file_that_is_no_dictionary(command: str, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Remember to buy milk.\nCall the embassy on Monday.\n", encoding="utf-8")
    target = str(REPO / "examples" / "gold.jsonl") if command == "eval" else "-"
    result = runner.invoke(app, [command, target, "--dictionary", str(notes)], input="Putin met Trump.")
    _one_error_line(result, 2, "--dictionary", str(notes), "not a CAMEO/PETRARCH dictionary")
    missing = runner.invoke(app, [command, target, "--dictionary", str(tmp_path / "gone.txt")], input="x")
    _one_error_line(missing, 2, "gone.txt", "no such file")


def test_a_real_dictionary_is_accepted(tmp_path: Path) -> None:
    from eventwire.cli.dictionary_files import check_dictionaries

    actors = tmp_path / "mine.actors.txt"
    actors.write_text("VLADIMIR_PUTIN  [RUSGOV]\nKREMLIN [RUSGOV]\n", encoding="utf-8")
    discards = tmp_path / "sport.discards.txt"
    discards.write_text("FOOTBALL MATCH\n+WORLD CUP\n", encoding="utf-8")
    check_dictionaries([actors, discards])  # no exit


class _NoEvents:
    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]:
        for article in articles:
            yield DocumentResult(article.id, article.published, [], article=article)


def test_eval_json_prints_only_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eval_cmd, "build_coder", lambda _dictionaries, _confidence: _NoEvents())
    result = runner.invoke(app, ["eval", str(REPO / "examples" / "gold.jsonl"), "--json", "--limit", "3"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)  # the whole of stdout is one JSON object
    assert isinstance(report, dict) and report


def test_readme_and_make_demo_say_how_to_get_eventwire_on_path() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    usage = readme[readme.index("## Using it") :]
    assert "source .venv/bin/activate" in usage.split("```python")[0]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    demo = makefile[makefile.index("demo: setup") :].split("\n\n")[0]
    assert "activate" in demo


def test_batch_output_that_is_a_file(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin met Trump."}) + "\n", encoding="utf-8")
    taken = tmp_path / "results.txt"
    taken.write_text("notes", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(taken)])
    _one_error_line(result, 2, "--output", str(taken), "is a file, not a directory")
    assert taken.read_text(encoding="utf-8") == "notes"


def test_batch_into_a_run_with_another_date_says_which_dates(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin met Trump."}) + "\n", encoding="utf-8")
    output = tmp_path / "out"
    first = runner.invoke(app, ["batch", str(corpus), "-o", str(output), "--workers", "1"])
    assert first.exit_code == 0, first.stderr
    again = runner.invoke(app, ["batch", str(corpus), "-o", str(output), "--date", "2025-08-07"])
    _one_error_line(again, 2, "a run with no --date (this one has --date 2025-08-07)", "--output")
    assert "{" not in again.stderr


def test_batch_interrupted_says_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.batch

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(eventwire.batch, "run_batch", interrupted)
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin met Trump."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "run the same command again to resume" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_of_nothing_readable_names_each_input_once_and_prints_no_table(tmp_path: Path) -> None:
    missing = tmp_path / "nosuch.jsonl"
    result = runner.invoke(app, ["batch", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stdout == ""  # no summary table of zeros
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1] == "error: nothing to code"
    assert sum(line.count(missing.name) for line in lines) == 1


def test_a_batch_run_that_coded_nothing_does_not_block_its_output(tmp_path: Path) -> None:
    """A fresh-user test: a mistyped input left a manifest behind, and the corrected command was refused
    as 'a run over other inputs' though nothing had been coded there."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin met Trump."}) + "\n", encoding="utf-8")
    output = tmp_path / "out"
    typo = runner.invoke(app, ["batch", str(tmp_path / "nwes.jsonl"), "-o", str(output)])
    assert typo.exit_code == 2
    fixed = runner.invoke(app, ["batch", str(corpus), "-o", str(output), "--workers", "1"])
    assert fixed.exit_code == 0, fixed.stderr
    assert "documents coded" in fixed.stdout
