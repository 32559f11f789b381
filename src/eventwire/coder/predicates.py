"""Find coded predicates in a sentence: verbs and event nouns that match the lexicon, with their actors.

The output is a list of :class:`Candidate`: a CAMEO code, the predicate token, its source and target
actors, and the rule that fired. Factuality, time and place are added later by the engine.

Beyond the lexicon row itself, a few readings hold across rows:
- appeals, demands and threats take their specific code from what is asked for (``requests``), and the
  requested action is not coded: it did not happen;
- a joint act ("A and B met", "talks between A and B") is coded once in each direction;
- weapons named as the source make a strike aerial (195): "Russian drones struck";
- a role without a state ("police", "civilians") takes its country from the places named in the
  sentence, the other party, or the dateline;
- consultations need a partner, and coercion or force needs someone it is used on: a place in the
  sentence ("struck targets in Afghanistan's Paktika province") stands in for that state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventwire.coder.actors import DocumentActors, ResolvedActor
from eventwire.coder.agentless import (
    AGENTLESS_RULE,
    agentless_source,
    bombing_code,
    is_agentless,
    suicide_attack,
)
from eventwire.coder.arguments import follow, is_passive, objects, prep_objects, subjects
from eventwire.coder.backoff import Backoff, BackoffMatch
from eventwire.coder.cues import Cues
from eventwire.coder.domain import POLITICS, Domain, admissible
from eventwire.coder.lexicon import Lexicon, NounEntry, VerbEntry
from eventwire.coder.localise import Locate, localised, place_targets
from eventwire.coder.relevance import load_policy, relevant
from eventwire.coder.requests import RequestTable, intent_code, load_requests, refine_code
from eventwire.coder.speech_acts import load_policy as load_stated_policy
from eventwire.ontology import is_cameo_code

_TARGET_REQUIRED_ROOTS = frozenset({"17", "18", "19", "20"})
_PLACE_TARGET_ROOTS = frozenset({"04", "07", "11", "15", "17", "18", "19", "20"})
_ALLEGING_ROOTS = frozenset({"11", "12"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_BACKOFF_PREPS = ("against", "on", "with", "to", "at", "from", "into")
BACKOFF_RULE = "backoff"
"""The rule of events whose predicate the lexicon did not know (lower confidence; filter on it)."""
_MUTUAL_ROOTS = frozenset({"04"})
"""Consultations and diplomatic cooperation told with a symmetric verb ("met", "negotiated with",
"signed a pact with") are coded in both directions, as for coordinated parties."""
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
_MEDIATION = "045"
"""A mediation between A and B is the mediator's act on both, not a joint act of A and B."""
_JOINT_NOUNS = frozenset(
    {
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
    }
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One source→target coding of a predicate."""

    predicate: Token
    code: str
    source: ResolvedActor
    target: ResolvedActor | None
    rule: str
    nominal: bool
    specific: bool = False
    """The lexicon row names more than the lemma (a particle, object or preposition)."""


@dataclass(slots=True)
class SentenceContext:
    """What the predicate finder needs besides the sentence."""

    actors: DocumentActors
    lexicon: Lexicon
    cues: Cues
    locate: Locate
    default_country: str | None = None
    """The dateline's country: where the report was filed."""
    main_country: str | None = None
    """The state the document names most often."""
    backoff: Backoff = field(default_factory=Backoff.load)
    """Reads predicates the lexicon does not know as their nearest known phrasing. Pass the coder's
    own: its table and its cache of answers last the life of the coder, not of one document."""
    domain: Domain = POLITICS
    """Whether the document is politics or sport, entertainment, technology or business copy."""
    requests: RequestTable = field(default_factory=load_requests)
    history: list[Candidate] = field(default_factory=list)
    """Candidates of the sentences before, so "criticised the visit" can find who visited."""


def find_candidates(sent: Span, context: SentenceContext) -> list[Candidate]:
    """Every coded predicate in the sentence, verbs first; an event noun already used as a verb's
    object ("held talks") is not coded twice, and a requested or threatened action not at all."""
    found: list[Candidate] = []
    consumed: set[int] = set()
    requested: set[int] = set()
    coded_verbs: set[int] = set()
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "amod" or _purpose_clause(token, context.cues):
            continue  # "met protesting farmers": a participle describing a noun is not the subject's act
        if token.head.i in coded_verbs and _consequence(token, context):
            continue
        entry = context.lexicon.match_verb(token)
        backoff = None
        if entry is None:
            entry, backoff = _backoff_entry(token, context)
            if entry is None:
                continue
        coded = _verb_candidates(token, entry, context, requested)
        act_code = context.cues.charged_acts.get(token.lemma_.lower())
        if act_code is not None and entry.code.startswith("112"):
            # "arrested for spying": the charge (1125, as the codebook codes it) and the arrest itself
            coded += [replace(c, code=act_code, rule=f"{c.rule}; the act itself: {act_code}") for c in coded]
        if backoff is not None:
            coded = [replace(c, rule=f"{BACKOFF_RULE}: {backoff.matched} -> {c.code}") for c in coded]
        if coded:
            coded_verbs.add(token.i)
            consumed.update(obj.i for obj in objects(token))
            # "wounded by Russian drone attacks", "shelling killed two": the noun names the verb's own act
            consumed.update(
                noun.i
                for child in token.children
                for noun in ((child,) if child.dep_ in ("nsubj", "nsubjpass") else ())
                + (tuple(p for p in child.children if p.dep_ == "pobj") if child.dep_ == "agent" else ())
            )
        found.extend(coded)
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in consumed:
            continue
        noun_entry = context.lexicon.match_noun(token)
        if noun_entry is None or token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        found.extend(_noun_candidates(token, noun_entry, context))
    kept = []
    for candidate in found:
        if candidate.predicate.i in requested:
            continue
        candidate = localised(candidate, context)
        if candidate.target is None and candidate.code[:2] in _TARGET_REQUIRED_ROOTS:
            attacker = _earlier_attacker(candidate.source, context)
            if attacker is not None:
                candidate = replace(candidate, target=attacker)  # "Indian soldiers returned fire"
            elif not _targetless_admissible(candidate, sent, context):
                continue
        if not admissible(candidate.source, context.domain) or (
            candidate.target is not None and not admissible(candidate.target, context.domain)
        ):
            continue  # "Spain delivered a crushing blow to Portugal's title hopes": teams, not states
        if not relevant(
            candidate.source.actor, candidate.target.actor if candidate.target else None, candidate.code
        ):
            continue  # "residents gathered", "Mourinho said": no political actor takes part
        kept.append(candidate)
    return _one_reading_per_act(kept)


def _backoff_entry(verb: Token, context: SentenceContext) -> tuple[VerbEntry | None, BackoffMatch | None]:
    """A lexicon row for a predicate the lexicon does not know, read as its nearest known phrasing
    (``coder/backoff.py``): the subject acts on the object or a prepositional object."""
    particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), None)
    preposition = next((c.lower_ for c in verb.children if c.dep_ == "prep"), None)
    obj = next((o.lemma_.lower() for o in objects(verb)), None)
    match = context.backoff.code_for(verb.lemma_.lower(), particle, preposition, obj)
    if match is None or not is_cameo_code(match.code):
        return None, None
    slots = ("dobj", *(f"prep:{p}" for p in _BACKOFF_PREPS), "none")
    return VerbEntry(verb.lemma_.lower(), (), ("subj",), slots, match.code, 0), match


