"""The coder: parsed text in, event records out.

One pass per document: resolve actors, find coded predicates, then decide factuality and attribution,
resolve time and place, score confidence, and run the checks. Each step lives in its own module; this
one only orchestrates and assembles the ◆ event record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypedDict

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.coder.actors import DictionaryLookup, DocumentActors, ResolvedActor, actor_from_code
from eventwire.coder.agentless import is_agentless
from eventwire.coder.arguments import subjects
from eventwire.coder.backoff import Backoff
from eventwire.coder.checks import stale_titles
from eventwire.coder.chunking import code_pieces, parse_pieces, split_article, split_articles
from eventwire.coder.cues import Cues, load_cues
from eventwire.coder.domain import context_terms, document_domain
from eventwire.coder.factuality import Reading, read_factuality
from eventwire.coder.lexicon import Lexicon, load_lexicon
from eventwire.coder.localise import with_country
from eventwire.coder.mentions import surface_index
from eventwire.coder.places import LOCATIVE_PREPS, event_places, place_variants
from eventwire.coder.predicates import BACKOFF_RULE, Candidate, SentenceContext, find_candidates
from eventwire.coder.requests import load_requests
from eventwire.coder.speech_acts import load_policy as load_stated_policy
from eventwire.coder.speech_acts import stated_act
from eventwire.coder.when_where import event_time
from eventwire.dictionaries import Dictionaries, DictionaryCoder, DictionaryMatch
from eventwire.geo import Gazetteer, find_dateline
from eventwire.knowledge import KnowledgeBase
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, Flag, Location
from eventwire.nlp import load_pipeline
from eventwire.ontology import CameoCode, cameo, is_cameo_code
from eventwire.truecase import Truecaser

_BATCH_SIZE = 32
_BACKGROUND_DAYS = 365
_PHYSICAL_ROOTS = frozenset({"04", "14", "15", "17", "18", "19", "20"})
"""Acts whose object can be where they happen (a visited capital, a shelled town)."""
UNSETTLED_PLACE_PENALTY = 0.05
"""Confidence taken off an event whose place is a unit several countries share ("Punjab") that neither
the dateline nor the document's main country settles: the place is recorded in the rule, not guessed."""
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
"""Sectors that speak for the state: a ministry may announce what the army will do."""
_UNKNOWN_DATE = (
    "the article date is unknown: relative times are not resolved and roles are read as current; "
    "pass --date or give the input a date"
)


@dataclass(slots=True)
class _Document:
    """What every event of one document is assembled from."""

    article: Article
    text: str
    day: dt.date | None
    actors: DocumentActors
    context: SentenceContext
    dateline_place: Location | None
    country_hint: str | None = None
    """The dateline's country, else the country the document names most: it settles a place name
    shared by several countries ("Punjab") that the gazetteer alone leaves unresolved."""


