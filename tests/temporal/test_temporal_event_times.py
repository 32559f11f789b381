"""Times on coded events, through the public coder (article of 2025-08-07): ``time.text`` is the
document's own words, a past act's "this winter" is the winter gone, a planned act's the coming one, and
a time phrase never takes an event away."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder
from eventwire.model import Article, Event

D = dt.date
AUGUST = D(2025, 8, 7)
WINTER_2024 = (D(2024, 12, 1), D(2025, 2, 28))
WINTER_2025 = (D(2025, 12, 1), D(2026, 2, 28))


def _events(coder: Coder, text: str) -> list[Event]:
    return coder.code_article(Article(id="times", text=text, published=AUGUST)).events


def _span(event: Event) -> tuple[dt.date | None, dt.date | None] | None:
    return None if event.time is None else (event.time.start, event.time.end)


# (sentence, CAMEO code, the time phrase as written)
QUOTED = [
    ("Iran condemned Israel on Monday.", "111", "Monday"),  # a line the truecaser lowers
    ("Turkey Condemned Greece On Tuesday.", "111", "Tuesday"),
    ("Egypt criticised Israel in March.", "111", "March"),
    ("Israel struck Gaza this winter.", "190", "this winter"),
    ("Russia will meet Ukraine next week.", "040", "next week"),
]


@pytest.mark.parametrize(("sentence", "cameo", "phrase"), QUOTED, ids=[q[2] for q in QUOTED])
def test_time_text_is_the_documents_own_words(coder: Coder, sentence: str, cameo: str, phrase: str) -> None:
    """``time.text`` is evidence: the exact characters of the document, case included, inside the
    event's sentence (the parser may see a title-case line lowered)."""
    text = f"It was a long day. {sentence}"
    events = [e for e in _events(coder, text) if e.cameo == cameo and e.time is not None]
    assert events, sentence
    for event in events:
        assert event.time is not None
        assert event.time.text == phrase
        start = text.index(sentence) + sentence.index(phrase)
        assert text[start : start + len(event.time.text)] == event.time.text


def test_past_act_this_winter_is_the_winter_gone(coder: Coder) -> None:
    [event] = [e for e in _events(coder, "Israel struck Gaza this winter.") if e.cameo == "190"]
    assert _span(event) == WINTER_2024


def test_planned_act_this_winter_is_the_coming_winter(coder: Coder) -> None:
    """The agreed act is still to come: its infinitive's season is the coming one (036 both ways)."""
    text = "Iran and the United States agreed to resume talks this winter."
    spans = {(e.source.code, e.cameo): _span(e) for e in _events(coder, text)}
    assert spans == {("IRN", "036"): WINTER_2025, ("USA", "036"): WINTER_2025}


def test_agreement_to_meet_next_week_is_dated_next_week(coder: Coder) -> None:
    text = "Iran and the United States agreed to resume talks next week."
    spans = {_span(e) for e in _events(coder, text) if e.cameo == "036"}
    assert spans == {(D(2025, 8, 11), D(2025, 8, 17))}


@pytest.mark.parametrize(
    "phrase", ["this spring", "this summer", "this winter", "last winter", "in the autumn"]
)
def test_a_time_phrase_never_takes_the_event_away(coder: Coder, phrase: str) -> None:
    """The act without the phrase and with it is the same event; only its time differs."""
    bare = {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in _events(coder, "Russia attacked Ukraine.")
    }
    timed = _events(coder, f"Russia attacked Ukraine {phrase}.")
    assert {(e.source.code, e.target.code if e.target else None, e.cameo) for e in timed} == bare
    assert all(e.time is not None and e.time.start is not None and e.time.start <= AUGUST for e in timed)


def test_attack_on_an_untagged_city_survives_its_time_phrase(coder: Coder) -> None:
    """spaCy tags no entity on 'Kharkiv' before a DATE: the place is still the attack's target."""
    events = _events(coder, "Russian forces attacked Kharkiv this spring.")
    assert [(e.cameo, _span(e)) for e in events] == [("190", (D(2025, 3, 1), D(2025, 5, 31)))]


def test_a_season_the_model_leaves_untagged_dates_the_act(coder: Coder) -> None:
    """spaCy tags no DATE on "in the autumn"; the season is still read (the one gone, for a past act)."""
    [event] = _events(coder, "Russia attacked Ukraine in the autumn.")
    assert _span(event) == (D(2024, 9, 1), D(2024, 11, 30))
    assert event.time is not None and event.time.text == "the autumn"


def test_the_fall_of_a_city_is_no_season(coder: Coder) -> None:
    events = _events(coder, "Russia attacked Ukraine after the fall of Bakhmut.")
    assert events and all(e.time is None for e in events)
