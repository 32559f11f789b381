"""Find actor and agent mentions in a sentence and turn a noun phrase into actor codes.

PETRARCH semantics: the longest dictionary phrase wins; an actor's code is the one in force on the
sentence date; agents refine it ("Gondor police" -> ``GONCOP``, "MSF Arnor" -> ``NGOARN``); a noun
phrase with no actor of its own takes the actor of its ``of``/``in``/``from`` phrase ("ambassadors of
Arnor" -> ``ARNGOV``); coordinated phrases ("A and B") give one code each, and a conjunct holding only a
role ("lawmakers and officials in Fornost") borrows its siblings' actors. A role with no actor at all is
coded with the null country ``---`` ("officials said" -> ``---GOV``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.dictionaries.actors import ActorEntry
from eventwire.dictionaries.agents import AgentEntry
from eventwire.dictionaries.phrase_index import PhraseIndex

NULL_ACTOR = "---"
_LOCAL_EXCLUDED = {
    "conj", "cc", "preconj", "prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "punct", "agent",
}  # fmt: skip
_NOUN_MODIFIERS = {"compound", "amod", "poss", "nmod", "flat", "case", "det", "nummod", "nn"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary phrase found at sentence tokens ``[start, end)`` (sentence-relative)."""

    start: int
    end: int
    actor: ActorEntry | None = None
    agent: AgentEntry | None = None


class SentenceMentions:
    """All mentions of one sentence, and the noun-phrase resolution that reads them."""

    def __init__(
        self,
        sent: Span,
        actors: PhraseIndex[ActorEntry],
        agents: PhraseIndex[AgentEntry],
        day: dt.date | None,
    ) -> None:
        self.sent = sent
        self.tokens: Sequence[Token] = list(sent)
        self.day = day
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        index = 0
        while index < len(self.tokens):
            actor = actors.longest_at(self.tokens, index)
            agent = agents.longest_at(self.tokens, index)
            if actor and (not agent or actor[0] >= agent[0]):
                mention = Mention(index, actor[0], actor=actor[1])
            elif agent:
                mention = Mention(index, agent[0], agent=agent[1])
            else:
                index += 1
                continue
            self.mentions.append(mention)
            for covered in range(mention.start, mention.end):
                self._by_token[covered] = mention
            index = mention.end

    def local(self, index: int) -> int:
        """Sentence-relative index of a doc token index."""
        return index - self.sent.start

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_token.get(self.local(token.i))

    def actor_codes(self, mention: Mention) -> tuple[str, ...]:
        """The actor codes of a mention on the sentence date (several for ``[A/B]`` entries)."""
        return mention.actor.codes_on(self.day) if mention.actor else ()

    def head_of(self, mention: Mention) -> Token:
        """The noun-phrase head a mention belongs to ("Gondor" in "Gondor's government" -> government)."""
        tokens = self.tokens[mention.start : mention.end]
        inside = {token.i for token in tokens}
        root = next(
            (token for token in tokens if token.head.i not in inside or token.head == token), tokens[-1]
        )
        while root.dep_ in _NOUN_MODIFIERS and root.head != root:
            root = root.head
        return root

    def _local_tokens(self, head: Token) -> set[int]:
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in _LOCAL_EXCLUDED:
                excluded.update(token.i for token in child.subtree)
        return {token.i for token in head.subtree} - excluded

    def _local_mentions(self, head: Token) -> list[Mention]:
        local = self._local_tokens(head)
        return [m for m in self.mentions if m.start + self.sent.start in local]

    def _prepositional_bases(self, head: Token, depth: int) -> list[str]:
        for child in head.children:
            if child.dep_ not in ("prep", "agent"):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    codes = self.resolve(pobj, depth + 1)
                    if codes:
                        return codes
        return []

    def _coordinated_actors(self, found: list[Mention]) -> list[Mention]:
        """The first actor, plus later ones joined to it by "and"/"," (a parse may hide the coordination)."""
        actors = [mention for mention in found if mention.actor is not None]
        chosen = actors[:1]
        for mention in actors[1:]:
            between = self.tokens[chosen[-1].end : mention.start]
            if any(token.dep_ == "cc" or token.text == "," for token in between):
                chosen.append(mention)
        return chosen

    def resolve_one(self, head: Token) -> str | None:
        """The dictionary code of the noun phrase headed by ``head`` alone (its conjuncts are separate
        phrases), or None when the dictionaries name no actor in it."""
        found = self._local_mentions(head)
        agents = [m.agent for m in found if m.agent is not None]
        bases = [code for mention in self._coordinated_actors(found) for code in self.actor_codes(mention)]
        if not bases:
            bases = self._prepositional_bases(head, 0)
        if not bases:
            return None
        return combine(bases[0], agents)

    def resolve(self, head: Token, depth: int = 0) -> list[str]:
        """Actor codes of the noun phrase headed by ``head``, one per coordinated actor."""
        if depth > 4:
            return []
        conjuncts = sorted([head, *head.conjuncts], key=lambda token: token.i)
        groups: list[tuple[list[str], list[AgentEntry]]] = []
        for conjunct in conjuncts:
            found = self._local_mentions(conjunct)
            agents = [m.agent for m in found if m.agent is not None]
            bases = [
                code for mention in self._coordinated_actors(found) for code in self.actor_codes(mention)
            ]
            if not bases:
                bases = self._prepositional_bases(conjunct, depth)
            groups.append((bases, agents))
        shared = [code for bases, _ in groups for code in bases]
        codes: list[str] = []
        for bases, agents in groups:
            if not bases and not agents:
                continue
            for base in bases or shared or [NULL_ACTOR]:
                codes.append(combine(base, agents))
        return list(dict.fromkeys(codes))


def combine(base: str, agents: Sequence[AgentEntry]) -> str:
    """Add agent codes to an actor code, skipping a role the code already carries."""
    code = base
    for agent in agents:
        if agent.code in code:
            continue
        code = (agent.code + code.replace(NULL_ACTOR, "")) if agent.prefix else code + agent.code
    return code
