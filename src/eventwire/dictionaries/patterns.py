"""Match one verb pattern around a verb occurrence, with backtracking over word positions.

Elements before ``*`` are searched leftwards from the verb, elements after it rightwards within the
verb's phrase; ``_``-joined elements must touch, space-separated ones may have words between them.
Actor slots (``$``, ``+``, ``%``) bind the actor mention found there; ``^`` skips one noun phrase.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.dictionaries.mentions import Mention, SentenceMentions
from eventwire.dictionaries.token_text import match_phrase
from eventwire.dictionaries.verbs import ElementKind, PatternElement, VerbPattern

_SLOTS = (ElementKind.SOURCE, ElementKind.TARGET, ElementKind.COMPOUND)


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A pattern that matched, with the mentions its actor slots bound."""

    pattern: VerbPattern
    slots: tuple[tuple[ElementKind, Mention], ...]

    def slot(self, kind: ElementKind) -> Mention | None:
        return next((mention for found, mention in self.slots if found is kind), None)


class PatternMatcher:
    """Matches patterns in one sentence; ``synsets`` maps a name to its member phrases."""

    def __init__(
        self, sent: Span, mentions: SentenceMentions, synsets: dict[str, list[tuple[str, ...]]]
    ) -> None:
        self.tokens: Sequence[Token] = mentions.tokens
        self.mentions = mentions
        self.synsets = synsets
        self._actor_starts = {m.start: m for m in mentions.mentions if m.actor is not None}
        self._chunk_end: dict[int, int] = {}
        for chunk in sent.noun_chunks:
            for index in range(chunk.start, chunk.end):
                self._chunk_end[index - sent.start] = chunk.end - sent.start

    def _synset_members(self, name: str, seen: frozenset[str] = frozenset()) -> Iterator[tuple[str, ...]]:
        for member in self.synsets.get(name, []):
            if len(member) == 1 and member[0].startswith("&"):
                nested = member[0][1:]
                if nested not in seen:
                    yield from self._synset_members(nested, seen | {name})
            else:
                yield member

    def _ends(self, element: PatternElement, start: int, limit: int) -> Iterator[tuple[int, Mention | None]]:
        """Every way ``element`` can read at ``start``: its end and the mention bound, if any."""
        if start >= limit:
            return
        if element.kind is ElementKind.WORD:
            end = match_phrase(self.tokens, start, (element.value,), limit)
            if end is not None:
                yield end, None
        elif element.kind is ElementKind.SYNSET:
            ends = {
                match_phrase(self.tokens, start, member, limit)
                for member in self._synset_members(element.value)
            }
            for end in sorted((end for end in ends if end is not None), reverse=True):
                yield end, None
        elif element.kind is ElementKind.SKIP and start in self._chunk_end:
            yield min(self._chunk_end[start], limit), None
        elif element.kind in _SLOTS:
            mention = self._actor_starts.get(start)
            if mention is not None and mention.end <= limit:
                yield mention.end, mention

    def _after(
        self, elements: Sequence[PatternElement], index: int, position: int, joined: bool, limit: int
    ) -> list[tuple[ElementKind, Mention]] | None:
        if index == len(elements):
            return []
        element = elements[index]
        starts = [position] if joined else range(position, limit)
        for start in starts:
            for end, mention in self._ends(element, start, limit):
                rest = self._after(elements, index + 1, end, element.joined_next, limit)
                if rest is not None:
                    return ([(element.kind, mention)] if mention else []) + rest
        return None

    def _before(
        self, elements: Sequence[PatternElement], index: int, bound: int
    ) -> list[tuple[ElementKind, Mention]] | None:
        if index < 0:
            return []
        element = elements[index]
        for start in range(bound - 1, -1, -1):
            for end, mention in self._ends(element, start, bound):
                if element.joined_next and end != bound:
                    continue
                rest = self._before(elements, index - 1, start)
                if rest is not None:
                    return rest + ([(element.kind, mention)] if mention else [])
        return None

    def match(self, pattern: VerbPattern, verb_start: int, verb_end: int, limit: int) -> PatternMatch | None:
        """Try ``pattern`` with the verb at sentence tokens ``[verb_start, verb_end)``."""
        before = self._before(pattern.before, len(pattern.before) - 1, verb_start)
        if before is None:
            return None
        after = self._after(pattern.after, 0, verb_end, pattern.verb_joined_next, max(limit, verb_end))
        if after is None:
            return None
        return PatternMatch(pattern, tuple(before + after))
