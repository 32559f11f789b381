"""``python -m eventwire code`` as a user runs it, on a directory of good, bad and hostile inputs.

These run the real process (interpreter start, spaCy load, stdout encoding) because that is where a
stray traceback or a mixed-up stream would show; the faster option-by-option checks use CliRunner.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

GOOD_SENTENCE = "Poland delivered 100 generators to Ukraine."
WIRE_DOCUMENT = (
    "Poland ships generators to Ukraine\n"
    "Summary – Poland delivered generators to Ukraine,\n"
    "Article –\n"
    "WARSAW, Nov 12 (eventwire) - Poland delivered 100 generators to Ukraine on Wednesday, "
    "the Polish foreign ministry said.\n"
)
RUSSIAN_TEXT = (
    "Польша передала Украине сто промышленных генераторов. Министр иностранных дел заявил, "
    "что помощь будет продолжена и зимой.\n"
)
SPARSE_SIZE = 50 * 2**20 + 1


def run_code(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", "code", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def jsonl_records(stdout: bytes) -> list[dict[str, Any]]:
    lines = stdout.decode("utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip()]


def event_triples(record: dict[str, Any]) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO root) of every event in a result line."""
    return {
        (
            event["source"]["country"],
            event["target"]["country"] if event["target"] else None,
            event["cameo"][:2],
        )
        for event in record["events"]
    }


@pytest.fixture(scope="module")
def mixed_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two good documents, a good JSONL pair around a malformed line, and six kinds of bad file."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "wire.txt").write_text(WIRE_DOCUMENT, encoding="utf-8")
    (root / "plain.txt").write_text(GOOD_SENTENCE + "\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00\x00\x08\x00" * 20)
    (root / "latin1.txt").write_bytes("Poland delivered 100 générateurs to Ukraine.".encode("latin-1"))
    (root / "russian.txt").write_text(RUSSIAN_TEXT, encoding="utf-8")
    with (root / "sparse.txt").open("wb") as handle:
        handle.truncate(SPARSE_SIZE)
    good_a = {"id": "jsonl-a", "text": GOOD_SENTENCE, "date": "2025-11-12"}
    good_c = {"id": "jsonl-c", "text": "France criticized Russia.", "date": "2025-11-12"}
    (root / "corpus.jsonl").write_text(
        json.dumps(good_a) + "\n" + '{"id": "jsonl-b", "text": \n' + json.dumps(good_c) + "\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def mixed_run(mixed_directory: Path) -> subprocess.CompletedProcess[bytes]:
    return run_code(str(mixed_directory), "--date", "2025-11-12", "--format", "jsonl")


@pytest.fixture(scope="module")
def mixed_results(mixed_run: subprocess.CompletedProcess[bytes]) -> dict[str, dict[str, Any]]:
    return {record["doc_id"]: record for record in jsonl_records(mixed_run.stdout)}


def test_mixed_directory_exits_zero_without_traceback(mixed_run: subprocess.CompletedProcess[bytes]) -> None:
    assert mixed_run.returncode == 0, mixed_run.stderr.decode()
    assert b"Traceback" not in mixed_run.stderr


def test_mixed_directory_prints_one_line_per_document(mixed_run: subprocess.CompletedProcess[bytes]) -> None:
    records = jsonl_records(mixed_run.stdout)
    # 8 files, the JSONL one holding 3 documents (two good, one malformed line).
    assert len(records) == 10
    for record in records:
        assert set(record) == {"doc_id", "date", "events", "flags", "errors"}
    assert len({record["doc_id"] for record in records}) == len(records)


@pytest.mark.parametrize(
    ("doc_id", "kind"),
    [
        ("empty", "empty"),
        ("binary", "binary"),
        ("latin1", "encoding"),
        ("russian", "language"),
        ("sparse", "too_large"),
    ],
)
def test_each_bad_file_gets_one_error_naming_it(
    mixed_results: dict[str, dict[str, Any]], mixed_directory: Path, doc_id: str, kind: str
) -> None:
    record = mixed_results[doc_id]
    assert record["events"] == []
    [error] = record["errors"]
    assert error["kind"] == kind
    assert Path(error["location"]) == mixed_directory / f"{doc_id}.txt"
    assert f"{doc_id}.txt" in error["message"]


def test_malformed_jsonl_line_is_an_error_naming_file_and_line(
    mixed_results: dict[str, dict[str, Any]],
) -> None:
    broken = [
        record for record in mixed_results.values() if any(e["kind"] == "json" for e in record["errors"])
    ]
    assert len(broken) == 1
    [error] = broken[0]["errors"]
    assert error["location"].endswith("corpus.jsonl:2")
    assert broken[0]["events"] == []


def test_good_documents_around_the_bad_ones_are_coded(mixed_results: dict[str, dict[str, Any]]) -> None:
    for doc_id in ("plain", "wire", "jsonl-a"):
        record = mixed_results[doc_id]
        assert record["errors"] == []
        assert record["date"] == "2025-11-12"
        assert ("POL", "UKR", "07") in event_triples(record), doc_id
    assert ("FRA", "RUS", "11") in event_triples(mixed_results["jsonl-c"])


def test_wire_summary_is_not_coded_twice(mixed_results: dict[str, dict[str, Any]]) -> None:
    aid = [event for event in mixed_results["wire"]["events"] if event["cameo"].startswith("07")]
    assert len(aid) == 1
    assert "WARSAW" not in aid[0]["evidence"]["text"]


def test_only_bad_inputs_exit_non_zero_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    completed = run_code(
        str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt"),
        "--format", "jsonl",
    )  # fmt: skip
    assert completed.returncode != 0
    stderr = completed.stderr.decode()
    assert "nothing could be read" in stderr
    assert "Traceback" not in stderr
    kinds = [record["errors"][0]["kind"] for record in jsonl_records(completed.stdout)]
    assert kinds == ["empty", "binary", "missing"]


def test_stdin_text_is_one_document() -> None:
    completed = run_code("-", "--date", "2025-11-12", "--format", "jsonl", stdin=GOOD_SENTENCE.encode())
    assert completed.returncode == 0, completed.stderr.decode()
    [record] = jsonl_records(completed.stdout)
    assert record["doc_id"] == "stdin"
    assert ("POL", "UKR", "07") in event_triples(record)
    [event] = [e for e in record["events"] if e["cameo"].startswith("07")]
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert GOOD_SENTENCE[start:end] == event["evidence"]["text"]


def test_stdin_jsonl_gives_one_line_per_non_blank_line() -> None:
    stream = (
        json.dumps({"id": "one", "text": GOOD_SENTENCE})
        + "\n\n"
        + '{"id": "two", "text": "unterminated\n'
        + json.dumps({"text": "France criticized Russia.", "date": "2025-11-12"})
        + "\n"
    )
    completed = run_code("-", "--date", "2025-11-12", "--format", "jsonl", stdin=stream.encode())
    assert completed.returncode == 0, completed.stderr.decode()
    records = jsonl_records(completed.stdout)
    assert [record["doc_id"] for record in records] == ["one", "stdin:3", "stdin:4"]
    assert ("POL", "UKR", "07") in event_triples(records[0])
    assert records[1]["errors"][0]["location"] == "stdin:3"
    assert ("FRA", "RUS", "11") in event_triples(records[2])


def test_bad_date_is_a_usage_error() -> None:
    completed = run_code("-", "--date", "2025-13-01", stdin=GOOD_SENTENCE.encode())
    assert completed.returncode == 2
    stderr = completed.stderr.decode()
    assert "--date" in stderr
    assert "Traceback" not in stderr
