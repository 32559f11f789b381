"""Headlines In Title Case, lowered to sentence case before parsing.

spaCy's small English model reads "Thai PM Slams Army Chief Over Border Remarks" as a row of proper
nouns and finds no verb. A line that is written in title case is given to the parser with its common
words in lower case ("Thai PM slams army chief over border remarks"); names stay as written. Only the
case of letters changes, so every character offset into the parsed text is an offset into the original,
and evidence is always quoted from the original.

A word is lowered when its base form is an English dictionary word (the WordNet word index that ships
with the spaCy model's lemmatizer) and it is not a name the caller knows (a state, person, place or
organisation of the knowledge base or gazetteer). Acronyms ("PM", "UN") are never lowered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.language import Language

from eventwire.sources.language import english_function_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MIN_WORDS = 3
_TITLE_SHARE = 0.75
_MAX_LINE = 200
_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ies")


class Truecaser:
    """Lowers title-case lines.

    ``names``: the known names (lowercase, words separated by spaces): a one-word name is kept as
    written, and so is any word of a longer name that is not itself a dictionary word ("Xi", "Jinping").
    ``is_place(word)`` says whether a lowercased word is a place name the gazetteer knows."""

    def __init__(self, nlp: Language, names: Iterable[str], is_place: Callable[[str], bool]) -> None:
        self._words = _dictionary_words(nlp) | english_function_words()
        self._names = frozenset(
            word for name in names for word in name.split() if " " not in name or not self._known(word)
        )
        self._is_place = is_place

    def _is_name(self, word: str) -> bool:
        return word in self._names or self._is_place(word)

    def __call__(self, text: str) -> str:
        """``text`` with each title-case line in sentence case; same length, same offsets."""
        if not any(_is_title_line(line) for line in text.split("\n")):
            return text
        return "\n".join(self._line(line) if _is_title_line(line) else line for line in text.split("\n"))

    def _line(self, line: str) -> str:
        def lowered(match: re.Match[str]) -> str:
            word = match.group(0)
            if match.start() == _first_word_start(line) or word.isupper() or not word[0].isupper():
                return word
            lower = word.lower()
            if self._is_name(lower) or not self._known(lower):
                return word
            return lower

        return _WORD.sub(lowered, line)

    def _known(self, word: str) -> bool:
        word = word.replace("’", "'")
        for suffix in _SUFFIXES:
            if suffix and not word.endswith(suffix):
                continue
            base = word[: len(word) - len(suffix)] if suffix else word
            if base in self._words or (suffix in ("ing", "ed") and base + "e" in self._words):
                return True
            if suffix == "ies" and base + "y" in self._words:
                return True
        return False


def _first_word_start(line: str) -> int:
    match = _WORD.search(line)
    return match.start() if match else -1


def _is_title_line(line: str) -> bool:
    """A short line, not all capitals, in which most words of four letters or more are capitalised."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE or stripped.isupper():
        return False
    words = [w for w in _WORD.findall(stripped) if len(w) >= 4]
    if len(words) < _MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= _TITLE_SHARE


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """Base forms of English nouns, verbs, adjectives and adverbs known to the model's lemmatizer."""
    words: set[str] = set()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    for key in index:
        words.update(str(word) for word in index[key])
    return frozenset(words)
