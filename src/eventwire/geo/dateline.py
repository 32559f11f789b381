"""Find the dateline that opens wire copy: "MOSCOW, Aug 7 (Reuters) -", "KYIV, Ukraine (AP) —", "LAGOS:".

The dateline says where the story was filed, which is the best default place for events that name none.
Only the first few lines are searched, because a capitalised word and a dash deep in the body is prose.
The colon form ("LAGOS: Police fired ...", common in African and South Asian papers) looks like a
label ("UPDATE:", "NATO:"), so it counts only when the gazetteer knows the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventwire.temporal.lexicon import calendar

SEARCH_LINES = 6
SEARCH_CHARS = 600


@dataclass(frozen=True, slots=True)
class Dateline:
    """A story's dateline. ``place`` is as written (with any ", Ukraine" qualifier); ``end`` is the offset
    in the text where the story body starts, after the separator."""

    place: str
    date_text: str | None
    agency: str | None
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The dateline in the first lines of ``text``, or None when the story has none."""
    if not isinstance(text, str):
        return None
    head = text[:SEARCH_CHARS]
    offset = 0
    for line_number, line in enumerate(head.splitlines(keepends=True)):
        if line_number >= SEARCH_LINES:
            break
        for pattern in _patterns():
            match = pattern.match(line)
            if match is not None and (pattern is not _patterns()[-1] or _known_place(match)):
                agency, qualifier = match.groupdict().get("agency"), match.group("qualifier")
                place = " ".join(match.group("place").split())
                return Dateline(
                    place=f"{place}, {qualifier}" if qualifier else place,
                    date_text=match.groupdict().get("date"),
                    agency=agency.strip() if agency else None,
                    end=offset + match.end(),
                )
        offset += len(line)
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """All-capitals places may stand alone before the dash; mixed-case ones need an agency in brackets."""
    months = calendar().month_re
    caps_word = r"[A-Z][A-Z'’.\-]*[A-Z.]"
    caps_place = rf"{caps_word}(?:[ /]{caps_word})*"
    title_place = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}"
    qualifier = r"(?!(?i:" + months + r")\.? \d)[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*){0,2}"
    date = rf"(?P<date>(?i:(?:{months})\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} (?:{months})\.?(?: \d{{4}})?))"
    agency = r"\((?P<agency>[^()\n]{1,40})\)"
    separator = r"(?:-{1,2}|—|–)"
    lead = r"[ \t\ufeff]*"
    tail = rf"(?:, (?P<qualifier>{qualifier}))?(?:,? {date})?"
    return (
        re.compile(rf"{lead}(?P<place>{caps_place}){tail}(?:[ \t]+{agency})?[ \t]+{separator}(?=\s|$)\s*"),
        re.compile(rf"{lead}(?P<place>{title_place}){tail}[ \t]*{agency}[ \t]*{separator}\s*"),
        re.compile(rf"{lead}(?P<place>{caps_place})(?:, (?P<qualifier>{qualifier}))?:[ \t]+(?=[A-Z\"“‘'])"),
    )


_LABELS = frozenset(
    {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL",
     "CORRECTION", "FACTBOX", "EXPLAINER", "VIDEO", "PHOTOS", "REFILE", "INSIGHT", "NOTE", "SUMMARY",
     "ARTICLE", "TITLE", "HEADLINE", "SOURCE", "URL", "DATE", "BY", "WARNING", "ALERT", "FLASH", "URGENT"}
)  # fmt: skip


def _known_place(match: re.Match[str]) -> bool:
    """A colon dateline's place must be a place the gazetteer knows, not a label or an acronym."""
    from eventwire.geo.gazetteer import Gazetteer  # the gazetteer is only needed for this rare form

    place = " ".join(match.group("place").split())
    if place.rstrip(".") in _LABELS or len(place.replace(".", "")) < 3:
        return False
    qualifier = match.group("qualifier")
    return Gazetteer.default().geocode(f"{place}, {qualifier}" if qualifier else place) is not None
