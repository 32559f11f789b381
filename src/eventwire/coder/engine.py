"""The coder: parsed text in, event records out.

One pass per document: resolve actors, find coded predicates, then decide factuality and attribution,
resolve time and place, score confidence, and run the checks. Each step lives in its own module; this
one only orchestrates and assembles the ◆ event record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.coder.actors import DictionaryLookup, DocumentActors, ResolvedActor
from eventwire.coder.checks import stale_titles
from eventwire.coder.cues import Cues, load_cues
from eventwire.coder.factuality import Reading, read_factuality
from eventwire.coder.lexicon import Lexicon, load_lexicon
from eventwire.coder.mentions import surface_index
from eventwire.coder.predicates import Candidate, SentenceContext, find_candidates
from eventwire.coder.when_where import event_time, place_name
from eventwire.dictionaries import Dictionaries, DictionaryCoder, DictionaryMatch
from eventwire.geo import Gazetteer, find_dateline
from eventwire.knowledge import KnowledgeBase
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, Flag, Location
from eventwire.nlp import load_pipeline
from eventwire.ontology import CameoCode, cameo, is_cameo_code

_BATCH_SIZE = 32
_UNKNOWN_DATE = (
    "the article date is unknown: relative times are not resolved and roles are read as current; "
    "pass --date or give the input a date"
)


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
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.knowledge = knowledge if knowledge is not None else KnowledgeBase.default()
        self.lexicon: Lexicon = load_lexicon()
        self.cues: Cues = load_cues()
        self.min_confidence = min_confidence
        self.n_process = n_process
        self._index = surface_index(self.knowledge)
        self._gazetteer = Gazetteer.default()
        self._dictionary_coder = DictionaryCoder(Dictionaries.load(dictionaries)) if dictionaries else None

    # ------------------------------------------------------------------------------------------ faces
    def code(self, text: str, *, date: dt.date | str | None = None, doc_id: str = "doc") -> DocumentResult:
        """Code one text; ``date`` is the article date that relative times and roles are read against."""
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        return self.code_article(Article(id=doc_id, text=text, published=day))

    def code_article(self, article: Article) -> DocumentResult:
        return next(self.code_articles([article]))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]:
        """Code many articles, parsing them in batches (``nlp.pipe``) for throughput."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=_BATCH_SIZE, n_process=self.n_process
        ):
            yield self.code_doc(doc, article)

    def code_doc(self, doc: Doc, article: Article) -> DocumentResult:
        """Code an already parsed document (used by the spaCy component and batch workers)."""
        day = article.published
        dateline = find_dateline(doc.text)
        lookup: DictionaryLookup | None = None
        dictionary_coder = self._dictionary_coder
        if dictionary_coder is not None and not dictionary_coder.has_verbs():

            def lookup(token: Token) -> str | None:
                return dictionary_coder.actor_code(token, day)

        actors = DocumentActors(
            doc, self.knowledge, self._index, day, dateline.end if dateline else 0, dictionary=lookup
        )
        dateline_place = self._gazetteer.geocode(dateline.place) if dateline else None
        events: list[Event] = []
        use_dictionary_verbs = self._dictionary_coder is not None and self._dictionary_coder.has_verbs()
        context = SentenceContext(
            actors, self.lexicon, self.cues, self._locate, dateline_place.country if dateline_place else None
        )
        for number, sent in enumerate(doc.sents):
            if use_dictionary_verbs:
                assert self._dictionary_coder is not None
                matches = self._dictionary_coder.code_sentence(sent, day)
                events.extend(self._dictionary_event(article.id, number, sent, m, day) for m in matches)
                continue
            for candidate in find_candidates(sent, context):
                event = self._event(article.id, number, sent, candidate, actors, day, dateline_place)
                if event.confidence >= self.min_confidence and not _background(event, day):
                    events.append(event)
        flags: list[Flag] = stale_titles(actors.all_people(), doc, day)
        if day is None:
            flags.insert(0, Flag("unknown_date", _UNKNOWN_DATE))
        return DocumentResult(article.id, day, _deduplicate(events), flags, [], article)

    # --------------------------------------------------------------------------------------- assembly
    def _event(
        self,
        doc_id: str,
        number: int,
        sent: Span,
        candidate: Candidate,
        actors: DocumentActors,
        day: dt.date | None,
        dateline_place: Location | None,
    ) -> Event:
        reading = read_factuality(candidate.predicate, self.cues, nominal=candidate.nominal)
        factuality = reading.factuality
        attributed = self._attribution(reading, sent, actors)
        code = cameo(candidate.code)
        place = place_name(candidate.predicate, sent)
        location = self._gazetteer.geocode(place) if place else dateline_place
        rule = candidate.rule
        if reading.cue:
            rule += f"; {factuality} ({reading.cue})"
        return Event(
            doc_id=doc_id,
            sentence=number,
            source=candidate.source.actor,
            target=candidate.target.actor if candidate.target else None,
            cameo=code.code,
            cameo_name=code.name,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            plover=code.plover,
            plover_mode=code.plover_mode,
            factuality=factuality,
            attributed_to=attributed.actor if attributed else None,
            time=event_time(candidate.predicate, sent, day, factuality),
            location=location,
            evidence=_evidence(candidate, sent),
            rule=rule,
            confidence=_confidence(candidate, reading),
        )

    def _locate(self, place: str) -> str | None:
        """The country a place name lies in (cached by the gazetteer)."""
        for name in _place_variants(place):
            location = self._gazetteer.geocode(name)
            if location is not None:
                return location.country
        return None

    def _dictionary_event(
        self, doc_id: str, number: int, sent: Span, match: DictionaryMatch, day: dt.date | None
    ) -> Event:
        """An event coded by user dictionaries (CAMEO/PETRARCH format): their codes are taken as given."""
        verb = sent.doc[match.verb_index]
        reading = read_factuality(verb, self.cues, nominal=False)
        factuality = Factuality.NEGATED if match.negated else reading.factuality
        code = _code_or_placeholder(match.cameo)
        text = sent.doc.text[match.start_char : match.end_char]
        return Event(
            doc_id=doc_id,
            sentence=number,
            source=_dictionary_actor(match.source),
            target=_dictionary_actor(match.target) if match.target else None,
            cameo=match.cameo,
            cameo_name=code.name,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            plover=code.plover or None,
            plover_mode=code.plover_mode,
            factuality=factuality,
            attributed_to=None,
            time=event_time(verb, sent, day, factuality),
            location=None,
            evidence=Evidence(match.start_char, match.end_char, text),
            rule=match.rule,
            confidence=0.7 if match.target else 0.55,
        )

    def _attribution(self, reading: Reading, sent: Span, actors: DocumentActors) -> ResolvedActor | None:
        """The speaker: the subject of the reporting verb, else the object of "according to"."""
        if reading.reporter is not None:
            for child in reading.reporter.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found = actors.actors_at(child)
                    if found:
                        return found[0]
        for token in sent:
            if token.lower_ == "according":
                for pobj in (g for c in token.children if c.lower_ == "to" for g in c.children):
                    found = actors.actors_at(pobj)
                    if found:
                        return found[0]
        return None


