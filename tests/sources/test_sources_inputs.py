"""read_inputs end to end: directories, ids, size limits, missing paths and stdin."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

from eventwire.model import Article, InputError
from eventwire.sources import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2024, 6, 13)


def _summary(items: list[Article | InputError]) -> list[tuple[str, str]]:
    return [(item.id, "ok") if isinstance(item, Article) else (item.doc_id, item.kind) for item in items]


def test_directory_mixing_good_and_bad_files(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "wire_talks.txt", tmp_path / "b_wire.txt")
    shutil.copy(FIXTURES / "russian.txt", tmp_path / "c_russian.text")
    (tmp_path / "a_empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "d_binary").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00")
    (tmp_path / "e_latin1.txt").write_bytes("Soldiers entered the caf\xe9.".encode("latin-1"))
    (tmp_path / "notes.md").write_text("Not read: unknown suffix in a directory.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden files are skipped.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden directories are skipped.", encoding="utf-8")
    nested = tmp_path / "sub"
    nested.mkdir()
    shutil.copy(FIXTURES / "plain_protest.txt", nested / "f_plain.txt")
    (nested / "g.jsonl").write_text('{"id": "j1", "text": "Talks ended."}\n{bad\n', encoding="utf-8")
    items = list(read_inputs([tmp_path], default_date=DAY))
    assert _summary(items) == [
        ("a_empty", "empty"),
        ("b_wire", "ok"),
        ("c_russian", "language"),
        ("d_binary", "binary"),
        ("e_latin1", "encoding"),
        ("f_plain", "ok"),
        ("j1", "ok"),
        ("g:2", "json"),
    ]
    wire = items[1]
    assert isinstance(wire, Article) and wire.published == DAY and wire.summary is not None
    assert all(item.message.startswith(str(tmp_path)) for item in items if isinstance(item, InputError))


def test_shared_stems_use_relative_paths(tmp_path: Path) -> None:
    for folder in ("left", "right"):
        (tmp_path / folder).mkdir()
        shutil.copy(FIXTURES / "plain_protest.txt", tmp_path / folder / "report.txt")
    shutil.copy(FIXTURES / "plain_protest.txt", tmp_path / "unique.txt")
    ids = [item.id for item in read_inputs([tmp_path]) if isinstance(item, Article)]
    assert ids == ["left/report.txt", "right/report.txt", "unique"]


def test_same_file_twice_is_read_once() -> None:
    path = FIXTURES / "plain_protest.txt"
    assert _summary(list(read_inputs([path, str(path)]))) == [("plain_protest", "ok")]


def test_missing_path() -> None:
    (error,) = read_inputs(["/no/such/file.txt"])
    assert isinstance(error, InputError) and error.kind == "missing" and "/no/such/file.txt" in error.message


def test_fifty_megabyte_sparse_file_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20 + 1)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError) and error.kind == "too_large"
    assert str(50 * 2**20 + 1) in error.message and str(path) in error.message
    html = tmp_path / "huge.html"
    html.write_bytes(b"<p>" + b"x" * 200 + b"</p>")
    (small_limit,) = read_inputs([html], max_bytes=100)
    assert isinstance(small_limit, InputError) and small_limit.kind == "too_large"


def test_stdin_text_document() -> None:
    stream = io.BytesIO((FIXTURES / "wire_talks.txt").read_bytes())
    (item,) = read_inputs(["-"], stdin=stream, default_date=DAY)
    assert isinstance(item, Article) and item.id == "stdin" and item.summary is not None


def test_stdin_jsonl() -> None:
    lines = [json.dumps({"text": "Troops withdrew."}), "", json.dumps({"id": "x", "text": "Police arrived."})]
    items = list(read_inputs(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert _summary(items) == [("stdin:1", "ok"), ("x", "ok")]
    assert isinstance(items[0], Article) and items[0].origin == "stdin:1"


def test_stdin_with_a_non_object_line_is_text() -> None:
    data = b'{"text": "A."}\nThe minister resigned.'
    (item,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert isinstance(item, Article) and item.text == data.decode()


def test_stdin_empty_and_oversized() -> None:
    (empty,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert isinstance(empty, InputError) and empty.kind == "empty"
    (big,) = read_inputs(["-"], stdin=io.BytesIO(b"word " * 100), max_bytes=100)
    assert isinstance(big, InputError) and big.kind == "too_large"


def test_stdin_jsonl_streams_past_the_document_limit() -> None:
    lines = [json.dumps({"id": f"n{number}", "text": "Talks resumed today."}) for number in range(50)]
    items = list(read_inputs(["-"], stdin=io.BytesIO("\n".join(lines).encode()), max_bytes=200))
    assert [item.id for item in items if isinstance(item, Article)] == [f"n{number}" for number in range(50)]
