"""Appeals, demands and threats are coded by what they ask for or threaten (data: ``requests.json``).

"urged Serbia and Kosovo to de-escalate" is an appeal to yield (025), "threatened to impose tariffs on
Mexico" a threat of sanctions (131) against Mexico, "demanded that Belarus release all political
prisoners" a demand to yield (105) addressed to Belarus. The requested action did not happen, so it is
not coded as an event of its own; it only picks the code and, when the act names no addressee, the
target.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.coder.data_files import read_json
from eventwire.coder.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class RequestTable:
    kinds: dict[str, str]
    classes: dict[str, dict[str, str]]
    root_classes: dict[str, str]
    lemma_classes: dict[str, str]
    talk_nouns: frozenset[str]
    aspectual: frozenset[str]
    """Verbs that take the class of their object: "resume missile attacks" threatens force."""
    readiness_words: frozenset[str]
    """"ready/willing to meet" expresses an intent (03x) to do what follows."""


@functools.cache
def load_requests() -> RequestTable:
    raw = read_json("requests.json")
    return RequestTable(
        kinds=raw["kinds"],
        classes=raw["classes"],
        root_classes=raw["root_classes"],
        lemma_classes=raw["lemma_classes"],
        talk_nouns=frozenset(raw["talk_nouns"]),
        aspectual=frozenset(raw["aspectual"]),
        readiness_words=frozenset(raw["readiness_words"]),
    )


def requested_action(verb: Token) -> Token | None:
    """What is asked for or threatened: "to de-escalate" (xcomp), "that Belarus release" (ccomp),
    "for a ceasefire" / "for aid" (a for-phrase), or a demanded noun ("demanded the resignation")."""
    for dep in ("xcomp", "ccomp"):
        for child in verb.children:
            if child.dep_ == dep:
                return child
    holders = [
        verb,
        *(c for c in verb.children if c.dep_ in ("dobj",)),
        *(
            pobj
            for prep in verb.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
    ]
    for holder in holders:  # "appealed to the international community for urgent food aid"
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child
    return None


def refine_code(code: str, verb: Token, lexicon: Lexicon, table: RequestTable) -> tuple[str, Token | None]:
    """The specific code for an appeal/demand/threat row, and the requested action it was read from."""
    kind = table.kinds.get(code[:2])
    if kind is None:
        return code, None
    action = requested_action(verb)
    if action is None:
        return code, None
    action_class = _class_of(action, lexicon, table)
    specific = table.classes.get(action_class, {}).get(kind) if action_class else None
    if specific is None or code != f"{code[:2]}0":  # a row that is already specific keeps its code
        return code, action
    return specific, action


def _class_of(action: Token, lexicon: Lexicon, table: RequestTable) -> str | None:
    objects = [
        grandchild
        for child in action.children
        for grandchild in (child, *child.children)
        if grandchild.dep_ in ("dobj", "pobj")
    ]
    if any(obj.lemma_.lower() in table.talk_nouns for obj in objects):
        return "meet"
    lemma = action.lemma_.lower()
    if lemma in table.lemma_classes and lemma not in table.aspectual:
        return table.lemma_classes[lemma]
    for obj in objects:  # "take military action", "show restraint", "impose tariffs"
        if obj.lemma_.lower() in table.lemma_classes:
            return table.lemma_classes[obj.lemma_.lower()]
    entry_code: str | None = None
    if lemma in table.aspectual:
        pass  # the object decides, below
    elif action.pos_ in ("VERB", "AUX"):
        verb_entry = lexicon.match_verb(action)
        entry_code = verb_entry.code if verb_entry else None
    else:
        noun_entry = lexicon.match_noun(action)
        entry_code = noun_entry.code if noun_entry else None
    if entry_code is None:
        for obj in objects:
            noun_entry = lexicon.match_noun(obj)
            if noun_entry is not None:
                entry_code = noun_entry.code
                break
    return table.root_classes.get(entry_code[:2]) if entry_code else None


def intent_code(code: str, table: RequestTable) -> str | None:
    """The 03x code for intending the act ``code`` names ("ready to meet" → 036), or None."""
    action_class = table.root_classes.get(code[:2])
    return table.classes.get(action_class, {}).get("intend") if action_class else None