_BACKGROUND_DAYS = 365
_REGION_WORDS = ("region", "province", "oblast", "state", "district", "governorate", "county", "area")


def _place_variants(place: str) -> list[str]:
    """'the Odesa region' is geocoded as 'Odesa' when the full phrase is unknown."""
    variants = [place]
    words = place.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in _REGION_WORDS:
        words = words[:-1]
    stripped = " ".join(words)
    if stripped and stripped != place:
        variants.append(stripped)
    return variants


def _background(event: Event, day: dt.date | None) -> bool:
    """An event dated well before the article ("fought a border war in 1962") is background, not news."""
    if day is None or event.time is None or event.time.end is None:
        return False
    return (day - event.time.end).days > _BACKGROUND_DAYS


def _dictionary_actor(code: str) -> Actor:
    """A dictionary actor is known only by its code: the first three letters are its country part."""
    country = code[:3] if len(code) >= 3 and not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
    sector = code[3:6] or None if country else None
    return Actor(code=code, name=code, country=country, sector=sector, person=None)


def _code_or_placeholder(code: str) -> CameoCode:
    """User dictionaries may use codes outside CAMEO 1.1b3 (PETRARCH's tests do): keep the code, say so,
    and give quad class 0 (no quad class) and Goldstein 0."""
    if is_cameo_code(code):
        return cameo(code)
    return CameoCode(code, "not in the CAMEO 1.1b3 codebook", 0.0, 0, code[:2], "", None)


def _evidence(candidate: Candidate, sent: Span) -> Evidence:
    """The smallest stretch of the sentence holding the predicate and both actors' names."""
    predicate = candidate.predicate
    starts = [predicate.idx, candidate.source.start_char]
    ends = [predicate.idx + len(predicate.text), candidate.source.end_char]
    if candidate.target is not None:
        starts.append(candidate.target.start_char)
        ends.append(candidate.target.end_char)
    start = max(min(starts), sent.start_char)
    end = min(max(ends), sent.end_char)
    return Evidence(start, end, sent.doc.text[start:end])


def _confidence(candidate: Candidate, reading: Reading) -> float:
    """A transparent score: verbs over nouns, resolved targets, knowledge-base actors, specific phrasings."""
    score = 0.55 if not candidate.nominal else 0.45
    if candidate.target is not None:
        score += 0.15
    if candidate.source.from_knowledge:
        score += 0.1
    if candidate.target is not None and candidate.target.from_knowledge:
        score += 0.05
    if "[" in candidate.rule:
        score += 0.05
    if (
        candidate.source.head != candidate.predicate.i
        and candidate.predicate.doc[candidate.source.head].pos_ == "PRON"
    ):
        score -= 0.1
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
        )
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    kept = set(map(id, best.values()))
    return [event for event in events if id(event) in kept]


__all__ = ["Coder", "Factuality"]
