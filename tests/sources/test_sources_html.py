"""HTML pages: main text without scripts, title and date; hostile markup never crashes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.model import Article, InputError
from eventwire.sources.html import read_html_document
from eventwire.sources.html_fallback import extract_page

FIXTURES = Path(__file__).parent / "fixtures"


def _read(data: bytes, day: dt.date | None = None) -> Article | InputError:
    return read_html_document(data, doc_id="page", origin="page.html", default_date=day)


def test_page_with_script() -> None:
    item = _read((FIXTURES / "page_with_script.html").read_bytes())
    assert isinstance(item, Article)
    assert "The government and the rebel alliance agreed on Thursday" in item.text
    assert "lasting" in item.text
    assert "SCRIPT TEXT" not in item.text and "injected by script" not in item.text
    assert item.title is not None and item.title.startswith("Ceasefire agreed in the north")
    assert item.published == dt.date(2024, 4, 12)


BODY_DATE_PAGE = (
    "<html><head><title>Talks</title>{meta}</head><body><article><p>Since early 2022 the two countries "
    "have fought a war. Officials said talks would resume next week in Geneva, and both delegations "
    "confirmed it on Monday.</p></article></body></html>"
)
META = "<meta property='article:published_time' content='2025-08-07T10:00:00Z'>"


def test_a_date_in_the_body_text_never_dates_the_page() -> None:
    """Issue #11 item 4: 'Since early 2022' is no publication date; the page has none of its own."""
    item = _read(BODY_DATE_PAGE.format(meta="").encode())
    assert isinstance(item, Article) and item.published is None


def test_page_metadata_dates_the_page_and_an_explicit_or_feed_date_wins() -> None:
    item = _read(BODY_DATE_PAGE.format(meta=META).encode())
    assert isinstance(item, Article) and item.published == dt.date(2025, 8, 7)
    given = _read(BODY_DATE_PAGE.format(meta=META).encode(), day=dt.date(2025, 8, 8))
    assert isinstance(given, Article) and given.published == dt.date(2025, 8, 8)
    undated = _read(BODY_DATE_PAGE.format(meta="").encode(), day=dt.date(2025, 8, 8))
    assert isinstance(undated, Article) and undated.published == dt.date(2025, 8, 8)


def test_fallback_extractor_on_fixture() -> None:
    page = extract_page((FIXTURES / "page_with_script.html").read_text("utf-8"))
    assert page.text.startswith("Ceasefire agreed in the north\nThe government and the rebel alliance")
    assert "SCRIPT TEXT" not in page.text and "Home" not in page.text and "Copyright" not in page.text
    assert page.title == "Ceasefire agreed in the north | Example News"
    assert page.date_text == "2024-04-12T08:30:00Z"


_PARAGRAPH = "<p>The army said its troops had left the town after talks with local leaders on Monday.</p>"


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"<html><body><script>" + b"x=1;" * 10_000 + b"</script></body></html>",
        b'<html><body><div title="'
        + b"A" * 3_000_000
        + b'">'
        + _PARAGRAPH.encode()
        + b"</div></body></html>",
        b"<div>" * 50_000 + _PARAGRAPH.encode(),
        b"<html><body><p>Unclosed <b><i>markup <table><tr><td>cell</p></div></span><<<>>>&&&;" + b"</x>" * 10,
        b"\x00\x01\x02<html>",
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><html><body><p>&a;&a;&a;</p></body></html>",
    ],
)
def test_hostile_html_never_raises(html: bytes) -> None:
    item = _read(html)
    assert isinstance(item, Article | InputError)
    if isinstance(item, InputError):
        assert item.kind in {"empty", "binary", "html", "language"}


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 50_000 + _PARAGRAPH,
        "<p>" + "<b>" * 5_000 + "Text" + "</i>" * 5_000,
        "<title>a</title><meta name='date'><p>Body</p></td></tr></table>",
    ],
)
def test_fallback_extractor_survives_hostile_markup(html: str) -> None:
    page = extract_page(html)
    assert isinstance(page.text, str)