def _one_reading_per_act(candidates: list[Candidate]) -> list[Candidate]:
    """The same act between the same states told twice in a sentence by different words ("Sikorski met
    Sybiha ..., and the two men discussed"): keep the reading that names the actors most precisely.
    Readings of one predicate are all kept ("urged Colombia and the ELN" names two parties)."""
    best: dict[tuple[object, ...], Candidate] = {}
    for candidate in candidates:
        target = candidate.target.actor.country if candidate.target else None
        key = (candidate.code[:3], candidate.source.actor.country, target)
        held = best.get(key)
        if held is None or (
            held.predicate.i != candidate.predicate.i and _precision(candidate) > _precision(held)
        ):
            best[key] = candidate
    return [
        c
        for c in candidates
        if best[
            (c.code[:3], c.source.actor.country, c.target.actor.country if c.target else None)
        ].predicate.i
        == c.predicate.i
    ]


def _precision(candidate: Candidate) -> int:
    """How much a reading says about who acted: sectors and people named."""
    actors = [candidate.source.actor] + ([candidate.target.actor] if candidate.target else [])
    return sum(bool(actor.sector) + bool(actor.person) for actor in actors)


def _consequence(verb: Token, context: SentenceContext) -> bool:
    """'...bombed a village, killing 18 civilians': a violent participle reporting the toll of the act
    before it (not "..., accusing them of spying", which is an act of its own)."""
    entry = context.lexicon.match_verb(verb)
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and entry is not None
        and entry.code[:2] in ("18", "19", "20")
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    )


