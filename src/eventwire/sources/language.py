"""A cheap offline test for text that is clearly not English.

The coder's lexicons and parser are English-only, so feeding it Russian or French produces silent garbage.
We only reject what is *clearly* foreign: mostly non-Latin script, or longer Latin-script text with almost
no English function words *and* a good share of another language's (French, German, Spanish, Italian,
Portuguese, Dutch: ``foreign_function_words.json``). Terse English wire copy ("Russian President Vladimir
Putin met U.S. President Donald Trump last week.") can have few function words of its own, so few
English function words alone is a doubt (``language_doubt``, reported as a flag), never a rejection.
A short text (a sentence or two, under 25 words) is rejected only on a clear majority of one other
language's function words ("Le président français a rencontré son homologue allemand à Berlin mardi.");
headlines under six words are never judged. A long text with hardly any letters (a run of ``&``, a
dump of numbers) is no prose at all: parsing it costs spaCy five times the tokens of news.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

from eventwire.sources.constants import (
    FOREIGN_TO_ENGLISH_MAJORITY_SHORT,
    LANGUAGE_SAMPLE_CHARS,
    MIN_CHARS_FOR_LETTER_TEST,
    MIN_DISTINCT_FOREIGN_WORDS_SHORT,
    MIN_ENGLISH_FUNCTION_WORD_RATIO,
    MIN_FOREIGN_FUNCTION_WORD_RATIO,
    MIN_LETTER_RATIO,
    MIN_WORDS_FOR_FUNCTION_WORD_TEST,
    MIN_WORDS_FOR_SHORT_FOREIGN_TEST,
    NON_LATIN_LETTER_RATIO,
)

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LATIN = "A-Za-z\u00aa\u00ba\u00c0-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a"
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(rf"[^\W\d_{_LATIN}]")


@cache
def english_function_words() -> frozenset[str]:
    """The function-word list from ``english_function_words.json``."""
    raw = resources.files("eventwire.sources").joinpath("english_function_words.json").read_text("utf-8")
    return frozenset(json.loads(raw)["words"])


@cache
def foreign_function_words() -> dict[str, frozenset[str]]:
    """Function words by language code (``fr``, ``de``...) from ``foreign_function_words.json``."""
    raw = resources.files("eventwire.sources").joinpath("foreign_function_words.json").read_text("utf-8")
    return {code: frozenset(words) for code, words in json.loads(raw)["languages"].items()}


def _script_name(char: str) -> str:
    """First word of the Unicode name: ``CYRILLIC``, ``CJK``, ``ARABIC``, ``HIRAGANA``..."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def non_english_reason(text: str) -> str | None:
    """Why ``text`` is clearly not English, or None when it may well be English."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    visible = len(sample) - sum(1 for char in sample if char.isspace())
    if visible >= MIN_CHARS_FOR_LETTER_TEST:
        letters = len(_LETTER.findall(sample))
        if letters / visible < MIN_LETTER_RATIO:
            return f"only {letters / visible:.0%} of its characters are letters: it is no prose"
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        foreign = _NON_LATIN_LETTER.findall(sample)
        if letters and len(foreign) / letters > NON_LATIN_LETTER_RATIO:
            script, _ = Counter(_script_name(char) for char in foreign).most_common(1)[0]
            share = round(100 * len(foreign) / letters)
            return f"{share}% of the letters are non-Latin (mostly {script.title()} script)"
    shares = _function_word_shares(sample)
    if shares is None:
        return _short_foreign_reason(sample)
    english, (language, other), count = shares
    if english < MIN_ENGLISH_FUNCTION_WORD_RATIO and other >= MIN_FOREIGN_FUNCTION_WORD_RATIO:
        return (
            f"only {english:.0%} of {count} words are English function words"
            f" and {other:.0%} are {language} ones"
        )
    return None


def language_doubt(text: str) -> str | None:
    """Why ``text``, which is not clearly foreign, may still not be English (few English function
    words, no other language recognised), or None. A doubt is reported, never a reason to reject."""
    shares = _function_word_shares(text[:LANGUAGE_SAMPLE_CHARS])
    if shares is None or non_english_reason(text) is not None:
        return None
    english, _, count = shares
    if english < MIN_ENGLISH_FUNCTION_WORD_RATIO:
        return f"only {english:.0%} of {count} words are English function words: it may not be English"
    return None


def _short_foreign_reason(sample: str) -> str | None:
    """Why a short text (``MIN_WORDS_FOR_SHORT_FOREIGN_TEST`` to ``MIN_WORDS_FOR_FUNCTION_WORD_TEST``
    words) is clearly foreign: several different function words of one other language, at least
    ``FOREIGN_TO_ENGLISH_MAJORITY_SHORT`` times the English ones and a good share of its words."""
    words = _words(sample)
    if not MIN_WORDS_FOR_SHORT_FOREIGN_TEST <= len(words) < MIN_WORDS_FOR_FUNCTION_WORD_TEST:
        return None
    english = sum(word in english_function_words() for word in words)
    for code, listed in foreign_function_words().items():
        found = [word for word in words if word in listed]
        if (
            len(set(found)) >= MIN_DISTINCT_FOREIGN_WORDS_SHORT
            and len(found) >= FOREIGN_TO_ENGLISH_MAJORITY_SHORT * english
            and len(found) / len(words) >= MIN_FOREIGN_FUNCTION_WORD_RATIO
        ):
            name = _LANGUAGE_NAMES.get(code, code)
            return (
                f"{len(found)} of {len(words)} words are {name} function words"
                f" ({', '.join(sorted(set(found)))}) against {english} English ones"
            )
    return None


def _words(sample: str) -> list[str]:
    """The lower-cased words of ``sample`` (curly apostrophes straightened)."""
    return _WORD.findall(sample.lower().replace("’", "'"))


def _function_word_shares(sample: str) -> tuple[float, tuple[str, float], int] | None:
    """Share of English function words, the most frequent other language with its share, and the
    word count; None for texts too short to judge."""
    words = _words(sample)
    if len(words) < MIN_WORDS_FOR_FUNCTION_WORD_TEST:
        return None
    english = sum(word in english_function_words() for word in words) / len(words)
    foreign = {
        code: sum(word in listed for word in words) / len(words)
        for code, listed in foreign_function_words().items()
    }
    language = max(foreign, key=lambda code: foreign[code])
    return english, (_LANGUAGE_NAMES.get(language, language), foreign[language]), len(words)


_LANGUAGE_NAMES = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}
