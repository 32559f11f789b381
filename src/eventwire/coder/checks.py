"""Checks of what the text says against the knowledge base: titles that contradict the dated roles.

"former U.S. President Donald Trump" on 2025-08-07 is stale (he took office again on 2025-01-20);
"President Joe Biden" on 2025-08-07 is stale the other way. Only offices the person has held at some
time are checked the second way, so an incomplete record never produces a false alarm.

A "former" title is checked even when the knowledge base reads the phrase as a whole ("former President"
is CAMEO's ELI sector, not an office) and without a nationality word: the words before the name are
matched against the offices the person has held.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.coder.actors import ResolvedActor
from eventwire.model import Evidence, Flag


def stale_titles(people: list[ResolvedActor], text: str, day: dt.date | None) -> list[Flag]:
    """One ``stale_title`` flag per contradicting title, with the evidence span of the title and name."""
    if day is None:
        return []
    flags: list[Flag] = []
    for resolved in people:
        person = resolved.person
        if person is None:
            continue
        for title in resolved.titles:
            holds = person.held(title.office, title.country, day)
            office = title.office.replace("_", " ")
            if title.former and holds:
                problem = f"called former {office} but holds that office on {day}"
            elif not title.former and not holds and _ever_held(resolved, title.office, title.country):
                problem = f"called {office} but does not hold that office on {day}"
            else:
                continue
            start = min(title.start_char, resolved.start_char)
            end = max(title.end_char, resolved.head_end)  # title and name, not trailing phrases
            flags.append(_flag(resolved, problem, text, start, end))
        if not any(title.former for title in resolved.titles):
            flags.extend(_former_in_words(resolved, text, day))
    return flags


_FORMER = r"\b(?:former|ex-|ex )"
_MAX_GAP = 40
"""Characters allowed between "former" and the office: "former U.S. President", "ex-British Prime"."""


def _former_in_words(resolved: ResolvedActor, text: str, day: dt.date) -> list[Flag]:
    """ "former President Donald Trump" when the phrase carries no office title: the words before the
    name say "former" and name an office the person holds on ``day``."""
    person = resolved.person
    assert person is not None
    end = resolved.head_end if resolved.head_end > resolved.start_char else resolved.end_char
    words = text[resolved.start_char : end]
    for office in dict.fromkeys(role.office for role in person.roles):
        name = re.escape(office.replace("_", " ")).replace(r"\ ", r"[\s-]+")
        match = re.search(rf"{_FORMER}[^,;:()]{{0,{_MAX_GAP}}}?\b{name}\b", words, re.IGNORECASE)
        if match is None or not person.held(office, None, day):
            continue
        start = resolved.start_char + match.start()
        problem = f"called former {office.replace('_', ' ')} but holds that office on {day}"
        return [_flag(resolved, problem, text, start, end)]
    return []


def _flag(resolved: ResolvedActor, problem: str, text: str, start: int, end: int) -> Flag:
    """A ``stale_title`` flag on ``text[start:end]`` (the title and the name)."""
    assert resolved.person is not None
    evidence = text[start:end]
    return Flag(
        kind="stale_title",
        message=f"{resolved.person.name}: {problem}",
        actor=resolved.actor,
        title=evidence,
        evidence=Evidence(start, end, evidence),
    )


def _ever_held(resolved: ResolvedActor, office: str, country: str | None) -> bool:
    assert resolved.person is not None
    return any(
        role.office == office and (country is None or role.country == country)
        for role in resolved.person.roles
    )
