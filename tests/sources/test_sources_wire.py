"""The wire format and header lines: summary kept apart, body recovered exactly with its offset."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.sources import parse_wire

FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "seed_article.txt"


def test_wire_fixture_splits_title_summary_and_body() -> None:
    text = (FIXTURES / "wire_talks.txt").read_text("utf-8")
    parts = parse_wire(text)
    assert parts.is_wire
    assert parts.title == "Geneva talks end without agreement"
    assert parts.summary == (
        "Negotiators from both sides left Geneva without a deal but agreed to meet again next month."
    )
    assert parts.body.startswith("The foreign ministers of the two countries met in Geneva")
    assert parts.body.endswith("border clashes in March.")
    assert "Negotiators" not in parts.body
    assert text[parts.body_offset : parts.body_offset + len(parts.body)] == parts.body


@pytest.mark.parametrize("dash", ["–", "—", "-", ":"])
def test_every_dash_and_case_is_a_marker(dash: str) -> None:
    parts = parse_wire(f"SUMMARY {dash} Short summary\narticle {dash} The body text.")
    assert parts.is_wire
    assert parts.summary == "Short summary"
    assert parts.body == "The body text."


def test_plain_text_is_its_own_body() -> None:
    text = "\n\n  Police arrested two men.\nThe summary - of it is not a marker here.\n"
    parts = parse_wire(text)
    assert not parts.is_wire
    assert parts.summary is None
    assert parts.body == "Police arrested two men.\nThe summary - of it is not a marker here."
    assert text[parts.body_offset :].startswith(parts.body)


def test_summary_without_article_marker_is_plain_text() -> None:
    parts = parse_wire("Summary – only a summary, no article marker.")
    assert not parts.is_wire
    assert parts.body == "Summary – only a summary, no article marker."


def test_long_preamble_before_summary_means_not_wire() -> None:
    text = "First paragraph.\nSecond paragraph.\nSummary – x\nArticle – y"
    assert not parse_wire(text).is_wire


def test_marker_needs_a_separator_not_a_compound_word() -> None:
    parts = parse_wire("Summary-level figures rose.\nArticle-based counts fell.")
    assert not parts.is_wire


def test_header_lines_give_title_date_source_url() -> None:
    text = (
        "Title: Border reopens\nDate: 2024-03-05\nSource: Example Wire\nURL: https://example.org/a\n\nBody."
    )
    parts = parse_wire(text)
    assert (parts.title, parts.date_text, parts.source, parts.url) == (
        "Border reopens",
        "2024-03-05",
        "Example Wire",
        "https://example.org/a",
    )
    assert parts.body == "Body."
    assert text[parts.body_offset :] == "Body."


_marker = st.sampled_from(["Summary – ", "Summary — ", "summary - ", "SUMMARY –\n", "Summary: "])
_article = st.sampled_from(["Article – ", "Article —\n", "article - ", "ARTICLE –\n\n", "Article: "])
_title = st.text(st.characters(categories=["L", "Zs"]), max_size=40).filter(
    lambda title: (
        not title.strip().lower().startswith(("summary", "article", "title", "date", "source", "url"))
    )
)


@given(
    title=_title,
    marker=_marker,
    summary=st.text(st.characters(exclude_characters="\n"), max_size=80),
    comma=st.booleans(),
    article=_article,
    body=st.text(min_size=1).filter(lambda body: body == body.strip() and bool(body)),
)
def test_generated_wire_text_recovers_body_exactly(
    title: str, marker: str, summary: str, comma: bool, article: str, body: str
) -> None:
    text = f"{title}\n{marker}{summary}{',' if comma else ''}\n{article}{body}\n"
    parts = parse_wire(text)
    assert parts.is_wire
    assert parts.body == body
    assert text[parts.body_offset : parts.body_offset + len(body)] == body
    assert parts.summary == (summary.strip().rstrip(",").rstrip() or None)


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared data not available")
def test_seed_article_is_wire_format() -> None:
    text = SEED_ARTICLE.read_text("utf-8")
    parts = parse_wire(text)
    assert parts.is_wire
    assert parts.summary is not None
    assert parts.summary.startswith("Russia signals")
    assert not parts.summary.endswith(",")
    assert parts.body.startswith("Russia’s deputy")
    assert "Summary" not in parts.body[:200]
