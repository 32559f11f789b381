"""Give every actor of a candidate a country, or CAMEO's code for an unknown one.

An actor the phrase itself does not place ("police", "gunmen", "a man", "Diane Okafor") takes its
country, in order, from:

1. a place inside its own phrase: "police in Montreal", "a Texas state senator", "Karnataka's chief
   minister"; for a speaker, the state whose act it reports ("Egypt condemned ..., the ministry said");
2. the dateline: "LAGOS: Police fired tear gas ..." (where the report was filed);
3. a place the act happened in or was aimed at: "gunmen kidnapped a principal in Kaduna state";
4. the other party, for a target: the state on whose ground the act took place is usually its own;
5. the document's main country: the state it names most often.

With none of these the actor keeps CAMEO's unknown-country code, ``---`` followed by its sector
(``---UAF``; the CAMEO 1.1b3 actor codebook).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.coder.actors import ORGANISATION_PREFIXES, UNKNOWN_COUNTRY, ResolvedActor
from eventwire.coder.places import TARGET_PREPS, places_of, with_qualifier
from eventwire.model import Actor

if TYPE_CHECKING:
    from eventwire.coder.predicates import Candidate, SentenceContext

Locate = Callable[[str], str | None]
"""Place name → country code, or None."""
_PLACE_PREPS = frozenset({"in", "from", "of", "at"})
_PLACE_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
_MANY_MEMBER_SECTORS = frozenset({"LEG"})
"""Sectors whose members routinely act on one another under one code: a senator criticising "the House"
plan is ``USALEG`` → ``USALEG`` (two chambers, one CAMEO sector)."""
_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


def localised(candidate: Candidate, context: SentenceContext) -> Candidate:
    """The candidate with its source and target placed (see the module docstring for the order)."""
    source, target = candidate.source, candidate.target
    place_country: str | None = None
    if source.actor.country is None or (target is not None and target.actor.country is None):
        place = next(iter(place_targets(candidate.predicate, context)), None)
        place_country = place.actor.country if place else None
    doc = candidate.predicate.doc
    if _placeable(source):
        own = phrase_country(doc[source.head], context.locate)
        country = own or _distinct_country(
            source,
            (
                _reported_doer_country(candidate.predicate, context),
                context.default_country,
                place_country,
                target.actor.country if target else None,
                context.main_country,
            ),
            target,
            context,
        )
        source = with_country(source, country, context, by_context=own is None)
    if target is not None and target.actor.sector and doc[target.head].lemma_ == "counterpart":
        # "his Pakistani counterpart": the same office as the source's, on the other side
        target = _with_sector(target, source.actor.sector, context)
    if target is not None and _placeable(target):
        own = phrase_country(doc[target.head], context.locate)
        country = own or _distinct_country(
            target,
            (place_country, context.default_country, source.actor.country, context.main_country),
            source,
            context,
        )
        target = with_country(target, country, context, by_context=own is None)
    source, target = unknown_coded(source), unknown_coded(target) if target else None
    if target is not None and (target.actor == source.actor or _fellow_conjunct(source, target, doc)):
        return replace(candidate, source=source, target=None)
    return replace(candidate, source=source, target=target)


def _distinct_country(
    resolved: ResolvedActor,
    candidates: tuple[str | None, ...],
    other: ResolvedActor | None,
    context: SentenceContext,
) -> str | None:
    """The first context country (in the module docstring's order) that does not make ``resolved`` the
    very actor code of the other party when the other party's own words place it: "Prime Minister
    Algirdas Butkevicius expressed condolences to Israeli Prime Minister Benjamin Netanyahu" does not
    make the unplaced prime minister Israel's (``ISRGOV`` → ``ISRGOV``), and "the next government" a
    Palestinian negotiator speaks of is not his own. With every candidate ruled out: None (``---``).
    An other party placed by context itself rules nothing out, nor does a legislature (see
    ``_MANY_MEMBER_SECTORS``)."""
    sector = resolved.actor.sector
    taken = (
        other.actor.code
        if other is not None
        and other.actor.country is not None
        and not other.context_placed
        and sector not in _MANY_MEMBER_SECTORS
        else None
    )
    kb = context.actors.kb
    for country in candidates:
        if country is None:
            continue
        if taken is not None and sector is not None and kb.actor_code(country, sector) == taken:
            continue
        return country
    return None


def _fellow_conjunct(source: ResolvedActor, target: ResolvedActor, doc: Doc) -> bool:
    """Whether the target is coordinated with the source and codes the same ("Prime Minister Narendra
    Modi and Home Minister Rajnath Singh attend the meeting"): fellow members of one actor acting
    together, not one acting on the other, so the act has no target of its own."""
    if source.actor.code != target.actor.code:
        return False
    one, other = doc[source.head], doc[target.head]
    if other in one.conjuncts:
        return True
    subject = ("nsubj", "nsubjpass")  # "A, B and C attend" parsed as two subjects of one verb
    return one.dep_ in subject and other.dep_ in subject and one.head.i == other.head.i


def _reported_doer_country(predicate: Token, context: SentenceContext) -> str | None:
    """The state whose act a reporting verb reports: "Egypt condemned the attack, the foreign ministry
    said" — the ministry is Egypt's, whatever the dateline."""
    if predicate.lemma_.lower() not in context.cues.reporting_verbs:
        return None
    for clause in predicate.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "PROPN":
                for actor in context.actors.actors_at(subject):
                    if actor.actor.country is not None:
                        return actor.actor.country
    return None


def place_targets(predicate: Token, context: SentenceContext) -> list[ResolvedActor]:
    """A state located by a place the predicate acts on or in ("shelled Kharkiv", "struck energy
    facilities in the Odesa region", "travel to Odesa")."""
    actors = context.actors
    for span in places_of(predicate, TARGET_PREPS, actors.entities, actors.is_person):
        country = context.locate(span.text)
        if country is not None and country in actors.kb.countries:
            name = actors.kb.countries[country].name
            actor = Actor(country, name, country, None, None)
            return [ResolvedActor(actor, span.root.i, span.start_char, span.end_char)]
    return []


def phrase_country(head: Token, locate: Locate) -> str | None:
    """The state of a place named inside the actor's own phrase: "police in Nairobi", "a Texas state
    senator", "Karnataka's chief minister", "residents of Goma"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    country = locate(_name_of(pobj))
                    if country is not None:
                        return country
        elif (
            child.dep_ in _PLACE_MODIFIER_DEPS
            and child.pos_ == "PROPN"
            and child.ent_type_ not in _NOT_PLACES
        ):
            name = _name_of(child)
            following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if following is not None and following.text == "state":
                name = f"{name} state"  # "Georgia state troopers": the US state, not the country
            country = locate(name)
            if country is not None:
                return country
    return None


def _name_of(token: Token) -> str:
    """A proper name with its compound parts ("Kaduna state" → "Kaduna", "New Delhi" → "New Delhi") and
    the qualifier after its comma ("Albuquerque, New Mexico"), but not the qualifier's own words."""
    parts = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("compound", "flat"):
                parts.append(child)
                stack.append(child)
    words = [t.text for t in sorted(parts, key=lambda t: t.i) if t.pos_ == "PROPN"]
    name = " ".join(words) or token.text
    if words and words[-1] == token.text:
        qualified = with_qualifier(token.doc[min(t.i for t in parts) : token.i + 1])
        if qualified.end > token.i + 1:
            return qualified.text
    return name


def _placeable(resolved: ResolvedActor) -> bool:
    actor = resolved.actor
    return actor.country is None and not actor.code.startswith(ORGANISATION_PREFIXES)


def with_country(
    resolved: ResolvedActor, country: str | None, context: SentenceContext, *, by_context: bool = True
) -> ResolvedActor:
    """The same role placed in ``country`` ("police" → "UGACOP"); unchanged without a country. A name
    with no role ("Diane Okafor said") is not placed by its context: nothing says whose she is."""
    actor = resolved.actor
    if country is None or actor.sector is None or actor.code.startswith(("IGO", "NGO")):
        return resolved
    code = context.actors.kb.actor_code(country, actor.sector)
    return replace(resolved, actor=replace(actor, code=code, country=country), context_placed=by_context)


def unknown_coded(resolved: ResolvedActor) -> ResolvedActor:
    """An actor still without a country: CAMEO's ``---`` plus its sector (``---COP``)."""
    actor = resolved.actor
    if actor.country is not None or actor.code.startswith((*ORGANISATION_PREFIXES, UNKNOWN_COUNTRY)):
        return resolved
    return replace(resolved, actor=replace(actor, code=UNKNOWN_COUNTRY + (actor.sector or "")))


def _with_sector(resolved: ResolvedActor, sector: str | None, context: SentenceContext) -> ResolvedActor:
    actor = resolved.actor
    if sector is None or actor.country is None:
        return resolved
    code = context.actors.kb.actor_code(actor.country, sector)
    return replace(resolved, actor=Actor(code, actor.name, actor.country, sector, actor.person))