def _purpose_clause(verb: Token, cues: Cues) -> bool:
    """'...lifted sanctions to support the recovery': an infinitive of purpose reports no event."""
    return verb.dep_ == "advcl" and any(
        child.dep_ == "aux" and child.lower_ in cues.purpose_marks for child in verb.children
    )


def _demanded_of(verb: Token, sources: list[ResolvedActor], context: SentenceContext) -> list[ResolvedActor]:
    """Who a statement says must or should act, when that is another side than the speaker's."""
    own = {source.actor.country for source in sources} | {source.actor.code for source in sources}
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
        if not modals & load_stated_policy().demand_cues or any(c.dep_ == "neg" for c in clause.children):
            continue
        for subject in clause.children:
            if subject.dep_ != "nsubj" or subject.pos_ == "PRON":
                continue
            found = [
                actor
                for actor in context.actors.actors_at(subject)
                if actor.actor.code not in own and actor.actor.country not in own
            ]
            if found:
                return found
    return []


def _claims_own_force(verb: Token, context: SentenceContext) -> bool:
    """'The Israelis claimed that they had attacked ...': a claim of one's own use of force is a claim
    of responsibility (CAMEO 015), not a bare statement."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        entry = context.lexicon.match_verb(clause)
        if entry is None or entry.code[:2] not in _VIOLENT_ROOTS:
            continue
        if any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in clause.children):
            return True
    return False


def _responsible_for(noun: Token, actors: DocumentActors) -> list[ResolvedActor]:
    """'Sudan's government is responsible for mass killings': the one held responsible for an act is
    its doer (the act itself may be asserted, alleged or denied: factuality decides)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "for":
        return []
    adjective = preposition.head
    if adjective.lemma_.lower() != "responsible" or adjective.dep_ not in ("acomp", "amod", "ROOT"):
        return []
    holder = adjective.head if adjective.dep_ == "acomp" else adjective
    return [actor for token in subjects(holder) for actor in actors.actors_at(token)]


def _earlier_attacker(source: ResolvedActor, context: SentenceContext) -> ResolvedActor | None:
    """Who last used force against the source's state earlier in the document, or was accused of it by
    that state: the target of a reply in kind that names none ("Pakistani troops fired on Indian posts.
    ... Indian soldiers returned fire")."""
    own = source.actor.country
    if own is None or is_agentless(source):
        return None
    for earlier in reversed(context.history):
        if earlier.target is None:
            continue
        if earlier.code[:2] in _VIOLENT_ROOTS:
            attacker, attacked = earlier.source, earlier.target
        elif earlier.code[:2] in _ALLEGING_ROOTS:
            attacker, attacked = earlier.target, earlier.source  # "India accused Pakistani troops of ..."
        else:
            continue
        if attacked.actor.country == own and attacker.actor.country not in (None, own):
            return None if is_agentless(attacker) else attacker
    return None


def _targetless_admissible(candidate: Candidate, sent: Span, context: SentenceContext) -> bool:
    """Coercion and force need someone they are used on. Without a named one, only a specific phrasing
    by a placed actor in a sentence that names no one else is coded ("the Pakistan army violated the
    ceasefire", "troops launched an offensive"): CAMEO codes such acts with an empty target, as GDELT
    does. When the sentence names another actor the target was missed, and a guess would mislead."""
    if candidate.code[:2] not in _TARGET_REQUIRED_ROOTS:
        return True
    if not candidate.specific or is_agentless(candidate.source):
        return False
    if candidate.source.actor.country is None:
        return False
    source = candidate.source
    # the one who reports the act ("..., a military statement said") is no candidate target
    reporters = {
        token.i
        for verb in sent
        if verb.lemma_.lower() in context.cues.reporting_verbs
        for subject in verb.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for token in subject.subtree
    } | {  # "..., according to a United Nations report"
        token.i for word in sent if word.lower_ == "according" for token in word.subtree
    }
    return not any(
        sent.start <= mention.start < sent.end
        and mention.start not in reporters
        and not (source.start_char <= sent.doc[mention.start].idx < source.end_char)
        for mention in context.actors.mentions
    )


