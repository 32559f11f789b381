"""Verbatim repeats of long blocks inside one document are blanked, offsets kept (issue #11 item 5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from eventwire.api import create_app
from eventwire.api.security import TOKEN_ENVIRONMENT_VARIABLE
from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.sources import read_inputs
from eventwire.sources.html import read_html_document
from eventwire.sources.repeats import blank_repeated_blocks
from eventwire.store import Store

SENTENCE = (
    "Boko Haram militants abducted more than 200 Nigerian schoolgirls from a boarding school in Chibok "
    "on Monday night, officials said."
)


def test_a_sentence_repeated_five_times_is_read_once() -> None:
    text = " ".join([SENTENCE] * 5)
    cleaned = blank_repeated_blocks(text)
    assert len(cleaned) == len(text)
    assert cleaned.startswith(SENTENCE)
    assert cleaned.count("Chibok") == 1
    assert not cleaned[len(SENTENCE) :].strip()


def test_repeated_paragraphs_keep_their_line_breaks() -> None:
    text = f"{SENTENCE}\n\nPolice said the search went on.\n\n{SENTENCE}\n"
    cleaned = blank_repeated_blocks(text)
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert cleaned.count("Chibok") == 1
    assert "Police said the search went on." in cleaned


def test_short_recurring_lines_and_distinct_sentences_are_kept() -> None:
    text = "Reporting by Ann Lee.\nEditing by Bo Chan.\nReporting by Ann Lee.\nTwo died. Two died."
    assert blank_repeated_blocks(text) == text
    other = SENTENCE.replace("200", "230")
    assert blank_repeated_blocks(f"{SENTENCE} {other}") == f"{SENTENCE} {other}"


def test_jsonl_records_are_read_with_repeats_blanked(tmp_path: Path) -> None:
    path = tmp_path / "page.jsonl"
    path.write_text(json.dumps({"id": "p", "text": f"{SENTENCE} {SENTENCE}", "date": "2014-04-16"}) + "\n")
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text.count("Chibok") == 1 and len(article.text) == 2 * len(SENTENCE) + 1


def test_posted_articles_and_texts_count_a_repeated_sentence_once(
    coder: Coder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """POST /api/v1/articles and /api/v1/code read a posted text as a file's is: five copies of the
    sentence are one mention, and the stored text keeps one copy (at the same offsets)."""
    monkeypatch.setenv(TOKEN_ENVIRONMENT_VARIABLE, "repeats-token-0123456789")
    auth = {"Authorization": "Bearer repeats-token-0123456789"}
    text = " ".join([SENTENCE] * 5)
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as store:
        client = TestClient(create_app(store, coder_factory=lambda: coder))
        once = client.post("/api/v1/code", json={"text": SENTENCE, "date": "2014-04-16"}).json()
        coded = client.post("/api/v1/code", json={"text": text, "date": "2014-04-16"}).json()
        assert once["events"] and len(coded["events"]) == len(once["events"])
        posted = client.post("/api/v1/articles", json={"text": text, "date": "2014-04-16"}, headers=auth)
        assert posted.status_code == 201, posted.text
        assert len(posted.json()["events"]) == len(once["events"])
        stored = client.get(f"/api/v1/articles/{posted.json()['id']}").json()
        assert stored["text"].count("Chibok") == 1 and len(stored["text"]) == len(text)


def test_a_watched_page_repeating_a_paragraph_is_read_once() -> None:
    """``watch`` reads fetched pages with read_html_document, which blanks repeats like every input."""
    paragraphs = "".join(f"<p>{SENTENCE}</p>" for _ in range(5))
    page = f"<html><head><title>Chibok</title></head><body><article>{paragraphs}</article></body></html>"
    item = read_html_document(
        page.encode(),
        doc_id="https://example.org/a",
        origin="https://example.org/a",
        default_date=dt.date(2014, 4, 16),
    )
    assert isinstance(item, Article)
    assert item.text.count("Chibok") == 1


@given(st.lists(st.sampled_from([SENTENCE, "Short line.", "Other words here.\n", "\n", " "]), max_size=12))
def test_length_and_line_breaks_are_kept_and_the_result_is_stable(blocks: list[str]) -> None:
    text = " ".join(blocks)
    cleaned = blank_repeated_blocks(text)
    assert len(cleaned) == len(text)
    assert [c == "\n" for c in cleaned] == [c == "\n" for c in text]
    assert blank_repeated_blocks(cleaned) == cleaned
    assert cleaned.count("Chibok") == min(1, text.count("Chibok"))


@given(st.text(max_size=400))
def test_never_raises_and_keeps_length(text: str) -> None:
    assert len(blank_repeated_blocks(text)) == len(text)
