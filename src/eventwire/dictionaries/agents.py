"""Parse CAMEO/PETRARCH agent dictionaries: role nouns that refine an actor's code.

``POLICE {} [~COP]`` appends ``COP`` to the actor code ("Gondor police" -> ``GONCOP``); ``[NGO~]``
prefixes it ("MSF Arnor" -> ``NGOARN``). Braces list explicit plurals (``{}`` means none); without
braces regular plurals are generated. ``!PERSON! = MAN, MEN`` defines a substitution used inside
phrases (``CONGRESS!PERSON!``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.source_lines import content_lines, phrase_words

_MACRO_DEFINITION = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", re.IGNORECASE)
_MACRO_USE = re.compile(r"![A-Z0-9_]+!", re.IGNORECASE)
_ENTRY = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")
_PREFIX_CODE = re.compile(r"^([A-Z0-9]+)~$")
_SUFFIX_CODE = re.compile(r"^~([A-Z0-9]+)$")


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A role phrase (all spellings, plurals included) and where its code goes."""

    names: tuple[tuple[str, ...], ...]
    code: str
    prefix: bool
    line: int


def plural(word: str) -> str:
    """Regular English plural of an upper-case word (``MINISTRY`` -> ``MINISTRIES``)."""
    if word.endswith(("MEN", "PEOPLE")):
        return word
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def _expand_macros(phrase: str, macros: dict[str, tuple[str, ...]], path: Path | str, line: int) -> list[str]:
    found = _MACRO_USE.search(phrase)
    if found is None:
        return [phrase]
    name = found.group(0).upper()
    if name not in macros:
        raise DictionaryFormatError(path, line, f"undefined substitution {name}")
    expanded: list[str] = []
    for value in macros[name]:
        expanded.extend(
            _expand_macros(phrase[: found.start()] + value + phrase[found.end() :], macros, path, line)
        )
    return expanded


def _parse_code(content: str, path: Path | str, line: int) -> tuple[str, bool]:
    code = content.replace(" ", "").upper()
    if found := _SUFFIX_CODE.match(code):
        return found.group(1), False
    if found := _PREFIX_CODE.match(code):
        return found.group(1), True
    raise DictionaryFormatError(path, line, f"agent code [{content}] needs a ~ before or after it")


def parse_agents(text: str, path: Path | str = "<agents>") -> list[AgentEntry]:
    """Parse an agent dictionary; raises :class:`DictionaryFormatError` naming file and line."""
    macros: dict[str, tuple[str, ...]] = {}
    entries: list[AgentEntry] = []
    for source in content_lines(text):
        if definition := _MACRO_DEFINITION.match(source.text):
            values = tuple(value.strip().upper() for value in definition.group(2).split(",") if value.strip())
            macros[definition.group(1).upper()] = values
            continue
        found = _ENTRY.match(source.text)
        if found is None:
            raise DictionaryFormatError(path, source.number, f"cannot read agent line {source.text!r}")
        code, prefix = _parse_code(found["code"], path, source.number)
        names: list[tuple[str, ...]] = []
        for phrase in _expand_macros(found["phrase"].upper(), macros, path, source.number):
            words = phrase_words(phrase)
            if not words:
                raise DictionaryFormatError(path, source.number, "empty agent phrase")
            names.append(words)
            if found["plurals"] is None:
                names.append((*words[:-1], plural(words[-1])))
        for explicit in (found["plurals"] or "").split():
            for phrase in _expand_macros(explicit.upper(), macros, path, source.number):
                names.append(phrase_words(phrase))
        entries.append(AgentEntry(tuple(dict.fromkeys(names)), code, prefix, source.number))
    return entries
