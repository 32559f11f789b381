"""Parse CAMEO/PETRARCH actor dictionaries: names, ``+`` synonyms and date-restricted codes.

An entry is a phrase line (words joined by ``_`` or spaces), any ``+SYNONYM`` lines, and one or more
bracketed codes, on the phrase line or on indented lines after it. A code may carry a date restriction
(``[USAGOV >20170120]``, ``[USAGOV 20090120-20170120]``, ``[HOB <950601]``); a slash lists several actors
that the phrase stands for at once (``[FRO/BIL/SAM]``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.source_lines import content_lines, phrase_words

_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_DATE = r"\d{6}|\d{8}"
_RESTRICTION = re.compile(
    rf"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<bound>{_DATE})|(?P<start>{_DATE})\s*-\s*(?P<end>{_DATE}))?$"
)
_TWO_DIGIT_PIVOT = 30
"""Six-digit TABARI dates: ``YY`` below this is 20YY, otherwise 19YY."""


@dataclass(frozen=True, slots=True)
class DatedCode:
    """One code of an actor, valid from ``start`` to ``end`` (inclusive; ``None`` is open)."""

    codes: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor: every phrase that names it and its codes in file order."""

    names: tuple[tuple[str, ...], ...]
    codes: tuple[DatedCode, ...]
    line: int

    def codes_on(self, day: dt.date | None) -> tuple[str, ...]:
        """The codes in force on ``day``: the first matching dated code wins, else the undated one."""
        undated = [code for code in self.codes if not code.dated]
        if day is not None:
            for code in self.codes:
                if code.dated and code.covers(day):
                    return code.codes
            return undated[0].codes if undated else ()
        if undated:
            return undated[0].codes
        return self.codes[-1].codes if self.codes else ()


def parse_date(text: str) -> dt.date:
    """``YYYYMMDD`` or TABARI's ``YYMMDD``."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < _TWO_DIGIT_PIVOT else 1900
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(content: str, path: Path | str, line: int) -> DatedCode:
    """Read the inside of one ``[...]`` block."""
    match = _RESTRICTION.match(content.strip())
    if match is None:
        raise DictionaryFormatError(path, line, f"cannot read actor code [{content}]")
    codes = tuple(part for part in match["code"].upper().split("/") if part)
    try:
        if match["op"] == "<":
            return DatedCode(codes, None, parse_date(match["bound"]) - dt.timedelta(days=1))
        if match["op"] == ">":
            return DatedCode(codes, parse_date(match["bound"]) + dt.timedelta(days=1), None)
        if match["start"]:
            return DatedCode(codes, parse_date(match["start"]), parse_date(match["end"]))
    except ValueError as error:
        raise DictionaryFormatError(path, line, f"bad date in [{content}]: {error}") from error
    return DatedCode(codes)


def _split_codes(text: str, path: Path | str, line: int) -> tuple[str, list[DatedCode]]:
    codes = [parse_code(found.group(1), path, line) for found in _CODE_BLOCK.finditer(text)]
    rest = _CODE_BLOCK.sub(" ", text)
    if "[" in rest or "]" in rest:
        raise DictionaryFormatError(path, line, "unbalanced bracket")
    return rest.strip(), codes


def parse_actors(text: str, path: Path | str = "<actors>") -> list[ActorEntry]:
    """Parse an actor dictionary; raises :class:`DictionaryFormatError` naming file and line."""
    entries: list[ActorEntry] = []
    names: list[tuple[str, ...]] = []
    codes: list[DatedCode] = []
    start_line = 0

    def close() -> None:
        if names:
            entries.append(ActorEntry(tuple(names), tuple(codes), start_line))

    for source in content_lines(text):
        body, found = _split_codes(source.text, path, source.number)
        if source.text.startswith("+"):
            if not names:
                raise DictionaryFormatError(path, source.number, "synonym before any actor")
            words = phrase_words(body[1:])
            if not words:
                raise DictionaryFormatError(path, source.number, "empty synonym")
            names.append(words)
            codes.extend(found)
        elif source.indented and not body:
            if not names:
                raise DictionaryFormatError(path, source.number, "code line before any actor")
            codes.extend(found)
        else:
            close()
            words = phrase_words(body)
            if not words:
                raise DictionaryFormatError(path, source.number, "code without an actor phrase")
            names, codes, start_line = [words], list(found), source.number
    close()
    return entries