# ----------------------------------------------------------------------------------------------- verbs
def _verb_candidates(
    verb: Token, entry: VerbEntry, context: SentenceContext, requested: set[int]
) -> list[Candidate]:
    actors = context.actors
    sources = _first_actors(verb, entry.source_slots, actors)
    if not sources:
        unknown = agentless_source(verb, entry.code, actors)
        if unknown is None:
            return []
        sources = [unknown]
    code, action = refine_code(entry.code, verb, context.lexicon, context.requests)
    rule = entry.rule if code == entry.code else f"{entry.rule} ({code}: asks for/threatens {action})"
    if code == "010" and verb.lemma_.lower() == "claim" and _claims_own_force(verb, context):
        code, rule = "015", f"{rule} (claims its own attack: 015)"
    demanded: list[ResolvedActor] = []
    if code == "010":
        demanded = _demanded_of(verb, sources, context)
        if demanded:
            # "HRW said Sudanese authorities must ensure security": a demand made of them (100)
            code, rule = "100", f"{rule} (says another must act: 100)"
    if _labour_strike(verb, code, sources):
        code, rule = "143", f"{rule} (a strike by workers: 143)"
    predicate = verb
    readiness = verb.head
    if verb.dep_ == "xcomp" and readiness.lemma_.lower() in context.requests.readiness_words:
        intended = load_stated_policy().specific("intend", code) or intent_code(code, context.requests)
        if intended is not None:
            # "Kyiv was ready to meet": the news is the stated readiness (036), not a meeting
            code, rule, predicate = intended, f"{rule} (stated readiness: {intended})", readiness
    if action is not None:
        requested.update(t.i for t in action.subtree)
    if code[:2] in _ALLEGING_ROOTS or code[:2] == "17":
        # "accused Pakistani troops of violating the ceasefire", "arrested two men for collaborating with
        # the militants": the alleged act is not reported as fact
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                requested.update(
                    t.i for child in prep.children if child.dep_ == "pcomp" for t in child.subtree
                )
    targets: list[ResolvedActor] = list(demanded)
    for slot in () if targets else entry.target_slots:
        if slot == "none":
            break
        targets = [actor for token in follow(verb, slot) for actor in _target_actors(token, context)]
        if targets:
            break
    if not targets and action is not None:
        targets = _action_targets(action, context)
    if not targets:
        targets = _event_anaphor_targets(verb, context)
    each_other = any(obj.lower_ in ("other", "another") for obj in objects(verb))
    joint_act = code[:2] in _JOINT_ROOTS or code == "087"
    reciprocal = verb.lemma_.lower() in context.cues.reciprocal_verbs or each_other or joint_act
    if not targets and len(sources) >= 2 and reciprocal:
        # "Putin and Trump met", "Armenia and Azerbaijan accused each other": one event each way.
        return _reciprocal(predicate, code, rule, sources, nominal=False)
    if not targets and code[:2] in _VIOLENT_ROOTS:
        targets = _toll_targets(verb, context)  # "struck a wedding hall, killing nine guests"
    if not targets and code[:2] in _PLACE_TARGET_ROOTS:
        targets = _place_stand_in_targets(verb, sources, context, code)
    if is_agentless(sources[0]):
        if not targets:
            return []
        rule = f"{rule} ({AGENTLESS_RULE})"
    if code[:2] in _VIOLENT_ROOTS and _suicide(sources, verb.doc):
        code, rule = "1831", f"{rule} (suicide attack: 1831)"
    elif code in ("180", "190", "193", "194") and (bombed := bombing_code(verb)) is not None:
        code, rule = bombed, f"{rule} (a bombing: {bombed})"
    elif code[:2] == "19" and code in ("190", "193", "194") and _aerial(sources, verb.doc, context.cues):
        code, rule = "195", f"{rule} (aerial weapons: 195)"
    pairs = _pairs(predicate, code, rule, sources, targets, nominal=False)
    if verb.lemma_.lower() in context.cues.reciprocal_verbs and code[:2] in _MUTUAL_ROOTS:
        # "Putin met Schroeder": a meeting, a negotiation or a signing is an act of both parties
        pairs += _pairs(predicate, code, rule, targets, sources, nominal=False)
    return [replace(pair, specific=bool(entry.conditions)) for pair in pairs]


