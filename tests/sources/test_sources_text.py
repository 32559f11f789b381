"""read_text_document: text and wire documents, and every way raw bytes can be bad."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import Article, InputError
from eventwire.sources import read_text_document

FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2024, 6, 13)


def _read(data: bytes, doc_id: str = "doc", day: dt.date | None = DAY) -> Article | InputError:
    return read_text_document(data, doc_id=doc_id, origin=f"{doc_id}.txt", default_date=day)


def _error(data: bytes) -> InputError:
    item = _read(data)
    assert isinstance(item, InputError), item
    assert item.message.startswith("doc.txt")
    return item


def test_wire_document_keeps_summary_out_of_text() -> None:
    item = _read((FIXTURES / "wire_talks.txt").read_bytes(), "wire_talks")
    assert isinstance(item, Article)
    assert item.id == "wire_talks"
    assert item.summary is not None and item.summary.startswith("Negotiators")
    assert item.text.startswith("The foreign ministers")
    assert item.title == "Geneva talks end without agreement"
    assert item.published == DAY
    assert item.origin == "wire_talks.txt"


def test_plain_document_uses_default_date() -> None:
    item = _read((FIXTURES / "plain_protest.txt").read_bytes())
    assert isinstance(item, Article)
    assert item.text.startswith("Thousands of farmers")
    assert item.text.endswith("no arrests were made.")
    assert item.summary is None and item.title is None
    assert item.published == DAY


def test_date_header_dates_a_document_without_an_explicit_date() -> None:
    item = _read((FIXTURES / "with_headers.txt").read_bytes(), day=None)
    assert isinstance(item, Article)
    assert item.published == dt.date(2024, 3, 5)


def test_explicit_date_wins_over_the_date_header() -> None:
    item = _read((FIXTURES / "with_headers.txt").read_bytes())
    assert isinstance(item, Article)
    assert item.published == DAY
    assert item.title == "Ministers agree to reopen border crossing"
    assert item.source == "Example Wire"
    assert item.text.startswith("The interior ministers")


def test_bad_date_header_is_a_date_error() -> None:
    assert _error(b"Date: the day after tomorrow\n\nTroops crossed the river.").kind == "date"


def test_utf8_bom_is_accepted() -> None:
    item = _read("\ufeffPolice detained the protest leaders.".encode())
    assert isinstance(item, Article)
    assert item.text == "Police detained the protest leaders."


def test_empty_and_whitespace_only() -> None:
    assert _error(b"").kind == "empty"
    assert _error(b" \n\t\r\n").kind == "empty"
    assert _error("\ufeff \u00a0\u2003\n".encode()).kind == "empty"
    assert _error(b"Title: Only a title\n").kind == "empty"


def test_invalid_utf8_names_the_byte_offset() -> None:
    error = _error(b"The minister said \xff\xfe that talks failed.")
    assert error.kind == "encoding"
    assert "byte offset 18" in error.message
    bom_error = _error(b"\xef\xbb\xbfAbc \xc3(")
    assert "byte offset 7" in bom_error.message


def test_binary_data() -> None:
    assert _error(b"PK\x03\x04\x00\x00 zip-like").kind == "binary"
    assert _error(bytes(range(1, 32)) * 10).kind == "binary"
    utf16 = _error("Police arrived.".encode("utf-16"))
    assert utf16.kind == "binary" and "UTF-16" in utf16.message


def test_non_english_documents_are_flagged() -> None:
    for name in ("russian.txt", "chinese.txt", "french.txt", "german.txt"):
        item = _read((FIXTURES / name).read_bytes())
        assert isinstance(item, InputError), name
        assert item.kind == "language", name


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    item = _read(data)
    assert isinstance(item, Article | InputError)
    if isinstance(item, Article):
        assert item.id == "doc"
        assert item.text and item.text == item.text.strip()
    else:
        assert item.doc_id == "doc" and item.kind


@given(st.text(max_size=500))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(_read(text.encode("utf-8", errors="surrogatepass")), Article | InputError)
