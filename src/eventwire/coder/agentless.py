"""Sources for events whose doer the text does not name.

"Their patrol was ambushed in Cauca", "a car bomb killed two soldiers", "a blogger was sentenced to six
years": human coders code these with an unknown source (CAMEO ``---``) and the known target, not
nothing. Where the act itself says who must have done it (only a court sentences, only police
arrest), the source is that sector, placed later like any role ("sentenced" in Belarus → ``BLRJUD``).
The verbs, roots and instrument nouns are data: ``coder/data/agentless.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire.coder.actors import UNKNOWN_COUNTRY, DocumentActors, ResolvedActor
from eventwire.coder.arguments import is_passive
from eventwire.coder.data_files import read_json
from eventwire.model import Actor

AGENTLESS_RULE = "agentless: the doer is not named"


@dataclass(frozen=True, slots=True)
class AgentlessPolicy:
    """Which roots may be coded without a doer, the doers some verbs imply, and instrument nouns."""

    roots: frozenset[str]
    implied_agents: dict[str, str]
    instrument_nouns: frozenset[str]
    suicide_words: frozenset[str]
    bombing_codes: dict[str, str]
    """Weapon phrase ("car bomb", "roadside bomb") → its CAMEO 183x code."""


@cache
def load_agentless() -> AgentlessPolicy:
    """The bundled policy (``coder/data/agentless.json``), read once per process."""
    raw = read_json("agentless.json")
    return AgentlessPolicy(
        frozenset(raw["roots"]),
        dict(raw["implied_agents"]),
        frozenset(raw["instrument_nouns"]),
        frozenset(raw["suicide_words"]),
        {k: v for k, v in raw["bombing_codes"].items() if not k.startswith("_")},
    )


def agentless_source(verb: Token, code: str, actors: DocumentActors) -> ResolvedActor | None:
    """The unknown (or implied) source of a coded verb whose subject names no actor, or None when the
    verb has a subject that is simply not an actor ("the report criticised")."""
    policy = load_agentless()
    if not any(code.startswith(root) for root in policy.roots):  # roots, or longer code prefixes
        return None
    if not (_agentless_passive(verb) or _instrument_subject(verb, policy) or _instrument_agent(verb, policy)):
        return None
    sector = policy.implied_agents.get(verb.lemma_.lower())
    name = actors.sector_name(sector) if sector else "unknown"
    actor = Actor(UNKNOWN_COUNTRY + (sector or ""), name, None, sector)
    return ResolvedActor(actor, verb.i, verb.idx, verb.idx)


def is_agentless(resolved: ResolvedActor) -> bool:
    """Whether a source was supplied here rather than read from the text (it has no words of its own)."""
    return resolved.start_char == resolved.end_char


def bombing_code(verb: Token) -> str | None:
    """The CAMEO 183x code of a killing or attack done with a bomb named in its subject, by-agent or
    in/with-phrase ("a car bomb killed", "were killed by a roadside bomb", "died in a bomb attack"),
    or None. The longest phrase wins: "roadside bomb" (1833) over "bomb" (183)."""
    table = load_agentless().bombing_codes
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in verb.children:
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in ("in", "with", "by")):
            nouns.extend(p for p in prep.children if p.dep_ == "pobj")
    for noun in nouns:
        words = [t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")] + [
            noun.lower_
        ]
        grams = (
            " ".join(words[i : i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)
        )
        for gram in grams:  # longest first
            if gram in table:
                return table[gram]
        if noun.lemma_.lower() in table:
            return table[noun.lemma_.lower()]
    return None


def suicide_attack(tokens: list[Token]) -> bool:
    """'a suicide bomber', 'suicide attackers': the source phrase names a suicide attack (CAMEO 1831)."""
    words = load_agentless().suicide_words
    return any(token.lower_ in words for token in tokens)


def _agentless_passive(verb: Token) -> bool:
    """'was ambushed', 'were wounded' with no by-phrase (a passive participle modifying a noun counts)."""
    passive = is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return passive and not any(child.dep_ == "agent" for child in verb.children)


def _instrument_agent(verb: Token, policy: AgentlessPolicy) -> bool:
    """'were killed by an improvised explosive device': the by-agent is a weapon, not a doer."""
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for pobj in agent.children:
            if pobj.dep_ == "pobj" and _names_instrument(pobj, policy):
                return True
    return False


def _names_instrument(noun: Token, policy: AgentlessPolicy) -> bool:
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(words & policy.instrument_nouns)


def _instrument_subject(verb: Token, policy: AgentlessPolicy) -> bool:
    """'A car bomb killed ...', 'shelling wounded ...': the subject is a weapon or an event."""
    return any(child.dep_ == "nsubj" and _names_instrument(child, policy) for child in verb.children)
