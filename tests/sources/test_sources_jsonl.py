"""JSONL: good lines read, each bad line one InputError, reading goes on."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import Article, InputError
from eventwire.sources import read_inputs
from eventwire.sources.jsonl import read_jsonl_chunks
from eventwire.sources.lines import Line, LongLine, split_lines

BOM = b"\xef\xbb\xbf"
FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2024, 6, 1)


def _items(path: Path, day: dt.date | None = None) -> list[Article | InputError]:
    return list(read_inputs([path], default_date=day))


def test_fixture_good_and_bad_lines() -> None:
    path = FIXTURES / "articles.jsonl"
    items = _items(path)
    summary = [(item.id, "ok") if isinstance(item, Article) else (item.doc_id, item.kind) for item in items]
    assert summary == [
        ("a1", "ok"),
        ("a2", "ok"),
        ("articles:3", "json"),
        ("articles:4", "ok"),
        ("articles:6", "json"),
        ("a6", "missing_text"),
        ("a7", "date"),
        ("a1", "duplicate_id"),
        ("a9", "ok"),
    ]
    first, second, _, fourth = items[:4]
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(fourth, Article)
    assert first.published == dt.date(2024, 5, 3) and first.title == "Leaders meet"
    assert second.published == dt.date(2024, 5, 4)
    assert fourth.published is None and fourth.url == "https://example.org/vote"
    assert fourth.origin == f"{path}:4"
    errors = [item for item in items if isinstance(item, InputError)]
    assert [error.location for error in errors] == [f"{path}:{line}" for line in (3, 6, 7, 8, 9)]
    assert all(error.message.startswith(str(path)) for error in errors)


def test_an_explicit_date_wins_over_the_records_own() -> None:
    """Issue #11 item 4: an explicit --date, then the record's date (a bad one is still an error)."""
    items = _items(FIXTURES / "articles.jsonl", DAY)
    assert [item.published for item in items if isinstance(item, Article)] == [DAY, DAY, DAY, DAY]
    assert [item.kind for item in items if isinstance(item, InputError)].count("date") == 1


def _read_bytes(data: bytes, max_bytes: int = 10_000) -> list[Article | InputError]:
    return list(
        read_jsonl_chunks([data], label="in.jsonl", stem="in", default_date=None, max_bytes=max_bytes)
    )


def test_invalid_utf8_line_names_file_offset_and_neighbours_survive() -> None:
    good = b'{"id": "x", "text": "Talks resumed."}\n'
    items = _read_bytes(good + b'{"text": "bad \xff byte"}\n' + good.replace(b'"x"', b'"y"'))
    assert [type(item).__name__ for item in items] == ["Article", "InputError", "Article"]
    error = items[1]
    assert isinstance(error, InputError) and error.kind == "encoding"
    assert f"byte offset {len(good) + 14}" in error.message


def test_over_long_line_is_too_large_and_next_line_is_read() -> None:
    long_line = json.dumps({"id": "big", "text": "word " * 100}).encode()
    items = _read_bytes(long_line + b'\n{"id": "s", "text": "Short."}\n', max_bytes=200)
    assert isinstance(items[0], InputError) and items[0].kind == "too_large"
    assert isinstance(items[1], Article) and items[1].id == "s"


def test_empty_file_and_odd_values() -> None:
    empty = _read_bytes(b"\n  \n")
    assert [(item.kind if isinstance(item, InputError) else "") for item in empty] == ["empty"]
    items = _read_bytes(
        b'{"id": 7, "text": "Troops left."}\n{"id": "t", "text": 5}\n{"id": "u", "text": "A.", "title": 3}\n'
        b'{"id": "v", "text": "B.", "date": 20240101}\n' + b"[" * 5_000 + b"\n"
    )
    assert isinstance(items[0], Article) and items[0].id == "7"
    assert [item.kind for item in items[1:] if isinstance(item, InputError)] == [
        "missing_text",
        "json",
        "date",
        "json",
    ]


def test_crlf_and_bom() -> None:
    items = _read_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "Rain fell."}\r\n{"id": "b", "text": "Snow fell."}\r\n'
    )
    assert [item.id for item in items if isinstance(item, Article)] == ["a", "b"]


_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
_record = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=5), st.integers(), st.none()),
        "text": st.one_of(st.text(max_size=60), _json_value),
        "date": st.one_of(st.dates().map(dt.date.isoformat), st.text(max_size=12), _json_value),
        "title": st.one_of(st.text(max_size=10), _json_value),
    },
).map(json.dumps)
_line = st.one_of(st.text(st.characters(exclude_characters="\n"), max_size=60), _record)


@given(st.lists(_line, max_size=12))
def test_arbitrary_lines_never_raise(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    items = _read_bytes(data)
    assert all(isinstance(item, Article | InputError) for item in items)
    non_blank = sum(1 for line in lines if line.encode(errors="surrogatepass").removeprefix(BOM).strip())
    assert len(items) == max(non_blank, 1)
    ids = [item.id for item in items if isinstance(item, Article)]
    assert len(ids) == len(set(ids))


@given(
    st.binary(max_size=300), st.lists(st.integers(min_value=0, max_value=300), max_size=5), st.integers(1, 40)
)
def test_split_lines_matches_bytes_split(data: bytes, cuts: list[int], limit: int) -> None:
    bounds = sorted({0, len(data), *(cut for cut in cuts if cut <= len(data))})
    chunks = [data[start:end] for start, end in pairwise(bounds)]
    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()
    got = list(split_lines(chunks, limit))
    assert len(got) == len(expected)
    offset = 0
    for number, (line, raw) in enumerate(zip(got, expected, strict=True), start=1):
        assert line.number == number and line.offset == offset
        if len(raw) > limit:
            assert isinstance(line, LongLine) and line.size == len(raw)
        else:
            assert isinstance(line, Line) and line.data == raw.removesuffix(b"\r")
        offset += len(raw) + 1