def _target_actors(token: Token, context: SentenceContext) -> list[ResolvedActor]:
    """Who an act is aimed at. When the object names an event of someone ("condemned the police
    killings of protesters", "complained about Russia's support of Syria's Assad"), the criticism or
    reply is aimed at its doer, named by the noun's possessive or modifier, not at its victims, or, failing
    those, by its by-phrase ("condemned the killing of protesters by Iran's police"), which the parser may
    hang on the verb ("condemned the crackdown on protesters by Georgian police"). A gerund the parser
    reads as a verb names the event as well ("the police beating of protesters")."""
    gerund = token.tag_ == "VBG" and token.dep_ in ("dobj", "pobj", "nsubjpass")
    if (token.pos_ == "NOUN" or gerund) and context.lexicon.match_noun(token) is not None:
        doers = [
            actor
            for child in token.children
            if child.dep_ in ("poss", "compound", "amod", "nmod")
            and child.lemma_.lower() not in context.cues.aerial_words  # "the missile strike": no doer
            for actor in context.actors.actors_at(child)
        ]
        if not doers:
            agents = prep_objects(token, "by")
            if not agents and token.dep_ == "dobj" and not is_passive(token.head):
                agents = prep_objects(token.head, "by")  # the by-phrase misattached to the verb
            doers = [actor for agent in agents for actor in context.actors.actors_at(agent)]
        if doers:
            return doers
    return context.actors.actors_at(token)


def _first_actors(verb: Token, slots: tuple[str, ...], actors: DocumentActors) -> list[ResolvedActor]:
    for slot in slots:
        tokens = follow(verb, slot)
        fronted = [f for token in tokens for f in _fronted_subjects(token)] if slot == "subj" else []
        if fronted:
            found = [actor for token in fronted if (actor := actors.resolve(token)) is not None]
        else:
            found = [actor for token in tokens for actor in actors.actors_at(token)]
        if found:
            return found
    return []


def _fronted_subjects(subject: Token) -> list[Token]:
    """'Meeting in Astana, Russia and Kazakhstan signed a pact': the parser hangs the real subjects on
    the fronted phrase's place as conjuncts; they, not the participle, are the subjects."""
    if subject.pos_ == "PROPN" or subject.tag_ not in ("NN", "VBG"):
        return []
    for prep in subject.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or not any(c.text == "," for c in pobj.children):
                continue
            conjuncts = [c for c in pobj.children if c.dep_ == "conj"]
            if conjuncts:
                return [conjuncts[0], *_conjunct_chain(conjuncts[0])]
    return []


def _conjunct_chain(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]


def _labour_strike(verb: Token, code: str, sources: list[ResolvedActor]) -> bool:
    """'Ghanaian nurses launched a strike': a strike by workers, doctors or students is labour action
    (143), not an air strike. A source outside the political sectors is the sign."""
    if code[:2] not in _VIOLENT_ROOTS or not any(o.lemma_.lower() == "strike" for o in objects(verb)):
        return False
    policy = load_policy()
    return all(s.actor.sector and s.actor.sector not in policy.political_sectors for s in sources)


def _action_targets(action: Token, context: SentenceContext) -> list[ResolvedActor]:
    """The party a requested or threatened action would affect: "threatened to impose tariffs on
    Mexico", "demanded that Belarus release ...", "threatened to recall its ambassador from France"."""
    actors = context.actors
    requester = {a.actor.country for token in subjects(action.head) for a in actors.actors_at(token)}
    if action.dep_ == "ccomp":
        found = [a for token in subjects(action) for a in actors.actors_at(token)]
        found = [a for a in found if a.actor.country not in requester]  # "warned that it would respond"
        if found:
            return found
    conditional = _conditional_subjects(action, actors)  # "...if the United States attacked"
    if conditional:
        return conditional
    entry = context.lexicon.match_verb(action) if action.pos_ in ("VERB", "AUX") else None
    slots = (
        entry.target_slots
        if entry
        else ("dobj", "prep:on", "prep:against", "prep:from", "prep:to", "prep:of")
    )
    for slot in slots:
        if slot == "none":
            continue
        found = [a for token in follow(action, slot) for a in actors.actors_at(token)]
        if found:
            return found
    for noun in objects(action):
        for preposition in ("on", "against", "to", "from", "with"):
            found = [a for token in prep_objects(noun, preposition) for a in actors.actors_at(token)]
            if found:
                return found
    return place_targets(action, context)  # "offered to send peacekeepers to Gaza"


