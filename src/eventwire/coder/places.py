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
from eventwire.coder.cues import load_cues
from eventwire.geo import Gazetteer

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
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
"""Labels the small model gives a town swallowed into a longer phrase ("Kharkiv on Sat 11pm")."""
MOTION_VERBS = frozenset(
    {"travel", "fly", "go", "head", "come", "return", "arrive", "journey", "jet", "sail", "move", "rush"}
)
"""Verbs whose "to" phrase names where the act takes place: "traveled to the United States for talks"."""
MOTION_NOUNS = frozenset({"visit", "trip", "journey", "tour", "travel", "voyage", "mission"})
"""Nouns whose "to" phrase does the same: "a visit to Kyiv", "his trip to Beijing"."""
_QUALIFIER_TOKENS = 3
"""A qualifier after "City," is at most this many words: "Va.", "Northern Ireland", "New South Wales"."""


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
    ("Khan Younis") after "of"/"in"/"near"/"outside", or after the "to" of a journey ("flew to Kyiv");
    a town taken for a nationality, person or organisation before a region noun ("the Odesa region",
    "the Kherson region": the region itself); a town taken for an organisation, or an unlabelled proper
    noun, as the object of an act done to places ("attacked Kharkiv"); an unlabelled proper noun
    as the object of a preposition ("the port of Odesa"). Known people are never places. A qualifier
    after a comma is part of the place ("Bangor, Maine").
    """
    ent = entities.at(token)
    if ent is not None:
        if ent.label_ in PLACE_LABELS:
            return with_qualifier(ent)
        prep = ent.root.head
        after = prep.lower_ in _MISREAD_AFTER or (prep.lower_ == "to" and _is_motion(prep.head))
        # a town taken for an organisation, object of an act done to places ("attacked Kharkiv"):
        # the caller's gazetteer decides whether the name is a place
        misread = (ent.label_ in ("PERSON", "ORG") and after) or town_taken_for_a_name(token, ent)
        region = (
            ent.label_ in ("NORP", "PERSON", "ORG")
            and ent.root.dep_ == "compound"
            and ent.root.head.lemma_.lower() in REGION_NOUNS
            and ent.root.head.i == ent.end
        )
        if region and not is_person(ent.text):
            return token.doc[ent.start : ent.end + 1]  # "the Kherson region": the region, not the city
        if ent.label_ in _TITLE_LABELS and token.pos_ == "PROPN" and token.dep_ in ("dobj", "pobj"):
            # "shelled Kharkiv on Sat 11pm" read as one title: the object's own name may be a place
            return _compound_name(token)
        return with_qualifier(ent) if misread and not is_person(ent.text) else None
    if token.pos_ == "PROPN" and (token.dep_ == "pobj" or _acted_on(token)):
        return with_qualifier(_compound_name(token))
    return None


def _acted_on(token: Token) -> bool:
    """The direct object of an act done to places, or one of its conjuncts ("attacked Odesa and Sumy")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in load_cues().place_object_verbs


