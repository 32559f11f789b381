"""Place names in a parse: which tokens name places, and the phrases that say where an act happened.

One module serves both uses of places: an event's ``location`` ("met in Anchorage") and a state standing
in for a target ("struck energy facilities in the Odesa region" → Ukraine), so both read the text alike.
The small spaCy model mislabels many towns (as people, organisations or nationalities), so a few
well-defined fallbacks accept those labels where the syntax says "place".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from eventwire.coder.arguments import objects

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into"})
"""Prepositions that locate an act ("met in Anchorage"); "on" and "to" do not ("sanctions on Iran")."""
TARGET_PREPS = LOCATIVE_PREPS | {"on", "to"}
"""Prepositions whose place may stand for the party acted on ("strikes on Kharkiv", "a visit to Odesa")."""
OBJECT_PREPS = frozenset({"of"})
"""On an object noun, "of" names the place too: "the outskirts of Khan Younis"."""
REGION_NOUNS = frozenset(
    {"region", "province", "oblast", "district", "area", "city", "state", "governorate", "county"}
)
_MISREAD_AFTER = frozenset({"of", "in", "near", "outside"})


class EntityIndex:
    """The named entity each token belongs to, built once per document (entity scans are per token)."""

    def __init__(self, doc: Doc) -> None:
        self._by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._by_token[i] = ent

    def at(self, token: Token) -> Span | None:
        return self._by_token.get(token.i)


def place_span(token: Token, entities: EntityIndex, is_person: Callable[[str], bool]) -> Span | None:
    """The place name ``token`` belongs to, or None.

    Accepted: an entity labelled as a place; a town the model took for a person or organisation
    ("Khan Younis") after "of"/"in"/"near"/"outside"; a town taken for a nationality before a region
    noun ("the Odesa region"); an unlabelled proper noun as the object of a preposition ("the port of
    Odesa"). Known people are never places.
    """
    ent = entities.at(token)
    if ent is not None:
        if ent.label_ in PLACE_LABELS:
            return ent
        misread = ent.label_ in ("PERSON", "ORG") and ent.root.head.lower_ in _MISREAD_AFTER
        region = (
            ent.label_ == "NORP"
            and ent.root.dep_ == "compound"
            and ent.root.head.lemma_.lower() in REGION_NOUNS
        )
        return ent if (misread or region) and not is_person(ent.text) else None
    if token.pos_ == "PROPN" and token.dep_ == "pobj":
        start = min(
            (c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=token.i
        )
        return token.doc[start : token.i + 1]
    return None


def places_of(
    predicate: Token,
    preps: frozenset[str],
    entities: EntityIndex,
    is_person: Callable[[str], bool],
    *,
    objects_are_places: bool = True,
) -> Iterator[Span]:
    """Place names that locate the predicate: its objects themselves ("shelled Kharkiv"; not for acts on
    a state as a party, "praised the United States"), then the places in its prepositional phrases and
    in those of its objects, in that order, each once."""
    seen: set[int] = set()
    candidates: list[Token] = list(objects(predicate)) if objects_are_places else []
    for head in (predicate, *objects(predicate)):
        allowed = preps if head.i == predicate.i else preps | OBJECT_PREPS
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in allowed:
                candidates.extend(prep.subtree)
    for token in candidates:
        span = place_span(token, entities, is_person)
        if span is not None and span.start not in seen:
            seen.add(span.start)
            yield span


def place_variants(place: str) -> list[str]:
    """'the Odesa region' is looked up as itself, then as 'Odesa'."""
    variants = [place]
    words = place.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in REGION_NOUNS:
        words = words[:-1]
    stripped = " ".join(words)
    if stripped and stripped != place:
        variants.append(stripped)
    return variants
