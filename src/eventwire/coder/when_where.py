"""Attach a time to an event: the time expression governing its predicate, read against the article date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from eventwire.model import Factuality, TimeSpan
from eventwire.temporal import resolve_time

_TIME_LABELS = frozenset({"DATE", "TIME"})
_SPAN_PREPS = frozenset({"since", "until", "till", "by", "before", "after"})


def event_time(predicate: Token, sent: Span, day: dt.date | None, factuality: Factuality) -> TimeSpan | None:
    """The time expression governing the predicate, resolved against the article date.

    Takes the date attached to the predicate ("met on Thursday", "may meet next week") or inside its
    clause; a date elsewhere in the sentence does not date the act. Without an article date nothing can
    be resolved.
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
    for ent in sent.ents:
        if ent.label_ not in _TIME_LABELS:
            continue
        for anchor in anchors:
            distance = _distance(ent, anchor)
            if ent.root.i not in {t.i for t in anchor.subtree} and ent.root.head.i != anchor.i:
                distance += 100
            if best is None or distance < best[0]:
                best = (distance, ent)
    if best is None or best[0] >= 100:
        return None  # a date elsewhere in the sentence ("winter preparations") does not date this act
    ent = best[1]
    text = ent.text
    governor = ent.root.head
    if governor.dep_ == "prep" and governor.lower_ in _SPAN_PREPS and governor.i == ent.start - 1:
        text = f"{governor.text} {text}"  # "since early 2022" is a range up to the article date
    return resolve_time(text, day, tense=tense)  # type: ignore[arg-type]


def _distance(ent: Span, predicate: Token) -> int:
    """Path length from the entity's root up to the predicate (or a large number)."""
    token = ent.root
    for steps in range(8):
        if token.i == predicate.i:
            return steps
        if token.head.i == token.i:
            break
        token = token.head
    return 50
