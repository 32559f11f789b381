"""Long documents are coded in windows: any length is accepted (past spaCy's 1,000,000-character
limit), offsets stay the whole document's, and the events match coding the text in one piece."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from pathlib import Path

import pytest

from eventwire.coder import Coder, chunking
from eventwire.coder.chunking import WINDOW_CHARS, split_article
from eventwire.model import Article, DocumentResult

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"
DAY = dt.date(2025, 8, 7)


def _example_texts() -> list[str]:
    return [json.loads(line)["text"] for line in EXAMPLES.read_text("utf-8").splitlines() if line.strip()]


def _wire_copy(length: int) -> str:
    """``length`` characters of the example articles' paragraphs, with a dateline first."""
    parts = ["KYIV, Nov 12 (eventwire) - Ukraine's foreign minister spoke to reporters."]
    while sum(map(len, parts)) < length:
        parts.extend(_example_texts())
    return "\n\n".join(parts)[:length]


def _assert_offsets_hold(result: DocumentResult, text: str) -> None:
    for event in result.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        for actor in (event.source, event.target, event.attributed_to):
            if actor is not None and actor.mention is not None:
                mention = actor.mention
                assert text[mention.start : mention.end] == mention.text


def test_a_short_article_is_one_untouched_piece() -> None:
    article = Article(id="a", text="Putin met Trump in Alaska on Friday.")
    pieces = list(split_article(article))
    assert len(pieces) == 1 and pieces[0].chunk is article


def test_pieces_cover_the_document_once_within_the_window() -> None:
    text = _wire_copy(65_000)
    pieces = list(split_article(Article(id="long", text=text)))
    assert pieces[0].start == 0 and pieces[-1].end == len(text) and pieces[-1].last
    assert all(a.end == b.start for a, b in pairwise(pieces))
    for piece in pieces:
        assert piece.end - piece.start <= WINDOW_CHARS
        own = piece.text[piece.own_start :]
        assert own == text[piece.start : piece.end]
        assert piece.to_document(piece.own_start) == piece.start
        if piece.start:  # the dateline lead and whole sentences before the piece are carried
            assert piece.text.startswith("KYIV, Nov 12 (eventwire) -")
            assert piece.start - piece.context_start <= chunking.CONTEXT_CHARS


def test_a_text_without_spaces_is_still_cut() -> None:
    pieces = list(split_article(Article(id="blob", text="x" * (3 * WINDOW_CHARS + 5))))
    assert [p.end - p.start for p in pieces] == [WINDOW_CHARS] * 3 + [5]


def test_chunked_coding_matches_coding_in_one_piece(coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _wire_copy(30_000)
    article = Article(id="long", text=text, published=DAY)
    chunked = coder.code_article(article)
    _assert_offsets_hold(chunked, text)
    monkeypatch.setattr(chunking, "WINDOW_CHARS", 10 * len(text))
    whole = coder.code_article(article)

    def keys(result: DocumentResult) -> set[tuple[object, ...]]:
        return {(e.sentence, e.evidence.start, e.source.code, e.cameo) for e in result.events}

    assert len(keys(whole)) > 100
    shared = keys(chunked) & keys(whole)
    assert len(shared) >= 0.95 * len(keys(whole)) and len(shared) >= 0.95 * len(keys(chunked))


def test_a_million_character_document_among_others_is_coded(coder: Coder) -> None:
    """Past spaCy's limit: the neighbours in the same batch are coded, the long one in windows."""
    lead = _wire_copy(20_000)
    padding = ("x" * 999 + "\n") * ((1_000_001 - len(lead)) // 1000 + 1)
    long_text = (lead + "\n" + padding)[:1_000_001]
    texts = _example_texts()
    articles = [Article(id=f"a{i}", text=text, published=DAY) for i, text in enumerate(texts[:7])]
    articles.append(Article(id="long", text=long_text, published=DAY))
    articles += [Article(id=f"b{i}", text=text, published=DAY) for i, text in enumerate(texts[7:14])]
    results = list(coder.code_articles(articles))
    assert [r.doc_id for r in results] == [a.id for a in articles]
    alone = list(coder.code_articles([a for a in articles if a.id != "long"]))
    assert [r.events for r in alone] == [r.events for r in results if r.doc_id != "long"]
    long_result = results[7]
    assert long_result.events
    _assert_offsets_hold(long_result, long_text)
    assert max(e.evidence.end for e in long_result.events) <= len(lead)


def test_terse_english_is_coded_with_a_language_flag(coder: Coder) -> None:
    terse = (
        "Russian President Vladimir Putin met U.S. President Donald Trump last week. China imposed "
        "sanctions on Japan last year. Iran expelled French diplomats. Turkish troops shelled Kurdish "
        "positions Monday. Germany recalled its ambassador. Brazil condemned Venezuelan President "
        "Nicolas Maduro."
    )
    result = coder.code(terse, date=DAY)
    assert result.events
    assert [flag.kind for flag in result.flags if flag.kind == chunking.LANGUAGE_DOUBT] == ["language_doubt"]
