"""One normal form for surface strings, shared by the data loader and every caller that looks them up.

Case, curly quotes and runs of whitespace vary between news sources without changing what a name
means; periods stay because "u.s." and "us" are different strings worth telling apart.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lowercase, NFC, straight quotes and apostrophes, single spaces, no outer whitespace."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()
