"""Longest-match lookup of dictionary phrases at a token position, indexed by first word."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from spacy.tokens import Token

from eventwire.dictionaries.token_text import lookup_key, match_phrase, normalise

Payload = TypeVar("Payload")


class PhraseIndex(Generic[Payload]):
    """Phrases (tuples of upper-case words) with a payload each; longest phrase wins."""

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], Payload]]) -> None:
        buckets: dict[str, list[tuple[tuple[str, ...], Payload]]] = defaultdict(list)
        for words, payload in phrases:
            if words:
                buckets[lookup_key(words[0])].append((words, payload))
        for bucket in buckets.values():
            bucket.sort(key=lambda item: -len(" ".join(item[0])))
        self._buckets = dict(buckets)

    def __len__(self) -> int:
        return sum(len(bucket) for bucket in self._buckets.values())

    def longest_at(
        self, tokens: Sequence[Token], start: int, limit: int | None = None
    ) -> tuple[int, Payload] | None:
        """``(end, payload)`` of the longest phrase reading at ``tokens[start]``, or ``None``."""
        for end, payload in self.all_at(tokens, start, limit):
            return end, payload
        return None

    def all_at(
        self, tokens: Sequence[Token], start: int, limit: int | None = None
    ) -> list[tuple[int, Payload]]:
        """Every phrase reading at ``tokens[start]``, longest first."""
        bucket = self._buckets.get(lookup_key(normalise(tokens[start].text)), [])
        found: list[tuple[int, Payload]] = []
        for words, payload in bucket:
            end = match_phrase(tokens, start, words, limit)
            if end is not None:
                found.append((end, payload))
        return found