def town_taken_for_a_name(token: Token, ent: Span) -> bool:
    """A one-word name the model took for a person or organisation, object of an act done to places
    ("shelled Kherson", "attacked Kharkiv on Tuesday"): a town, if the gazetteer knows it (the caller
    asks), unless the document names a person with it as surname ("Jesse Jackson ... attacked Jackson")."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1 or token.pos_ != "PROPN" or not _acted_on(token):
        return False
    return not any(
        other.label_ == "PERSON" and len(other) > 1 and other[-1].text == token.text
        for other in token.doc.ents
    )


def _compound_name(token: Token) -> Span:
    """The proper noun with the proper-noun compounds before it ("San Jose", "Khan Younis")."""
    start = min((c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=token.i)
    return token.doc[start : token.i + 1]


def with_qualifier(span: Span) -> Span:
    """The place name with the state, province or country that qualifies it: "Bangor, Maine",
    "Arlington, Va.", "Kingston, Ontario", "County Down, Northern Ireland"; else ``span`` itself.

    The qualifier follows a comma, is at most three capitalised words, is attached to the place (an
    apposition) rather than listed after it ("Gaza, Lebanon and Syria" is three places), and the pair
    must resolve in the gazetteer.
    """
    qualifier = _qualifier_after(span)
    return span.doc[span.start : qualifier.end] if qualifier is not None else span


def is_place_qualifier(doc: Doc, start: int, end: int) -> bool:
    """True when ``doc[start:end]`` only qualifies the place before it and names a unit inside another
    country: "Georgia" in "Atlanta, Georgia" (a US state, not the country), "Victoria" in "Perth,
    Victoria". Actor resolution skips such words: they are no state acting or acted on.

    "Tbilisi, Georgia" and "Kyiv, Ukraine" are not: there the qualifier is the country itself.
    """
    if start < 2 or end <= start or doc[start - 1].text != ",":
        return False
    place_end = start - 1
    place_start = place_end - 1
    while (
        place_start > 0 and doc[place_start - 1].pos_ == "PROPN" and doc[place_start - 1].text[:1].isupper()
    ):
        place_start -= 1
    place = doc[place_start:place_end]
    qualifier = _qualifier_after(place)
    if qualifier is None or qualifier.start != start or qualifier.end != end:
        return False
    gazetteer = Gazetteer.default()
    found = gazetteer.geocode(f"{place.text}, {qualifier.text}")
    own = gazetteer.country_code(qualifier.text, allow_codes=False)
    return found is not None and found.country != own


def _qualifier_after(span: Span) -> Span | None:
    doc = span.doc
    comma = span.end
    if comma >= len(doc) - 1 or doc[comma].text != "," or not span.text[:1].isupper():
        return None
    gazetteer = Gazetteer.default()
    for size in range(min(_QUALIFIER_TOKENS, len(doc) - comma - 1), 0, -1):
        qualifier = doc[comma + 1 : comma + 1 + size]
        if not all(t.text[:1].isupper() for t in qualifier) or qualifier.end > span.sent.end:
            continue
        after = doc[qualifier.end] if qualifier.end < len(doc) else None
        if after is not None and (after.lower_ in ("and", "or", "'s", "’s") or after.tag_ == "POS"):
            continue  # a list of places, or "Kyiv, Ukraine's capital"
        attached = qualifier.root.dep_ in ("appos", "npadvmod", "conj") and qualifier.root.head.i in {
            t.i for t in span
        }
        if not (attached or qualifier.root.dep_ == "appos") or not gazetteer.is_qualifier(qualifier.text):
            continue
        if gazetteer.geocode(f"{span.text}, {qualifier.text}") is not None:
            return qualifier
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
    covered: set[int] = set()
    candidates: list[Token] = []
    if objects_are_places:
        for obj in objects(predicate):  # "shelled the Kherson region": the name sits on the region noun
            candidates.extend([*(c for c in obj.children if c.dep_ == "compound"), obj])
    for head in (predicate, *objects(predicate), *_agents(predicate)):
        # "the outskirts of Khan Younis" names where a strike fell, not "the support of Russia's army"
        allowed = preps | OBJECT_PREPS if head.i != predicate.i and objects_are_places else preps
        if head.i == predicate.i and _is_motion(predicate):
            allowed = allowed | {"to"}  # "traveled to the United States", "a visit to Kyiv"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in allowed:
                candidates.extend(prep.subtree)
    for token in candidates:
        if token.i in covered:
            continue  # "Maine" in "Bangor, Maine" was read with Bangor
        span = place_span(token, entities, is_person)
        if span is not None and span.start not in seen:
            seen.add(span.start)
            covered.update(range(span.start, span.end))
            yield span


def _agents(predicate: Token) -> list[Token]:
    """The by-phrase of a passive: "killed by Russian shelling near Bakhmut" is located by its agent."""
    return [
        agent
        for child in predicate.children
        if child.dep_ == "agent"
        for agent in child.children
        if agent.dep_ in ("pobj", "pcomp")
    ]


def event_places(
    predicate: Token, entities: EntityIndex, is_person: Callable[[str], bool], *, physical: bool
) -> Iterator[Span]:
    """Where an act happened, best first: the places that locate the predicate (``places_of`` with the
    locative prepositions; its objects too when the act is ``physical``), then the place its subject is
    said to be in ("Police in Montreal arrested ...", "Protesters in Atlanta, Georgia, marched ...")."""
    yield from places_of(predicate, LOCATIVE_PREPS, entities, is_person, objects_are_places=physical)
    for subject in predicate.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in _SUBJECT_PLACE_PREPS:
                for token in prep.subtree:
                    span = place_span(token, entities, is_person)
                    if span is not None:
                        yield span
                        break


_SUBJECT_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _is_motion(predicate: Token) -> bool:
    lemma = predicate.lemma_.lower()
    if predicate.pos_ in ("NOUN", "PROPN"):
        return lemma in MOTION_NOUNS
    return lemma in MOTION_VERBS or lemma == "visit"


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
