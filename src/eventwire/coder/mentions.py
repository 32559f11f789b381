"""Find knowledge-base surface forms in a parsed document (longest match over tokens).

The knowledge base lists every name, alias, adjective, metonym and title as a normalised string; this
module turns them into a token trie once per process so that matching a document costs one dictionary
lookup per token.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from eventwire.knowledge import Denotation, KnowledgeBase

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_LEADING_ARTICLES = ("the ",)


def normalise_token(text: str) -> str:
    """The form tokens are compared in: lowercase with straight quotes."""
    return text.translate(_APOSTROPHES).lower()


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form found in the document: tokens ``start``..``end`` (exclusive) and what they may mean."""

    start: int
    end: int
    denotations: tuple[Denotation, ...]

    def kinds(self) -> frozenset[str]:
        return frozenset(d.kind for d in self.denotations)


@dataclass(frozen=True, slots=True)
class SurfaceIndex:
    """Surface forms keyed by their token tuple; ``max_len`` by first token bounds the search."""

    forms: dict[tuple[str, ...], tuple[Denotation, ...]]
    max_len: dict[str, int]

    def find(self, doc: Doc) -> list[Mention]:
        """Greedy longest-first matches, left to right, never overlapping."""
        mentions: list[Mention] = []
        words = [normalise_token(token.text) for token in doc]
        i = 0
        n = len(words)
        while i < n:
            longest = self.max_len.get(words[i], 0)
            found: Mention | None = None
            for length in range(min(longest, n - i), 0, -1):
                denotations = self.forms.get(tuple(words[i : i + length]))
                if denotations is not None and _plausible(doc, i, i + length, denotations):
                    found = Mention(i, i + length, denotations)
                    break
            if found is None:
                i += 1
            else:
                mentions.append(found)
                i = found.end
        return mentions


def _plausible(doc: Doc, start: int, end: int, denotations: tuple[Denotation, ...]) -> bool:
    """Reject a lower-case match of a name (``turkey``, ``chad``): proper names are capitalised in news."""
    if any(d.kind in ("sector", "office") for d in denotations):
        return True
    first: Token = doc[start]
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
        return False  # "pro-Russian", "anti-Western": a stance, not the state
    return first.text[:1].isupper() or first.text[:1].isdigit()


@functools.cache
def surface_index(kb: KnowledgeBase) -> SurfaceIndex:
    """Build the token index for a knowledge base (cached per knowledge base instance)."""
    forms: dict[tuple[str, ...], tuple[Denotation, ...]] = {}
    max_len: dict[str, int] = {}
    for form, denotations in kb.surface_forms().items():
        text = form.translate(_APOSTROPHES)
        for article in _LEADING_ARTICLES:
            if text.lower().startswith(article):
                text = text[len(article) :]
        # the forms are lower case, and spaCy splits "u.s." and "sen." in two but keeps "U.S." and "Sen."
        # one token: index every casing the tokenizer treats differently
        for key in {tuple(_split(text)), tuple(_split(text.upper())), tuple(_split(text.title()))}:
            if not key:
                continue
            held = forms.get(key, ())
            forms[key] = held + tuple(d for d in denotations if d not in held)
            max_len[key[0]] = max(max_len.get(key[0], 0), len(key))
    return SurfaceIndex(forms, max_len)


def _split(text: str) -> list[str]:
    """Split a form exactly as spaCy splits running text ("Jae-myung" is three tokens, "Russia's" two),
    so hyphenated names and possessives in the knowledge base match the parsed words. The form keeps its
    case while it is split: spaCy's exceptions keep "U.S." whole but split a lower-case "u.s.".

    Most forms are plain words ("Foreign Ministry"): spaCy's prefix, suffix and infix rules all need a
    non-letter, so such a word is one token unless it is a special case ("cannot", "gonna"); those are
    split by whitespace without running the tokenizer (the index is built at every start-up)."""
    tokenizer = _tokenizer()
    words = text.split(" ")  # spaCy makes a token of any other whitespace, and of a second space
    if all(word.isalpha() and word not in tokenizer.rules for word in words):
        return [normalise_token(word) for word in words]
    return [normalise_token(token.text) for token in tokenizer(text)]


@functools.cache
def _tokenizer() -> Tokenizer:
    tokenizer: Tokenizer = spacy.blank("en").tokenizer
    return tokenizer
