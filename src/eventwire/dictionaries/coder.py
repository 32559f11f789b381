"""Code a spaCy sentence with PETRARCH dictionaries: verbs, patterns, actors, discards.

For every verb found in the verb dictionary (by its listed or regular inflected forms, multi-word verbs
first) the most specific matching pattern of its block gives the CAMEO code, else the verb's or the
block's default. Source and target come from the pattern's ``$``/``+``/``%`` slots, else from the
dependency parse: the subject (climbing to the governing clause when the verb has none or a pronoun),
the ``by``-agent of a passive, and the first actor or role phrase after the verb. As in PETRARCH,
negation is coded only where a pattern says so (``NOT *``); a sentence holding a discard phrase yields
nothing; a code ``aaa:bbb`` also codes ``bbb`` from target to source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from eventwire.dictionaries.actors import ActorEntry
from eventwire.dictionaries.agents import AgentEntry
from eventwire.dictionaries.loading import Dictionaries
from eventwire.dictionaries.mentions import NULL_ACTOR, SentenceMentions
from eventwire.dictionaries.patterns import PatternMatch, PatternMatcher
from eventwire.dictionaries.phrase_index import PhraseIndex
from eventwire.dictionaries.token_text import match_phrase, normalise
from eventwire.dictionaries.verbs import NULL_CODE, ElementKind, VerbBlock, VerbEntry

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PRONOUN_TAGS = ("PRP", "WP", "WDT", "EX", "DT")
_CLIMB = ("xcomp", "ccomp", "conj", "acomp", "advcl")
_NOUN_CLAUSES = ("relcl", "acl")
_TARGET_EXCLUDED = ("conj", "cc", "agent", "nsubj", "nsubjpass", "csubj", "punct")


@dataclass(frozen=True, slots=True)
class DictionaryMatch:
    """One event the dictionaries code; offsets are into the document text."""

    source: str
    target: str | None
    cameo: str
    verb_index: int
    start_char: int
    end_char: int
    rule: str
    negated: bool = False
    """The verb carries a negation the pattern did not absorb (PETRARCH codes it anyway)."""


@dataclass(frozen=True, slots=True)
class _VerbHit:
    start: int
    end: int
    candidates: tuple[tuple[VerbEntry, VerbBlock], ...]


class DictionaryCoder:
    """Codes sentences with loaded :class:`Dictionaries`; build once, reuse for every sentence."""

    def __init__(self, dictionaries: Dictionaries, *, require_dyad: bool = True) -> None:
        self.dictionaries = dictionaries
        self.require_dyad = require_dyad
        self._mention_cache: dict[tuple[int, int, dt.date | None], SentenceMentions] = {}

    def has_verbs(self) -> bool:
        """Whether a verb dictionary was loaded (without one, nothing can be coded)."""
        return any(block.verbs for block in self.dictionaries.verbs.blocks)

    @cached_property
    def _actors(self) -> PhraseIndex[ActorEntry]:
        return PhraseIndex((name, entry) for entry in self.dictionaries.actors for name in entry.names)

    @cached_property
    def _agents(self) -> PhraseIndex[AgentEntry]:
        return PhraseIndex((name, entry) for entry in self.dictionaries.agents for name in entry.names)

    @cached_property
    def _discards(self) -> PhraseIndex[bool]:
        return PhraseIndex((entry.words, entry.story) for entry in self.dictionaries.discards)

    @cached_property
    def _verb_heads(self) -> dict[str, list[tuple[tuple[str, ...], VerbEntry, VerbBlock]]]:
        heads: dict[str, list[tuple[tuple[str, ...], VerbEntry, VerbBlock]]] = {}
        blocks = self.dictionaries.verbs.blocks
        for block in blocks:
            for entry in block.verbs:
                for form in entry.forms:
                    heads.setdefault(form[entry.head], []).append((form, entry, block))
        return heads

    def discarded(self, sent: Span) -> bool:
        """Whether the sentence holds a discard phrase (sentence- or story-level)."""
        tokens = list(sent)
        return any(self._discards.longest_at(tokens, index) for index in range(len(tokens)))

    def actor_code(self, head: Token, day: dt.date | None) -> str | None:
        """The dictionaries' code for the noun phrase headed by ``head`` on ``day`` (actor and agent
        dictionaries used without verb patterns: they refine the built-in actor resolution)."""
        sent = head.sent
        key = (id(sent.doc), sent.start, day)
        mentions = self._mention_cache.get(key)
        if mentions is None:
            mentions = SentenceMentions(sent, self._actors, self._agents, day)
            self._mention_cache = {key: mentions}  # one sentence at a time: the coder walks in order
        return mentions.resolve_one(head)

    def code_sentence(self, sent: Span, day: dt.date | None) -> list[DictionaryMatch]:
        """Every event the dictionaries code in ``sent``, read against the sentence date ``day``."""
        if not self.has_verbs() or self.discarded(sent):
            return []
        mentions = SentenceMentions(sent, self._actors, self._agents, day)
        matcher = PatternMatcher(sent, mentions, self.dictionaries.verbs.synsets)
        found: list[DictionaryMatch] = []
        for hit in self._verbs(mentions):
            found.extend(self._code_verb(sent, mentions, matcher, hit))
        return found

    def _verbs(self, mentions: SentenceMentions) -> Iterator[_VerbHit]:
        tokens = mentions.tokens
        covered: set[int] = set()
        for index, token in enumerate(tokens):
            if not token.tag_.startswith("VB") or index in covered:
                continue
            best: list[tuple[int, int, VerbEntry, VerbBlock]] = []
            for form, entry, block in self._verb_heads.get(normalise(token.text), []):
                start = index - entry.head
                if start < 0:
                    continue
                end = match_phrase(tokens, start, form)
                if end is None:
                    end = self._particle_form(tokens, index, form, entry.head)
                if end is None:
                    continue
                best.append((start, end, entry, block))
            if not best:
                continue
            longest = max(end - start for start, end, _, _ in best)
            chosen = [item for item in best if item[1] - item[0] == longest]
            start, end = chosen[0][0], chosen[0][1]
            covered.update(range(start, end))
            yield _VerbHit(start, end, tuple((entry, block) for _, _, entry, block in chosen))

    @staticmethod
    def _particle_form(tokens: Sequence[Token], index: int, form: tuple[str, ...], head: int) -> int | None:
        """A phrasal verb whose particle is a ``prt`` child rather than the next word."""
        if head != 0 or len(form) != 2:
            return None
        for child in tokens[index].children:
            if child.dep_ == "prt" and normalise(child.text) == form[1]:
                return index + 1
        return None

    def _code_verb(
        self, sent: Span, mentions: SentenceMentions, matcher: PatternMatcher, hit: _VerbHit
    ) -> Iterator[DictionaryMatch]:
        verb = mentions.tokens[hit.start + hit.candidates[0][0].head]
        limit = self._phrase_limit(verb, sent)
        best: tuple[PatternMatch, VerbBlock] | None = None
        for _entry, block in hit.candidates:
            for pattern in block.patterns:
                if best is not None and (pattern.weight, -pattern.line) <= (
                    best[0].pattern.weight,
                    -best[0].pattern.line,
                ):
                    continue
                matched = matcher.match(pattern, hit.start, hit.end, limit)
                if matched is not None:
                    best = (matched, block)
        if best is not None:
            code, rule_block = best[0].pattern.code, best[1]
            rule = f"{rule_block.origin}:{best[0].pattern.line} {best[0].pattern.text} [{code}]"
        else:
            entry, rule_block = next(
                (
                    (entry, block)
                    for entry, block in hit.candidates
                    if (entry.code or block.code) != NULL_CODE
                ),
                hit.candidates[0],
            )
            code = entry.code or rule_block.code
            rule = f"{rule_block.origin}:{entry.line} --- {rule_block.name} [{code}]"
        if code == NULL_CODE:
            return
        forward, _, backward = code.partition(":")
        sources, targets, pairwise = self._roles(mentions, verb, best[0] if best else None, hit)
        negated = best is None and any(child.dep_ == "neg" for child in verb.children)
        for source, target in self._dyads(sources, targets, pairwise):
            yield from self._emit(sent, verb, hit, source, target, forward, rule, negated)
            if backward and not pairwise and target not in (None, NULL_ACTOR):
                assert target is not None
                yield from self._emit(sent, verb, hit, target, source, backward, rule, negated)

    def _dyads(
        self, sources: list[str], targets: list[str], pairwise: bool
    ) -> Iterator[tuple[str, str | None]]:
        if pairwise and not targets:
            for first in sources:
                for second in sources:
                    if first != second:
                        yield first, second
            return
        for source in sources:
            if not targets:
                yield source, None
            for target in targets:
                yield source, target

    def _emit(
        self,
        sent: Span,
        verb: Token,
        hit: _VerbHit,
        source: str,
        target: str | None,
        code: str,
        rule: str,
        negated: bool,
    ) -> Iterator[DictionaryMatch]:
        if source in (target, NULL_ACTOR):
            return
        if self.require_dyad and target in (None, NULL_ACTOR):
            return
        first = sent[hit.start]
        last = sent[hit.end - 1]
        yield DictionaryMatch(
            source, target, code, verb.i, first.idx, last.idx + len(last.text), rule, negated
        )

    @staticmethod
    def _phrase_limit(verb: Token, sent: Span) -> int:
        """Sentence-relative end of the verb's phrase, stopping before a coordinated verb."""
        end = verb.right_edge.i + 1
        for child in verb.children:
            if child.dep_ in ("conj", "cc") and child.i > verb.i:
                end = min(end, child.left_edge.i)
        return end - sent.start

    def _roles(
        self, mentions: SentenceMentions, verb: Token, matched: PatternMatch | None, hit: _VerbHit
    ) -> tuple[list[str], list[str], bool]:
        source_slot = matched.slot(ElementKind.SOURCE) if matched else None
        target_slot = matched.slot(ElementKind.TARGET) if matched else None
        compound_slot = matched.slot(ElementKind.COMPOUND) if matched else None
        pairwise = False
        if compound_slot is not None:
            if compound_slot.start < hit.start and source_slot is None:
                source_slot, pairwise = compound_slot, True
            elif target_slot is None:
                target_slot = compound_slot
        agent = _passive_agent(verb)
        source_head = mentions.head_of(source_slot) if source_slot else (agent or _subject(verb))
        target_head: Token | None
        if target_slot is not None:
            target_head = mentions.head_of(target_slot)
            if source_slot is None and source_head is not None and _same_phrase(source_head, target_head):
                source_head = _subject(verb, skip_own=True)
        elif agent is not None and source_slot is None:
            target_head = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            target_head = self._first_after(mentions, verb, hit, source_head)
        sources = mentions.resolve(source_head) if source_head is not None else []
        targets = mentions.resolve(target_head) if target_head is not None else []
        if pairwise:
            targets = []
        return sources, targets, pairwise

    @staticmethod
    def _first_after(
        mentions: SentenceMentions, verb: Token, hit: _VerbHit, source_head: Token | None
    ) -> Token | None:
        """Head of the first actor or role phrase inside the verb's phrase after the verb."""
        excluded: set[int] = set()
        for child in verb.children:
            if child.dep_ in _TARGET_EXCLUDED:
                excluded.update(token.i for token in child.subtree)
        if source_head is not None:
            excluded.update(token.i for token in source_head.subtree)
        offset = mentions.sent.start
        for mention in mentions.mentions:
            index = mention.start + offset
            if mention.start < hit.end or index in excluded or index not in _subtree(verb):
                continue
            return mentions.head_of(mention)
        return None


def _subtree(token: Token) -> set[int]:
    return {node.i for node in token.subtree}


def _same_phrase(first: Token, second: Token) -> bool:
    return first == second or second.i in _subtree(first)


def _passive_agent(verb: Token) -> Token | None:
    """The object of ``by`` in a passive clause, when there is one."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((pobj for pobj in child.children if pobj.dep_ == "pobj"), None)
    return None


def _subject(verb: Token, *, skip_own: bool = False) -> Token | None:
    """The verb's subject, or its governing clause's when it has none or only a pronoun."""
    current = verb
    first = True
    while True:
        if not (first and skip_own):
            subject = _own_subject(current)
            if subject is not None and subject.tag_ not in _PRONOUN_TAGS:
                return subject
        first = False
        if current.dep_ in _NOUN_CLAUSES:
            return current.head
        passive = any(child.dep_ == "auxpass" for child in current.children)
        if passive or current.dep_ not in _CLIMB or current.head == current:
            return None
        current = current.head


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject, also when the parser hung it on an auxiliary ("was ... criticized")."""
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass"):
            for grandchild in child.children:
                if grandchild.dep_ in _SUBJECTS:
                    return grandchild
    return None
