"""A cheap offline test for text that is clearly not English.

The coder's lexicons and parser are English-only, so feeding it Russian or French produces silent garbage.
We only reject what is *clearly* foreign: mostly non-Latin script, or longer Latin-script text with almost
no English function words. Short English headlines must always pass, so short Latin text is never judged.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

from eventwire.sources.constants import (
    LANGUAGE_SAMPLE_CHARS,
    MIN_ENGLISH_FUNCTION_WORD_RATIO,
    MIN_WORDS_FOR_FUNCTION_WORD_TEST,
    NON_LATIN_LETTER_RATIO,
)

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_LATIN = "A-Za-z\u00aa\u00ba\u00c0-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a"
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(rf"[^\W\d_{_LATIN}]")


@cache
def english_function_words() -> frozenset[str]:
    """The function-word list from ``english_function_words.json``."""
    raw = resources.files("eventwire.sources").joinpath("english_function_words.json").read_text("utf-8")
    return frozenset(json.loads(raw)["words"])


def _script_name(char: str) -> str:
    """First word of the Unicode name: ``CYRILLIC``, ``CJK``, ``ARABIC``, ``HIRAGANA``..."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def non_english_reason(text: str) -> str | None:
    """Why ``text`` is clearly not English, or None when it may well be English."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        foreign = _NON_LATIN_LETTER.findall(sample)
        if letters and len(foreign) / letters > NON_LATIN_LETTER_RATIO:
            script, _ = Counter(_script_name(char) for char in foreign).most_common(1)[0]
            share = round(100 * len(foreign) / letters)
            return f"{share}% of the letters are non-Latin (mostly {script.title()} script)"
    words = _WORD.findall(sample.lower().replace("’", "'"))
    if len(words) < MIN_WORDS_FOR_FUNCTION_WORD_TEST:
        return None
    function_words = english_function_words()
    ratio = sum(word in function_words for word in words) / len(words)
    if ratio < MIN_ENGLISH_FUNCTION_WORD_RATIO:
        return f"only {ratio:.0%} of {len(words)} words are English function words"
    return None