class Coder:
    """Codes articles into events. Load once, reuse: the model, lexicons and knowledge base are shared.

    >>> coder = Coder()                                                    # doctest: +SKIP
    >>> result = coder.code("Putin may meet Trump next week.", date=dt.date(2025, 8, 7))  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        dictionaries: Sequence[Path] = (),
        min_confidence: float = 0.0,
        knowledge: KnowledgeBase | None = None,
        nlp: Language | None = None,
        n_process: int = 1,
        statements: bool = True,
    ) -> None:
        """``statements=False`` leaves CAMEO 01 public statements out, for PLOVER-style data (PLOVER has
        no statement type); everything else is coded the same."""
        self.statements = statements
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.knowledge = knowledge if knowledge is not None else KnowledgeBase.default()
        self.lexicon: Lexicon = load_lexicon()
        self.cues: Cues = load_cues()
        self.min_confidence = min_confidence
        self.n_process = n_process
        self._index = surface_index(self.knowledge)
        self._gazetteer = Gazetteer.default()
        self._places: dict[tuple[str, str | None], Location | None] = {}
        self._dictionary_coder = DictionaryCoder(Dictionaries.load(dictionaries)) if dictionaries else None
        self._backoff = Backoff.load(self.lexicon)
        self._requests = load_requests()
        self._stated_policy = load_stated_policy()
        self._context_terms = context_terms(self.knowledge)
        self._truecase = Truecaser(self.nlp, _names(self.knowledge), self._is_place)

    # ------------------------------------------------------------------------------------------ faces
    def code(
        self, text: str, *, date: dt.date | dt.datetime | str | None = None, doc_id: str = "doc"
    ) -> DocumentResult:
        """Code one text; ``date`` is the article date that relative times and roles are read against."""
        if isinstance(date, str):
            day: dt.date | None = dt.date.fromisoformat(date)
        elif isinstance(date, dt.datetime):
            day = date.date()
        else:
            day = date
        return self.code_article(Article(id=doc_id, text=text, published=day))

    def code_article(self, article: Article) -> DocumentResult:
        """Code one article (parsed here, in this process: no worker pool for a single text); a long
        one in windows (``chunking``)."""
        parsed = ((self.nlp(self._truecase(piece.text)), piece) for piece in split_article(article))
        return next(code_pieces(parsed, self.code_doc))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]:
        """Code many articles, parsing them in batches (``nlp.pipe``) for throughput; long ones in
        windows (``chunking``), so any length costs time linear in it and bounded memory."""
        pairs = ((self._truecase(piece.text), piece) for piece in split_articles(articles))
        parsed = parse_pieces(self.nlp, pairs, _BATCH_SIZE, self.n_process)
        yield from code_pieces(parsed, self.code_doc)

    def code_doc(self, doc: Doc, article: Article) -> DocumentResult:
        """Code an already parsed document (used by the spaCy component and batch workers)."""
        document = self._document(doc, article)
        events: list[Event] = []
        dictionary = self._dictionary_coder
        for number, sent in enumerate(doc.sents):
            if dictionary is not None and dictionary.has_verbs():
                matches = dictionary.code_sentence(sent, document.day)
                events.extend(self._dictionary_event(document, number, sent, m) for m in matches)
                continue
            events.extend(self._sentence_events(document, number, sent))
        flags: list[Flag] = stale_titles(document.actors.all_people(), document.text, document.day)
        if document.day is None:
            flags.insert(0, Flag("unknown_date", _UNKNOWN_DATE))
        return DocumentResult(article.id, document.day, _deduplicate(events), flags, [], article)

    def _sentence_events(self, document: _Document, number: int, sent: Span) -> list[Event]:
        """The events of one sentence: each coded act, and the speech act its modality makes ("said it
        would free the prisoners": an intent, 035), which replaces the speaker's bare 010 "said"."""
        according_to = _according_to(sent, document.actors)
        candidates = find_candidates(sent, document.context)
        document.context.history.extend(candidates)
        coded: list[tuple[int, Event]] = []
        restated: set[int] = set()
        for candidate in candidates:
            reading = read_factuality(candidate.predicate, self.cues, nominal=candidate.nominal)
            event = self._event(document, number, sent, candidate, according_to, reading)
            if not self._wanted(event, document.day):
                continue
            coded.append((candidate.predicate.i, event))
            stated = self._stated_event(document, sent, candidate, reading, event)
            if stated is not None and self._wanted(stated, document.day):
                coded.append((candidate.predicate.i, stated))
                restated.add(reading.reporter.i if reading.reporter is not None else -1)
        return [
            event
            for predicate, event in coded
            if not (predicate in restated and (event.cameo.startswith("01") or event.cameo == "100"))
        ]

    def _stated_event(
        self, document: _Document, sent: Span, candidate: Candidate, reading: Reading, event: Event
    ) -> Event | None:
        """The intent, refusal, threat or demand a modal act states (see :mod:`speech_acts`), or None."""
        act = stated_act(
            candidate.code, reading, self._requests, self._stated_policy, nominal=candidate.nominal
        )
        if act is None or is_agentless(candidate.source) or not _said_of_subject(candidate):
            return None
        speaker = self._speaker(reading, document)
        if speaker is not None and speaker.actor.country is None:
            if act.by_speaker:
                speaker = None  # "the defence minister said": an unplaced official speaks for the doer
            else:
                speaker = with_country(speaker, document.context.default_country, document.context)
        if act.by_speaker:
            if speaker is not None and not _same_side(speaker.actor, candidate.source.actor):
                return None  # "Ethiopia said the WFP will deliver food": Ethiopia states no intent of its own
            # "Lavrov said Russia would retaliate": the speaker makes the threat, for his state
            source, target = speaker or candidate.source, candidate.target
        else:
            if speaker is None or _same_side(speaker.actor, candidate.source.actor):
                return None
            source, target = speaker, candidate.source
        code = cameo(act.code)
        said = reading.reporter if reading.reporter is not None else candidate.predicate
        start = max(min(event.evidence.start, source.start_char, said.idx), sent.start_char)
        end = event.evidence.end
        return replace(
            event,
            source=_mentioned(source, document.text),
            target=_mentioned(target, document.text) if target is not None else None,
            **_code_fields(code),
            factuality=Factuality.ASSERTED,
            attributed_to=None,
            time=event_time(said, sent, document.day, Factuality.ASSERTED, document.text),
            evidence=Evidence(start, end, document.text[start:end]),
            rule=f"{candidate.rule}; stated {act.kind} ({act.cue}): {act.code}",
            confidence=max(0.05, event.confidence - 0.05),
        )

    def _wanted(self, event: Event, day: dt.date | None) -> bool:
        """Confident enough, news rather than background, and a statement only when asked for."""
        if not self.statements and event.cameo.startswith("01"):
            return False
        return event.confidence >= self.min_confidence and not _background(event, day)

    # --------------------------------------------------------------------------------------- assembly
    def _document(self, doc: Doc, article: Article) -> _Document:
        day = article.published
        text = doc.text  # built once: spaCy joins the tokens on every access
        if len(article.text) == len(text):
            text = article.text  # a headline parsed in sentence case is quoted as written
        dateline = find_dateline(text)
        lookup: DictionaryLookup | None = None
        dictionary = self._dictionary_coder
        if dictionary is not None and not dictionary.has_verbs():

            def lookup(token: Token) -> str | None:
                return dictionary.actor_code(token, day)

        actors = DocumentActors(
            doc, self.knowledge, self._index, day, dateline.end if dateline else 0, dictionary=lookup
        )
        dateline_place = self._geocode(dateline.place) if dateline else None
        default_country = dateline_place.country if dateline_place else None
        main_country = actors.main_country()
        hint = default_country or main_country

        def locate(place: str) -> str | None:
            location = self._geocode(place, hint)
            return location.country if location else None

        context = SentenceContext(
            actors,
            self.lexicon,
            self.cues,
            locate,
            default_country,
            main_country=main_country,
            backoff=self._backoff,
            domain=document_domain(doc, actors.mentions, self._context_terms),
        )
        return _Document(article, text, day, actors, context, dateline_place, hint)

    def _event(
        self,
        document: _Document,
        number: int,
        sent: Span,
        candidate: Candidate,
        according_to: ResolvedActor | None,
        reading: Reading,
    ) -> Event:
        factuality = reading.factuality
        attributed = self._speaker(reading, document) or according_to
        if attributed is not None and attributed.actor.country is None:
            attributed = with_country(attributed, document.context.default_country, document.context)
        code = cameo(candidate.code)
        rule = candidate.rule
        if reading.cue:
            rule += f"; {factuality} ({reading.cue})"
        location = self._location(candidate.predicate, candidate.code, document)
        confidence = _confidence(candidate)
        unsettled = self._unsettled_place(candidate, document) if location is None else None
        if unsettled is not None:
            rule += f"; place {unsettled[0]!r} ambiguous ({'|'.join(unsettled[1])}): not located"
            confidence -= UNSETTLED_PLACE_PENALTY
        return Event(
            doc_id=document.article.id,
            sentence=number,
            source=_mentioned(candidate.source, document.text),
            target=_mentioned(candidate.target, document.text) if candidate.target else None,
            **_code_fields(code),
            factuality=factuality,
            attributed_to=_mentioned(attributed, document.text) if attributed else None,
            time=event_time(candidate.predicate, sent, document.day, factuality, document.text),
            location=location,
            evidence=_evidence(candidate, sent, document.text),
            rule=rule,
            confidence=confidence,
        )

    def _dictionary_event(
        self, document: _Document, number: int, sent: Span, match: DictionaryMatch
    ) -> Event:
        """An event coded by user dictionaries (CAMEO/PETRARCH format): their codes are taken as given."""
        verb = sent.doc[match.verb_index]
        reading = read_factuality(verb, self.cues, nominal=False)
        factuality = Factuality.NEGATED if match.negated else reading.factuality
        code = _code_or_placeholder(match.cameo)
        return Event(
            doc_id=document.article.id,
            sentence=number,
            source=actor_from_code(match.source),
            target=actor_from_code(match.target) if match.target else None,
            **_code_fields(code),
            factuality=factuality,
            attributed_to=None,
            time=event_time(verb, sent, document.day, factuality, document.text),
            location=None,
            evidence=Evidence(
                match.start_char, match.end_char, document.text[match.start_char : match.end_char]
            ),
            rule=match.rule,
            confidence=0.7 if match.target else 0.55,
        )

    def _speaker(self, reading: Reading, document: _Document) -> ResolvedActor | None:
        """The subject of the reporting verb whose complement holds the event ("Polyanskiy said ...")."""
        if reading.reporter is None:
            return None
        for child in reading.reporter.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = document.actors.actors_at(child)
                if found:
                    return found[0]
        return None

    def _location(self, predicate: Token, code: str, document: _Document) -> Location | None:
        """Where the act happened: a place in its locative phrases, the place a visit or an attack is
        aimed at ("visited Kyiv", "shelled Kharkiv"), else the dateline."""
        actors = document.actors
        physical = code[:2] in _PHYSICAL_ROOTS
        for span in event_places(predicate, actors.entities, actors.is_person, physical=physical):
            location = self._geocode(span.text, document.country_hint)
            if location is not None:
                return location
        return document.dateline_place

    def _unsettled_place(
        self, candidate: Candidate, document: _Document
    ) -> tuple[str, tuple[str, ...]] | None:
        """The place of the act ("in Punjab", even when the parser took it for a nationality) and its
        countries, when it is a unit several countries share (IND, PAK) that neither the dateline nor the
        document's main country settles; else None."""
        for token in candidate.predicate.subtree:
            if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
                continue
            phrase = token.doc[token.left_edge.i : token.i + 1].text
            for name in place_variants(phrase):
                countries = self._gazetteer.shared_unit_countries(name)
                if countries and document.country_hint not in countries:
                    return phrase, countries
        return None

    def _geocode(self, place: str, hint: str | None = None) -> Location | None:
        """A place name geocoded offline ("the Odesa region" falls back to "Odesa"); cached per coder.
        ``hint`` (ISO-3) is used only when the name alone is left unresolved (a unit several countries
        share): it never moves a well-known place ("Paris") to a namesake in the hinted country."""
        found = self._geocode_cached(place, None)
        if found is None and hint is not None:
            found = self._geocode_cached(place, hint)
        return found

    def _geocode_cached(self, place: str, hint: str | None) -> Location | None:
        """The first variant of ``place`` the gazetteer resolves (with ``hint``), cached per coder."""
        key = (place, hint)
        if key not in self._places:
            self._places[key] = next(
                (
                    hit
                    for name in place_variants(place)
                    if (hit := self._gazetteer.geocode(name, country_hint=hint)) is not None
                ),
                None,
            )
        return self._places[key]

    def _is_place(self, word: str) -> bool:
        """A lowercased word that the gazetteer knows as a place ("connecticut")."""
        return self._gazetteer.geocode(word.title()) is not None


def _names(knowledge: KnowledgeBase) -> list[str]:
    """The knowledge base's names of states, people, organisations and places (normal form)."""
    kinds = {"country", "country_adjective", "demonym", "person", "organisation", "metonym"}
    return [
        form
        for form, denotations in knowledge.surface_forms().items()
        if any(d.kind in kinds for d in denotations)
    ]


def _mentioned(resolved: ResolvedActor, text: str) -> Actor:
    """The actor with the words it was read from (``mention``: character offsets into ``text``)."""
    start, end = resolved.start_char, resolved.end_char
    if end <= start:
        return resolved.actor
    return replace(resolved.actor, mention=Evidence(start, end, text[start:end]))


def _said_of_subject(candidate: Candidate) -> bool:
    """Whether the act's source is its subject (``arguments.subjects``, which climbs through a
    controlling verb: "Sikorski plans to travel"): "Erdogan will not meet al-Sharaa" is Erdogan's
    refusal, not al-Sharaa's (the meeting is coded both ways, the refusal once)."""
    token = candidate.predicate.doc[candidate.source.head]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Indonesia and Australia will sign": both are subjects
    return any(subject.i == token.i for subject in subjects(candidate.predicate))


class _CodeFields(TypedDict):
    """The fields of the ◆ event record that its CAMEO code determines."""

    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


def _code_fields(code: CameoCode) -> _CodeFields:
    return _CodeFields(
        cameo=code.code,
        cameo_name=code.name,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        plover=code.plover,
        plover_mode=code.plover_mode,
    )


def _same_side(speaker: Actor, doer: Actor) -> bool:
    """Whether a speaker speaks for the doer of an act: the same actor, or one state's voice about that
    state ("Sikorski told reporters Poland will deliver"). An unknown country (``---``) is no match."""
    if speaker.code == doer.code:
        return True
    if speaker.country is None or speaker.country != doer.country:
        return False
    return doer.sector is None or (speaker.sector in _STATE_SECTORS and doer.sector in _STATE_SECTORS)


def _according_to(sent: Span, actors: DocumentActors) -> ResolvedActor | None:
    """The source named by "according to X" in the sentence, if any (computed once per sentence)."""
    for token in sent:
        if token.lower_ == "according":
            for pobj in (g for c in token.children if c.lower_ == "to" for g in c.children):
                found = actors.actors_at(pobj)
                if found:
                    return found[0]
    return None


def _background(event: Event, day: dt.date | None) -> bool:
    """An event dated well before the article ("fought a border war in 1962") is background, not news."""
    if day is None or event.time is None or event.time.end is None:
        return False
    return (day - event.time.end).days > _BACKGROUND_DAYS


def _code_or_placeholder(code: str) -> CameoCode:
    """User dictionaries may use codes outside CAMEO 1.1b3 (PETRARCH's tests do): keep the code, say so,
    and give quad class 0 (no quad class) and Goldstein 0."""
    if is_cameo_code(code):
        return cameo(code)
    return CameoCode(code, "not in the CAMEO 1.1b3 codebook", 0.0, 0, code[:2], "", None)


def _evidence(candidate: Candidate, sent: Span, text: str) -> Evidence:
    """The smallest stretch of the sentence holding the predicate and both actors' names."""
    predicate = candidate.predicate
    starts = [predicate.idx, candidate.source.start_char]
    ends = [predicate.idx + len(predicate.text), candidate.source.end_char]
    if candidate.target is not None:
        starts.append(candidate.target.start_char)
        ends.append(candidate.target.end_char)
    start = max(min(starts), sent.start_char)
    end = min(max(ends), sent.end_char)
    return Evidence(start, end, text[start:end])


def _confidence(candidate: Candidate) -> float:
    """A transparent score: verbs over nouns, resolved targets, knowledge-base actors, specific phrasings,
    and less for actors reached through a pronoun."""
    score = 0.55 if not candidate.nominal else 0.45
    if candidate.target is not None:
        score += 0.15
    if candidate.source.from_knowledge:
        score += 0.1
    if candidate.target is not None and candidate.target.from_knowledge:
        score += 0.05
    if candidate.specific:
        score += 0.05
    if candidate.predicate.doc[candidate.source.head].pos_ == "PRON":
        score -= 0.1
    if candidate.rule.startswith(BACKOFF_RULE):
        score -= 0.2  # the lexicon did not know the predicate: read by its nearest phrasing
    return max(0.05, min(0.99, score))


def _deduplicate(events: list[Event]) -> list[Event]:
    """One event per (sentence, source, target, code, factuality): keep the most confident reading."""
    best: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (
            event.sentence,
            event.source.code,
            event.source.person,
            event.target.code if event.target else None,
            event.target.person if event.target else None,
            event.cameo,
            event.factuality,
        )
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    kept = set(map(id, best.values()))
    return [event for event in events if id(event) in kept]
