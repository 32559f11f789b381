"""Match dictionary words against spaCy tokens the way the text reads, not the way spaCy splits it.

Dictionary phrases are upper-case words ("BARAD-DUR", "U.S.", "DID N'T"); spaCy may split a word
into several tokens without spaces between them ("Barad", "-", "dur") or keep ``_`` inside one
("Dol_Amroth"). Comparing characters across token boundaries handles both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "_": " "})
_LEADING_KEY = re.compile(r"^[A-Z0-9]+")


def normalise(text: str) -> str:
    """Upper-case, straight apostrophes, ``_`` read as a space."""
    return text.translate(_APOSTROPHES).upper()


def lookup_key(word: str) -> str:
    """Index key of a word: its leading letters/digits ("BARAD-DUR" -> "BARAD"), else the word."""
    found = _LEADING_KEY.match(word)
    return found.group(0) if found else word[:1]


def match_phrase(
    tokens: Sequence[Token], start: int, words: Sequence[str], limit: int | None = None
) -> int | None:
    """End index (exclusive) if ``words`` read at ``tokens[start]`` and end on a token boundary."""
    target = " ".join(words)
    stop = len(tokens) if limit is None else min(limit, len(tokens))
    position = 0
    index = start
    while index < stop:
        piece = normalise(tokens[index].text)
        if not target.startswith(piece, position):
            return None
        position += len(piece)
        index += 1
        if position == len(target):
            return index
        if target[position] == " ":
            position += 1
        elif tokens[index - 1].whitespace_:
            return None
    return None