def _event_anaphor_targets(verb: Token, context: SentenceContext) -> list[ResolvedActor]:
    """'Russia criticised the visit': a definite event noun as object points back to an event told
    before, and the act is aimed at whoever did it."""
    for noun in objects(verb):
        entry = context.lexicon.match_noun(noun)
        definite = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these") for c in noun.children
        )
        if entry is None or not definite:
            continue
        for earlier in reversed(context.history):
            if earlier.code[:2] == entry.code[:2]:
                return [earlier.source]
    return []


def _conditional_subjects(action: Token, actors: DocumentActors) -> list[ResolvedActor]:
    for clause in (*action.children, *action.head.children):
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
            return [a for token in subjects(clause) for a in actors.actors_at(token)]
    return []


def _place_stand_in_targets(
    predicate: Token, sources: list[ResolvedActor], context: SentenceContext, code: str
) -> list[ResolvedActor]:
    """A place stands in for the target when it lies outside the source's own state: "Erdogan met an
    envoy in Ankara" is not an act on Turkey. Coercion and force aimed at a place of one's own state
    ("imposed a curfew on Basra", "shelled Idlib") are acts on that state: the place is their object,
    not where they happened."""
    own = {source.actor.country for source in sources}
    found = []
    for target in place_targets(predicate, context):
        place = predicate.doc[target.head]
        aimed_at = place.dep_ == "dobj" or (
            place.dep_ == "pobj" and place.head.lower_ in ("on", "against", "at")
        )
        if target.actor.country not in own or (code[:2] in _TARGET_REQUIRED_ROOTS and aimed_at):
            found.append(target)
    return found


