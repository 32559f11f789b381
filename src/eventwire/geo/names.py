"""One spelling key for place names, so "the Kremlin", "KREMLIN" and "Kremlin’s" meet in the same entry."""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_EDGE = " \t\r\n\"'()[]{}<>;:,!?.*_"
MAX_NAME_CHARS = 200
"""Longer input is prose, not a place name."""


_LATIN_KEY_RE = re.compile(r"[a-z' ]+")
_POSSESSIVE = re.compile(r"'s\b")
LATIN_SCRIPT_END = 0x250
"""Code points below this are Latin letters (with accents): the only alternate names worth indexing."""


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_key(name: str) -> str:
    """Lookup key: no accents, case, periods, hyphens, possessive or leading "the"; single spaces.

    Called for every name and alternate name of the city table (about 250,000 at load), so the
    possessive pattern runs only on text that has an apostrophe-s."""
    text = strip_accents(name.translate(_TYPOGRAPHY)).casefold()
    text = text.replace(".", "").replace("-", " ").strip(_EDGE)
    if "'s" in text:
        text = _POSSESSIVE.sub("", text)
    text = " ".join(text.split()).strip(_EDGE)
    return text[4:] if text.startswith("the ") else text


def capitals_key(name: str) -> str:
    """Key for capitalised abbreviations ("U.S." -> "US"): periods and edges gone, case kept."""
    return " ".join(name.translate(_TYPOGRAPHY).replace(".", "").split()).strip(_EDGE)


def is_latin_name(key: str) -> bool:
    """True for keys a wire story could spell: plain Latin letters, spaces and apostrophes."""
    return _LATIN_KEY_RE.fullmatch(key) is not None
