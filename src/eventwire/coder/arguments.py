"""Where a predicate's arguments sit in the dependency parse.

A lexicon slot such as ``subj``, ``dobj``, ``prep:with`` or ``dobj.prep:to`` names a path from the verb;
this module follows it, knowing about passives ("was attacked by"), control ("plans to visit" takes the
subject of "plans"), coordination ("met and praised") and relative clauses ("troops who shelled").
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "acomp"})
_MAX_CLIMB = 5
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def subjects(verb: Token) -> list[Token]:
    """The logical subject: the by-agent of a passive, else nsubj, else a controlling verb's subject."""
    current = verb
    for _ in range(_MAX_CLIMB):
        if is_passive(current):
            if current.i != verb.i:
                # raising and control through a passive: "X is expected to visit", "X was asked to leave"
                return [child for child in current.children if child.dep_ == "nsubjpass"]
            return [
                pobj
                for child in current.children
                if child.dep_ == "agent"
                for pobj in child.children
                if pobj.dep_ in ("pobj", "pcomp")  # "killed by Russian shelling": a gerund agent
            ]
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.i == verb.i:
            return []  # "generals accused of plotting": a passive participle has no acting subject
        found = [child for child in current.children if child.dep_ in _SUBJECT_DEPS]
        relative = current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN")
        if relative and (not found or all(t.lower_ in _RELATIVE_PRONOUNS for t in found)):
            return [current.head]
        if found:
            return found
        if current.pos_ == "NOUN" and current.dep_ in ("dobj", "attr", "pobj", "nsubj"):
            current = current.head  # "Putin had no plans to speak": the planner speaks
            continue
        if current.pos_ == "ADP" and current.dep_ == "prep":
            current = current.head  # "opened the meeting by condemning ...": the opener condemns
            continue
        if current.dep_ not in _INHERIT_SUBJECT_DEPS or current.head.i == current.i:
            return []
        if current.dep_ == "ccomp":
            return []
        current = current.head
    return []


def objects(verb: Token) -> list[Token]:
    """The logical object: the passive subject, else the direct object."""
    passive = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if passive:
        return passive
    direct = [child for child in verb.children if child.dep_ in ("dobj", "obj")]
    if not direct and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if subject and subject[0].lower_ not in _RELATIVE_PRONOUNS:
            return [verb.head]  # "the diplomats it accused": the modified noun is the object
    return direct


def prep_objects(token: Token, preposition: str) -> list[Token]:
    return [
        pobj
        for child in token.children
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == preposition
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def follow(verb: Token, slot: str) -> list[Token]:
    """The tokens at the end of a slot path such as ``dobj.prep:to``; empty when the path is absent."""
    frontier = [verb]
    for step in slot.split("."):
        following: list[Token] = []
        for token in frontier:
            following.extend(_step(token, step))
        frontier = following
        if not frontier:
            break
    return frontier


def _step(token: Token, step: str) -> list[Token]:
    if step == "subj":
        return subjects(token)
    if step == "dobj":
        return objects(token)
    if step == "iobj":
        return [child for child in token.children if child.dep_ in ("dative", "iobj") and child.pos_ != "ADP"]
    if step == "poss":
        return [child for child in token.children if child.dep_ == "poss"]
    if step == "mod":
        return [child for child in token.children if child.dep_ in ("compound", "amod", "nmod")]
    if step in ("xcomp", "ccomp", "advcl"):
        return [child for child in token.children if child.dep_ == step]
    if step.startswith("prep:"):
        preposition = step[len("prep:") :]
        found = prep_objects(token, preposition) or _complex_prep_objects(token, preposition)
        if not found and token.pos_ in ("VERB", "AUX"):
            # a prepositional phrase attached one level too low: "spoke by telephone with X",
            # "chanting slogans against the government"
            lower = [pobj for child in token.children if child.dep_ == "prep" for pobj in child.children]
            lower += [child for child in token.children if child.dep_ in ("dobj", "obj")]
            found = [
                deeper
                for noun in lower
                if noun.dep_ in ("pobj", "dobj", "obj")
                for deeper in prep_objects(noun, preposition)
            ]
        return found
    return []


def _complex_prep_objects(token: Token, preposition: str) -> list[Token]:
    """The object of a two-word preposition ending in ``preposition``: "pull its troops out of Chad"
    is parsed ``pull -prep-> out -prep-> of -pobj-> Chad``. The first word takes no object of its own,
    which tells it apart from two phrases ("a base in the north of Mali")."""
    return [
        pobj
        for first in token.children
        if first.dep_ in ("prep", "prt", "advmod") and not any(c.dep_ == "pobj" for c in first.children)
        for pobj in prep_objects(first, preposition)
    ]
