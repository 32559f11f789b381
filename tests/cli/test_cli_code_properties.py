"""Property tests: the coder and ``eventwire code`` on arbitrary, untrusted input never crash.

Text strategies use Hypothesis' default alphabets, which leave out lone surrogates; those are a known
crash with their own strict xfail in ``test_cli_code_options.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.coder import Coder
from eventwire.sources import DEFAULT_MAX_BYTES

UTF8_BOM = b"\xef\xbb\xbf"
PROPERTY_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def news_vocabulary() -> tuple[list[str], list[str]]:
    """Real news words and punctuation, so generated texts reach the parser's interesting paths."""
    data = json.loads((Path(__file__).parent / "news_words.json").read_text(encoding="utf-8"))
    return list(data["words"]), list(data["punctuation"])


@cache
def shared_coder() -> Coder:
    return Coder()


def newsy_texts() -> st.SearchStrategy[str]:
    words, punctuation = news_vocabulary()
    token = st.sampled_from(words) | st.sampled_from(punctuation)
    separator = st.sampled_from([" ", "", " ", "\n"])
    pieces = st.lists(st.tuples(token, separator), max_size=60)
    return pieces.map(lambda pairs: "".join(a + b for a, b in pairs)[:400])


ANY_TEXT = st.text(max_size=400) | newsy_texts()
DATES = st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2035, 12, 31))


@PROPERTY_SETTINGS
@given(text=ANY_TEXT, date=DATES)
def test_coder_never_raises_and_evidence_slices_the_text(text: str, date: dt.date | None) -> None:
    result = shared_coder().code(text, date=date, doc_id="prop")
    assert result.doc_id == "prop"
    assert result.errors == []
    for event in result.events:
        evidence = event.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.text
        assert event.doc_id == "prop"
        assert event.sentence >= 0
        assert event.quad_class in (1, 2, 3, 4)
        assert 0.0 <= event.confidence <= 1.0
        json.dumps(event.to_dict())
    for flag in result.flags:
        if flag.evidence is not None:
            assert text[flag.evidence.start : flag.evidence.end] == flag.evidence.text


# ---------------------------------------------------------------------------------------- JSONL lines

_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_RECORDS = st.fixed_dictionaries(
    {"text": ANY_TEXT | _JSON_SCALARS},
    optional={
        "id": st.text(max_size=12) | st.integers() | _JSON_SCALARS,
        "date": st.dates().map(dt.date.isoformat) | st.text(max_size=12) | _JSON_SCALARS,
        "title": _JSON_SCALARS,
    },
)


def _encoded(value: Any, ascii_only: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")


JSONL_LINES = st.lists(
    st.builds(_encoded, _RECORDS | _JSON_VALUES, st.booleans())
    | st.binary(max_size=120).map(lambda raw: raw.replace(b"\n", b" "))
    | st.sampled_from([b"", b"   ", b"\r", UTF8_BOM, b"{", b"}", b"[]", b"{}"]),
    min_size=1,
    max_size=12,
)


def _is_blank(line: bytes) -> bool:
    return not line.removeprefix(UTF8_BOM).strip()


@PROPERTY_SETTINGS
@given(lines=JSONL_LINES)
def test_any_jsonl_gives_one_result_per_non_blank_line(lines: list[bytes]) -> None:
    assert max(map(len, lines)) < DEFAULT_MAX_BYTES
    shared_coder()  # warm the pipeline cache outside the first example's timing
    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "random.jsonl"
        corpus.write_bytes(b"\n".join(lines) + b"\n")
        result = CliRunner().invoke(app, ["code", str(corpus), "--date", "2025-11-12", "--format", "jsonl"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"eventwire code raised {result.exception!r}") from result.exception
    records = [json.loads(line) for line in result.stdout.split("\n") if line]
    numbers = [number for number, line in enumerate(lines, start=1) if not _is_blank(line)]
    if not numbers:
        assert len(records) == 1 and records[0]["errors"][0]["kind"] == "empty"
        assert result.exit_code == 1
        return
    assert len(records) == len(numbers)
    for number, record in zip(numbers, records, strict=True):
        for error in record["errors"]:
            assert error["location"] == f"{corpus}:{number}"
    readable = any(not record["errors"] for record in records)
    assert result.exit_code == (0 if readable else 1)
