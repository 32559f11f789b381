"""Attach a time to an event: the time expression governing its predicate, read against the article date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Span, Token

from eventwire.model import Factuality, TimeSpan
from eventwire.temporal import resolve_time
from eventwire.temporal.lexicon import calendar

_TIME_LABELS = frozenset({"DATE", "TIME"})
_SPAN_PREPS = frozenset({"since", "until", "till", "by", "before", "after"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "xcomp", "pcomp"})
"""Heads of a clause of their own: a time inside one dates that clause's verb, not the predicate above it
("arrested a journalist who had exposed a land deal in 2018": 2018 dates the exposing)."""
_WEEKDAY_CUES = frozenset({"on", "late", "early", "last", "next", "this", "by", "since", "until"})
_PART_WORDS = frozenset({"late", "early"})
_SEASON_CUES = frozenset({"the", "this", "last", "next", "coming", "past", "early", "late", "mid"})
"""Words before a season noun the model leaves untagged ("in the autumn"): with one, it names a time."""
_FAR = 100


def event_time(
    predicate: Token,
    sent: Span,
    day: dt.date | None,
    factuality: Factuality,
    text: str | None = None,
) -> TimeSpan | None:
    """The time expression governing the predicate, resolved against the article date.

    Takes the date attached to the predicate ("met on Thursday", "may meet next week") or inside its
    clause; a date elsewhere in the sentence, or inside a clause of its own below the predicate (a
    relative or adverbial clause), does not date the act. The to-infinitive an intent or agreement
    governs is the act it plans ("agreed to resume talks this winter"): its time dates the event, read
    as future. Without an article date nothing can be resolved. An asserted past act is never dated after
    the article date.

    ``text`` is the document as written, at the parsed document's character offsets (the parser may
    see a title-case line lowered): ``time.text`` quotes it, so the evidence is the document's own words.
    """
    if day is None:
        return None
    tense = "future" if factuality in (Factuality.PLANNED, Factuality.POSSIBLE) else "past"
    if predicate.tag_ in ("VBP", "VBZ") and factuality is Factuality.ASSERTED:
        tense = "present"
    # an event noun takes the time of the clause that reports it ("Since early 2022, Russia's invasion
    # of Ukraine has reshaped ..."): its governing verb is an anchor too
    anchors = [predicate]
    if predicate.pos_ in ("NOUN", "PROPN"):
        governor = predicate.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.pos_ in ("VERB", "AUX"):
            anchors.append(governor)
    best: tuple[int, Span] | None = None
    for ent in time_expressions(sent):
        for anchor in anchors:
            distance = _distance(ent, anchor)
            if ent.root.i not in {t.i for t in anchor.subtree} and ent.root.head.i != anchor.i:
                distance += _FAR
            if best is None or distance < best[0]:
                best = (distance, ent)
    if best is None or best[0] >= _FAR:
        return None  # a date elsewhere in the sentence ("winter preparations") does not date this act
    ent = best[1]
    if any(_planned_clause(ent, anchor) for anchor in anchors):
        tense = "future"  # "agreed to resume talks this winter": the coming winter
    start_char, end_char = ent.start_char, ent.end_char
    governor = ent.root.head
    if governor.dep_ == "prep" and governor.lower_ in _SPAN_PREPS and governor.i == ent.start - 1:
        start_char = governor.idx  # "since early 2022" is a range up to the article date
    written = text if text is not None and len(text) >= end_char else sent.doc.text
    found = resolve_time(written[start_char:end_char], day, tense=tense)  # type: ignore[arg-type]
    done = tense == "past" and factuality is Factuality.ASSERTED
    if done and found is not None and found.start is not None and found.start > day:
        return None  # an act reported as done cannot lie after the day it was reported
    return found


def time_expressions(sent: Span) -> Iterator[Span]:
    """The sentence's time expressions: spaCy's DATE and TIME entities, widened to the weekday they hang
    on ("Sun 9am"), plus weekdays the model misses, often abbreviated ("on Tues.", "Thurs", "late Sun"),
    and seasons it misses ("in the autumn"; not "the fall of Kabul")."""
    covered: set[int] = set()
    weekdays = calendar().weekdays
    for ent in sent.ents:
        if ent.label_ not in _TIME_LABELS:
            continue
        head = ent.root.head
        if ent.start > sent.start and head.i == ent.start - 1 and _is_weekday(head, weekdays):
            ent = sent.doc[head.i : ent.end]  # "Sun 9am": the clock time hangs on the weekday
        covered.update(range(ent.start, ent.end))
        yield ent
    for token in sent:
        if token.i in covered or not _is_weekday(token, weekdays):
            continue
        before = token.doc[token.i - 1] if token.i > sent.start else None
        after = token.doc[token.i + 1] if token.i + 1 < sent.end else None
        clock = after is not None and after.ent_type_ == "TIME"
        if not clock and (before is None or before.lower_ not in _WEEKDAY_CUES):
            continue  # "The Sun reported": a weekday only where a date would stand
        start = before.i if before is not None and before.lower_ in _PART_WORDS else token.i
        end = token.i + 1
        while clock and end < sent.end and token.doc[end].ent_type_ == "TIME":
            end += 1
        covered.update(range(start, end))
        yield token.doc[start:end]
    yield from _untagged_seasons(sent, covered)


def _untagged_seasons(sent: Span, covered: set[int]) -> Iterator[Span]:
    """Season nouns outside any entity, with the words before them that say which one ("last winter")."""
    seasons = calendar().seasons
    for token in sent:
        if token.i in covered or token.pos_ != "NOUN" or token.text not in seasons:
            continue
        if token.dep_ in ("compound", "amod"):
            continue  # "winter preparations": a kind of thing, not a time
        after = token.doc[token.i + 1] if token.i + 1 < sent.end else None
        if after is not None and after.lower_ == "of":
            continue  # "the fall of Kabul"
        start = token.i
        while start > sent.start and token.doc[start - 1].lower_ in _SEASON_CUES:
            start -= 1
        if start == token.i:
            continue  # "spring rains", "a summer camp": no determiner, no time
        yield token.doc[start : token.i + 1]


def _is_weekday(token: Token, weekdays: dict[str, int]) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in weekdays


def _distance(ent: Span, predicate: Token) -> int:
    """Path length from the entity's root up to the predicate (or a large number). Crossing the head
    of another clause on the way ("who had exposed ... in 2018") puts the time out of reach, except the
    to-infinitive the predicate itself governs (the planned act of "agreed to resume talks next week")."""
    token = ent.root
    for steps in range(8):
        if token.i == predicate.i:
            return steps
        if token.head.i == token.i:
            break
        crossing = steps > 0 and token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")
        if crossing and not (token.head.i == predicate.i and _is_infinitive(token)):
            return _FAR + 50
        token = token.head
    return 50


def _planned_clause(ent: Span, predicate: Token) -> bool:
    """Whether the time hangs in a to-infinitive the predicate governs ("agreed to meet next week")."""
    token = ent.root
    while token.head.i != token.i and token.head.i != predicate.i:
        token = token.head
    return token.head.i == predicate.i and token.i != predicate.i and _is_infinitive(token)


def _is_infinitive(verb: Token) -> bool:
    """An xcomp verb with its own "to" ("to resume"): an act still to come."""
    return (
        verb.dep_ == "xcomp"
        and verb.pos_ in ("VERB", "AUX")
        and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)
    )
