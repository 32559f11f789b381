"""The English check never rejects English: terse wire copy passes (with a flag at most), foreign prose
is still rejected, and no sequence of English news words of any length is judged foreign."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.sources.checks import check_language
from eventwire.sources.language import (
    english_function_words,
    foreign_function_words,
    language_doubt,
    non_english_reason,
)

FIXTURES = Path(__file__).parent / "fixtures"
NEWS_WORDS: list[str] = json.loads(
    (Path(__file__).resolve().parents[1] / "cli" / "news_words.json").read_text("utf-8")
)["words"]
TERSE = (
    "Russian President Vladimir Putin met U.S. President Donald Trump last week. China imposed "
    "sanctions on Japan last year. Iran expelled French diplomats. Turkish troops shelled Kurdish "
    "positions Monday. Germany recalled its ambassador. Brazil condemned Venezuelan President Nicolas "
    "Maduro. Israeli jets struck Gaza overnight."
)


def test_the_terse_english_of_the_issue_passes_with_a_doubt_at_most() -> None:
    assert len(TERSE.split()) >= 25
    assert non_english_reason(TERSE) is None
    assert check_language(TERSE, doc_id="terse", location="test") is None
    doubt = language_doubt(TERSE)
    assert doubt is not None and "may not be English" in doubt


@pytest.mark.parametrize(("name", "language"), [("french.txt", "French"), ("german.txt", "German")])
def test_foreign_prose_is_still_rejected_and_named(name: str, language: str) -> None:
    text = (FIXTURES / name).read_text("utf-8")
    error = check_language(text, doc_id=name, location=name)
    assert error is not None and language in error.message
    assert language_doubt(text) is None  # rejected, not doubted


def test_running_english_raises_no_doubt() -> None:
    assert language_doubt((FIXTURES / "wire_talks.txt").read_text("utf-8")) is None


def test_foreign_lists_share_no_word_with_english() -> None:
    news = {word.lower() for word in NEWS_WORDS}
    for words in foreign_function_words().values():
        assert not words & english_function_words()
        assert not words & news


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(NEWS_WORDS), min_size=25, max_size=400),
    st.sampled_from([" ", "\n", ". "]),
)
def test_english_words_are_never_rejected(words: list[str], separator: str) -> None:
    """Any text made of English news words, however terse (names, verbs, numbers), passes."""
    text = separator.join(words)
    assert non_english_reason(text) is None
    assert check_language(text, doc_id="p", location="p") is None