def _toll_targets(verb: Token, context: SentenceContext) -> list[ResolvedActor]:
    """The victims named by a toll participle after an attack with no actor as object: "a bomber
    struck a wedding hall, killing nine guests" is aimed at the guests."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            entry = context.lexicon.match_verb(child)
            if entry is not None and entry.code[:2] in _VIOLENT_ROOTS:
                found = [a for token in objects(child) for a in context.actors.actors_at(token)]
                if found:
                    return found
    return []


def _suicide(sources: list[ResolvedActor], doc: Doc) -> bool:
    """'A suicide bomber struck': the source phrase names a suicide attack."""
    return any(
        suicide_attack([doc[source.head], *doc[source.head].children])
        for source in sources
        if not is_agentless(source)
    )


def _aerial(sources: list[ResolvedActor], doc: Doc, cues: Cues) -> bool:
    """The source phrase names aircraft, drones or missiles: "Russian drones", "Thai F-16 jets"."""
    for source in sources:
        token = doc[source.head]
        words = {
            token.lower_,
            *(child.lower_ for child in token.children if child.dep_ in ("compound", "amod")),
        }
        if words & cues.aerial_words:
            return True
    return False


# ----------------------------------------------------------------------------------------------- nouns
def _noun_candidates(noun: Token, entry: NounEntry, context: SentenceContext) -> list[Candidate]:
    if _background_reference(noun, context.cues):
        return []
    actors = context.actors
    code = _noun_code(noun, entry, context.cues)
    sources: list[ResolvedActor] = []
    targets: list[ResolvedActor] = []
    for preposition in entry.target_preps:
        pobjs = prep_objects(noun, preposition)
        if not pobjs:
            continue
        resolved = [actor for token in pobjs for actor in actors.actors_at(token)]
        if preposition == "between" and len(resolved) < 2:
            resolved = _actors_in_subtree(pobjs, actors)
        if preposition == "between" and len(resolved) >= 2 and code != _MEDIATION:
            return _reciprocal(noun, code, entry.rule, resolved, nominal=True)
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
    if (
        not sources
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lemma_.lower() in context.cues.light_verbs
    ):
        sources = [actor for token in subjects(noun.head) for actor in actors.actors_at(token)]
    held_responsible = False
    if not sources:
        sources = _responsible_for(noun, actors)
        held_responsible = bool(sources)
    joint = (noun.lemma_.lower() in _JOINT_NOUNS or code[:2] in _JOINT_ROOTS or code == "087") and (
        code != _MEDIATION or not targets
    )
    if len(sources) >= 2 and not targets and joint:
        return _reciprocal(noun, code, entry.rule, sources, nominal=True)
    if not sources and joint:
        parties = _between_anywhere(noun, actors)  # "a deal to exchange prisoners between A and B"
        if len(parties) >= 2:
            return _reciprocal(noun, code, entry.rule, parties, nominal=True)
    if not sources and code == _MEDIATION and len(targets) >= 2:
        return _reciprocal(noun, code, entry.rule, targets, nominal=True)  # no mediator named
    if not sources:
        return []
    if not targets and code[:2] in _PLACE_TARGET_ROOTS:
        targets = _place_stand_in_targets(noun, sources, context, code)
    pairs = _pairs(noun, code, entry.rule, sources, targets, nominal=True)
    # "X is responsible for mass killings" names its doer as plainly as a verb would
    return [replace(pair, specific=True) for pair in pairs] if held_responsible else pairs


def _background_reference(noun: Token, cues: Cues) -> bool:
    """'met the emir during his visit to the Gulf': an act referred back to by a possessive pronoun, as
    the time of another act, names no new event in this sentence (the visit was reported when it was
    news); "during a visit by the Turkish president" still names one."""
    if noun.dep_ != "pobj" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    preposition = noun.head
    word = preposition.lower_
    if word == "of" and preposition.head.i != preposition.i:  # "ahead of his visit"
        word = preposition.head.lower_
    return word in cues.background_preps


def _between_anywhere(noun: Token, actors: DocumentActors) -> list[ResolvedActor]:
    for token in noun.subtree:
        if token.dep_ == "prep" and token.lower_ == "between":
            return _actors_in_subtree([p for p in token.children if p.dep_ == "pobj"], actors)
    return []


def _noun_code(noun: Token, entry: NounEntry, cues: Cues) -> str:
    """'air strikes' are aerial (195), a 'general strike' is labour action (143), a 'hunger strike' 142."""
    modifiers = {child.lower_ for child in noun.children if child.dep_ in ("compound", "amod", "nmod")}
    if noun.lemma_.lower() == "strike":
        if modifiers & cues.hunger_strike_words:
            return "142"
        if modifiers & cues.labour_strike_words:
            return "143"
    if entry.code[:2] == "19" and modifiers & cues.aerial_words:
        return "195"
    if noun.lemma_.lower() == "killing" and "mass" in modifiers:
        return "202"  # CAMEO 202: engage in mass killings
    for modifier in modifiers:  # a "sanctions package", "military aid", "an aid package"
        if entry.code[:2] == "07" and modifier in cues.aid_kinds:
            return cues.aid_kinds[modifier]
    if noun.lemma_.lower() == "package":
        named = [
            c
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("sanction", "aid")
        ]
        if named and named[0].lemma_.lower() == "sanction":
            return "163"
    return entry.code


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
    "the Putin-Trump meeting". An organisation before a meeting noun names the forum, not a party
    ("the G20 summit")."""
    found: list[ResolvedActor] = []
    target_actors = {t.actor for t in targets}
    joint = noun.lemma_.lower() in _JOINT_NOUNS
    for child in noun.children:
        if child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        for actor in (*actors.actors_at(child), *_hyphen_parts(child, actors)):
            if joint and actor.actor.country is None and child.dep_ != "poss":
                continue
            if actor.actor not in target_actors and all(actor.actor != f.actor for f in found):
                found.append(actor)
    return sorted(found, key=lambda a: a.start_char)


def _hyphen_parts(token: Token, actors: DocumentActors) -> list[ResolvedActor]:
    """'Putin-Trump' is parsed as a chain of compounds; collect the names inside it."""
    found = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "punct", "nmod") and child.text != "-":
            found.extend(actors.actors_at(child))
    return found


# ------------------------------------------------------------------------------------------- assembly
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
