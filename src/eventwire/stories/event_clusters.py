"""When two coded events are the same real-world event: the rule that makes GDELT-style counts.

An event reported by many articles is one event with many mentions. Two per-article events are the
same when they have the same CAMEO root and factuality, their actors agree (:func:`same_dyad`), and
they either come from the same story or fall within ``DATE_WINDOW_DAYS`` of each other.

Actors agree at the country level: one wire's "Nigerian schoolgirls" (``NGACVL``) and another's
"Nigerian students" (``NGAEDU``) are the same victims, and a report that names no target
("Boko Haram militants struck") does not split the event from one that does. Actors without a country
(``---UAF``, ``IGOUNO``) agree only when their codes are equal.

Sharing a material-conflict event (CAMEO roots 14-20, both sides named) also ties two reports into one
story (:func:`joins_story`): two wires rewriting one abduction in their own words are one story even
when their texts are too different for the near-duplicate test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DATE_WINDOW_DAYS = 1
_NO_STATE_PREFIXES = ("---", "IGO", "NGO", "IMG", "MNC")
"""CAMEO code prefixes of actors that are no state: unknown country and organisations."""
STORY_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
"""CAMEO roots of material conflict: a shared event of these ties its reports into one story."""


@dataclass(frozen=True, slots=True)
class ClusterKey:
    """What two events are compared on: directed dyad (CAMEO actor codes), CAMEO root, factuality.

    ``source_country`` / ``target_country`` are the ISO 3166-1 alpha-3 countries of the actors when
    known; left out, they are read from the codes (``NGAEDU`` → ``NGA``).
    """

    source_code: str | None
    target_code: str | None
    root: str
    factuality: str
    source_country: str | None = None
    target_country: str | None = None


def country_of(code: str | None, country: str | None = None) -> str | None:
    """The state an actor code belongs to: ``country`` when given, else the code's first three letters
    (``NGAEDU`` → ``NGA``); None for organisations and unknown countries (``IGOUNO``, ``---UAF``)."""
    if country:
        return country
    if code is None or len(code) < 3 or code.startswith(_NO_STATE_PREFIXES) or not code[:3].isalpha():
        return None
    return code[:3]


def same_actor(
    code: str | None, other_code: str | None, country: str | None = None, other_country: str | None = None
) -> bool:
    """Equal codes, or codes of the same state that differ only by sector (``NGA``, ``NGACVL``,
    ``NGAEDU``). Actors without a state agree only when their codes are equal."""
    if code == other_code:
        return True
    mine = country_of(code, country)
    return mine is not None and mine == country_of(other_code, other_country)


def same_dyad(key: ClusterKey, other: ClusterKey) -> bool:
    """Same root and factuality, sources that agree (:func:`same_actor`), and targets that agree or
    where one report names none."""
    if key.root != other.root or key.factuality != other.factuality:
        return False
    if not same_actor(key.source_code, other.source_code, key.source_country, other.source_country):
        return False
    if key.target_code is None or other.target_code is None:
        return True
    return same_actor(key.target_code, other.target_code, key.target_country, other.target_country)


def same_event(
    key: ClusterKey,
    date: dt.date | None,
    story_id: int | None,
    other_key: ClusterKey,
    other_date: dt.date | None,
    other_story_id: int | None,
) -> bool:
    """True when the two events should be counted as one (see the module docstring)."""
    if not same_dyad(key, other_key):
        return False
    if story_id is not None and story_id == other_story_id:
        return True
    if date is None or other_date is None:
        return False
    return abs((date - other_date).days) <= DATE_WINDOW_DAYS


def joins_story(key: ClusterKey) -> bool:
    """Whether an event shared by two articles makes them one story: material conflict (roots 14-20)
    between two named sides. Statements, meetings and one-sided acts are too common to tie stories."""
    return key.root in STORY_ROOTS and key.source_code is not None and key.target_code is not None
