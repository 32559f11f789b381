"""Find coded predicates in a sentence: verbs and event nouns that match the lexicon, with their actors.

The output is a list of :class:`Candidate`: a CAMEO code, the predicate token, its source and target
actors, and the rule that fired. Factuality, time and place are added later by the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.coder.actors import DocumentActors, ResolvedActor
from eventwire.coder.arguments import follow, objects, prep_objects, subjects
from eventwire.coder.cues import Cues
from eventwire.coder.lexicon import Lexicon, NounEntry, VerbEntry


@dataclass(frozen=True, slots=True)
class Candidate:
    """One source→target coding of a predicate."""

    predicate: Token
    code: str
    source: ResolvedActor
    target: ResolvedActor | None
    rule: str
    nominal: bool


def find_candidates(sent: Span, actors: DocumentActors, lexicon: Lexicon, cues: Cues) -> list[Candidate]:
    """Every coded predicate in the sentence, verbs first; an event noun already used as a verb's
    object ("held talks") is not coded twice."""
    found: list[Candidate] = []
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        entry = lexicon.match_verb(token)
        if entry is None:
            continue
        consumed.update(obj.i for obj in objects(token))
        found.extend(_verb_candidates(token, entry, actors, cues))
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in consumed:
            continue
        noun_entry = lexicon.match_noun(token)
        if noun_entry is None or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        found.extend(_noun_candidates(token, noun_entry, actors, cues))
    return found


def _verb_candidates(verb: Token, entry: VerbEntry, actors: DocumentActors, cues: Cues) -> list[Candidate]:
    sources = _first_actors(verb, entry.source_slots, actors)
    if not sources:
        return []
    targets: list[ResolvedActor] = []
    for slot in entry.target_slots:
        if slot == "none":
            break
        targets = [actor for token in follow(verb, slot) for actor in actors.actors_at(token)]
        if targets:
            break
    each_other = any(obj.lower_ in ("other", "another") for obj in objects(verb))
    if not targets and len(sources) >= 2 and (verb.lemma_.lower() in cues.reciprocal_verbs or each_other):
        # "Putin and Trump met", "Armenia and Azerbaijan accused each other": one event each way.
        return _reciprocal(verb, entry.code, entry.rule, sources, nominal=False)
    return _pairs(verb, entry.code, entry.rule, sources, targets, nominal=False)


def _first_actors(verb: Token, slots: tuple[str, ...], actors: DocumentActors) -> list[ResolvedActor]:
    for slot in slots:
        found = [actor for token in follow(verb, slot) for actor in actors.actors_at(token)]
        if found:
            return found
    return []


def _noun_candidates(noun: Token, entry: NounEntry, actors: DocumentActors, cues: Cues) -> list[Candidate]:
    sources: list[ResolvedActor] = []
    targets: list[ResolvedActor] = []
    for preposition in entry.target_preps:
        pobjs = prep_objects(noun, preposition)
        if not pobjs:
            continue
        resolved = [actor for token in pobjs for actor in actors.actors_at(token)]
        if preposition == "between" and len(resolved) < 2:
            resolved = _actors_in_subtree(pobjs, actors)
        if preposition == "between" and len(resolved) >= 2:
            return _reciprocal(noun, entry.code, entry.rule, resolved, nominal=True)
        else:
            targets = resolved
        if resolved:
            break
    if not sources:
        sources = _noun_internal_sources(noun, actors, targets)
    if not sources:
        for preposition in ("by", "from"):
            sources = [
                actor for token in prep_objects(noun, preposition) for actor in actors.actors_at(token)
            ]
            if sources:
                break
    if not sources and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in cues.light_verbs:
        sources = [actor for token in subjects(noun.head) for actor in actors.actors_at(token)]
    if len(sources) >= 2 and not targets and _is_joint(noun):
        return _reciprocal(noun, entry.code, entry.rule, sources, nominal=True)
    if not sources:
        return []
    return _pairs(noun, entry.code, entry.rule, sources, targets, nominal=True)


def _actors_in_subtree(tokens: list[Token], actors: DocumentActors) -> list[ResolvedActor]:
    """Every actor named anywhere under the tokens, in text order: a fallback for misparsed
    "between A and B" phrases."""
    found: list[ResolvedActor] = []
    for top in tokens:
        for token in top.subtree:
            if token.pos_ not in ("PROPN", "NOUN") or token.dep_ in ("compound", "amod", "flat"):
                continue
            resolved = actors.resolve(token)
            if resolved is not None and all(resolved.actor != other.actor for other in found):
                found.append(resolved)
    return found


def _noun_internal_sources(
    noun: Token, actors: DocumentActors, targets: list[ResolvedActor]
) -> list[ResolvedActor]:
    """Actors named inside the event noun's phrase: "Russia's invasion", "U.S. sanctions",
    "the Putin-Trump meeting"."""
    found: list[ResolvedActor] = []
    target_codes = {t.actor for t in targets}
    for child in noun.children:
        if child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        for actor in (*actors.actors_at(child), *_hyphen_parts(child, actors)):
            if actor.actor not in target_codes and all(actor.actor != f.actor for f in found):
                found.append(actor)
    return found


def _hyphen_parts(token: Token, actors: DocumentActors) -> list[ResolvedActor]:
    """'Putin-Trump' is parsed as a chain of compounds; collect the names inside it."""
    found = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "punct", "nmod") and child.text != "-":
            found.extend(actors.actors_at(child))
    return found


def _is_joint(noun: Token) -> bool:
    """Nouns whose internal actors are parties to each other ("the Putin-Trump meeting")."""
    return noun.lemma_.lower() in (
        "meeting",
        "talk",
        "talks",
        "summit",
        "negotiation",
        "negotiations",
        "dialogue",
        "call",
        "agreement",
        "deal",
        "treaty",
        "ceasefire",
        "truce",
    )


def _pairs(
    predicate: Token,
    code: str,
    rule: str,
    sources: list[ResolvedActor],
    targets: list[ResolvedActor],
    *,
    nominal: bool,
) -> list[Candidate]:
    pairs: list[Candidate] = []
    for source in sources:
        if not targets:
            pairs.append(Candidate(predicate, code, source, None, rule, nominal))
        for target in targets:
            if target.actor.code == source.actor.code and target.actor.person == source.actor.person:
                continue
            pairs.append(Candidate(predicate, code, source, target, rule, nominal))
    return pairs


def _reciprocal(
    predicate: Token, code: str, rule: str, parties: list[ResolvedActor], *, nominal: bool
) -> list[Candidate]:
    """Every ordered pair of distinct parties: a joint act is coded once in each direction."""
    return [
        Candidate(predicate, code, source, target, rule, nominal)
        for source in parties
        for target in parties
        if source.actor != target.actor
    ]
