"""Parse CAMEO/PETRARCH verb dictionaries: synsets, verb blocks and their patterns.

A block opens with ``--- NAME [code] ---``; verb lines follow (``BREAK {BROKE BROKEN}``, a multi-word
``+BREAK_DOWN`` or ``WIRE_+TAP`` whose ``+`` marks the inflected word, optionally with their own
``[code]``), then pattern lines ``- WORDS * WORDS [code]``. In patterns ``*`` is the verb, ``$`` the
source, ``+`` the target, ``%`` a compound actor, ``^`` skips a noun phrase, ``&NAME`` a synset; words
joined by ``_`` must be adjacent, words separated by spaces may have others between them.
A code ``[ab:cd]`` also codes the reverse event (target to source) with ``cd``; ``[---]`` codes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.source_lines import content_lines, phrase_words

_HEADER = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*(?P<codes>(?:\[[^\]]*\]\s*)*)(?:---)?\s*$")
_CODES = re.compile(r"\[([^\]]*)\]")
_VERB_LINE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN_LINE = re.compile(r"^-\s*(?P<body>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*$")
_UNSUPPORTED = set("{}()|")
NULL_CODE = "---"


class ElementKind(StrEnum):
    """What one pattern element matches."""

    WORD = "word"
    SYNSET = "synset"
    VERB = "verb"
    SOURCE = "source"
    TARGET = "target"
    COMPOUND = "compound"
    SKIP = "skip"


_MARKERS = {
    "*": ElementKind.VERB,
    "$": ElementKind.SOURCE,
    "+": ElementKind.TARGET,
    "%": ElementKind.COMPOUND,
    "^": ElementKind.SKIP,
}


@dataclass(frozen=True, slots=True)
class PatternElement:
    """One element; ``joined_next`` when an ``_`` ties it to the element after it."""

    kind: ElementKind
    value: str = ""
    joined_next: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A pattern line: elements before the verb, after it, and the code it yields."""

    before: tuple[PatternElement, ...]
    verb_joined_next: bool
    after: tuple[PatternElement, ...]
    code: str
    line: int
    text: str

    @property
    def weight(self) -> int:
        """How specific the pattern is: more literal elements beat fewer."""
        return sum(1 for element in (*self.before, *self.after) if element.kind is not ElementKind.SKIP)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb (possibly multi-word) with every inflected form it is matched by."""

    forms: tuple[tuple[str, ...], ...]
    head: int
    """Index of the inflected word inside each form."""
    code: str | None
    block: int
    line: int


@dataclass(slots=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its default code and the patterns all its verbs share."""

    name: str
    code: str
    line: int
    origin: str
    """File name, so a coded event can say which dictionary line fired."""
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass(slots=True)
class VerbDictionary:
    """Everything in one or more verb files."""

    blocks: list[VerbBlock] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)


def regular_forms(word: str) -> tuple[str, ...]:
    """The regular -s, -ed and -ing forms PETRARCH generates for a verb."""
    consonant_y = word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU"
    if consonant_y:
        third = word[:-1] + "IES"
    elif word.endswith(("S", "X", "Z", "CH", "SH", "O")):
        third = word + "ES"
    else:
        third = word + "S"
    past = word + "D" if word.endswith("E") else (word[:-1] + "IED" if consonant_y else word + "ED")
    if word.endswith("IE"):
        gerund = word[:-2] + "YING"
    elif word.endswith("E") and not word.endswith("EE") and len(word) > 2:
        gerund = word[:-1] + "ING"
    else:
        gerund = word + "ING"
    return (word, third, past, gerund)


def _verb_words(phrase: str) -> tuple[tuple[str, ...], int]:
    raw = [part for part in re.split(r"[_\s]+", phrase.strip().upper()) if part]
    head = next((index for index, part in enumerate(raw) if part.startswith("+")), 0)
    return tuple(part.lstrip("+") for part in raw), head


def parse_pattern(body: str, code: str, path: Path | str, line: int) -> VerbPattern:
    """Read a pattern body such as ``+ WAS_ * TO_ ^ FROM $``."""
    if _UNSUPPORTED & set(body):
        raise DictionaryFormatError(path, line, f"unsupported pattern syntax in {body!r}")
    elements: list[PatternElement] = []
    for chunk in body.split():
        parts = chunk.split("_")
        for index, part in enumerate(parts):
            if not part:
                continue
            joined = index < len(parts) - 1
            upper = part.upper()
            if upper in _MARKERS:
                elements.append(PatternElement(_MARKERS[upper], upper, joined))
            elif upper.startswith("&"):
                elements.append(PatternElement(ElementKind.SYNSET, upper[1:], joined))
            else:
                elements.append(PatternElement(ElementKind.WORD, upper, joined))
    verbs = [index for index, element in enumerate(elements) if element.kind is ElementKind.VERB]
    if len(verbs) != 1:
        raise DictionaryFormatError(path, line, f"pattern needs exactly one '*': {body!r}")
    at = verbs[0]
    return VerbPattern(
        tuple(elements[:at]), elements[at].joined_next, tuple(elements[at + 1 :]), code, line, body
    )


def _code(content: str, path: Path | str, line: int) -> str:
    code = content.strip().upper()
    if not code or " " in code:
        raise DictionaryFormatError(path, line, f"bad event code [{content}]")
    return code


def parse_verbs(
    text: str, path: Path | str = "<verbs>", into: VerbDictionary | None = None
) -> VerbDictionary:
    """Parse a verb dictionary; raises :class:`DictionaryFormatError` naming file and line."""
    result = into if into is not None else VerbDictionary()
    synset: list[tuple[str, ...]] | None = None
    block: VerbBlock | None = None
    for source in content_lines(text):
        line, number = source.text, source.number
        if line.startswith("---"):
            header = _HEADER.match(line)
            codes = _CODES.findall(line)
            if header is None or not codes:
                raise DictionaryFormatError(path, number, f"cannot read verb block header {line!r}")
            block = VerbBlock(header["name"].strip(), _code(codes[0], path, number), number, Path(path).name)
            result.blocks.append(block)
            synset = None
        elif line.startswith("&"):
            name = line[1:].split()[0].rstrip("_").upper() if line[1:].split() else ""
            if not name:
                raise DictionaryFormatError(path, number, "synset without a name")
            synset = result.synsets.setdefault(name, [])
            block = None
        elif line.startswith("+") and synset is not None:
            member = line[1:].strip().upper()
            if member.startswith("&"):
                synset.append((member.rstrip("_"),))
            else:
                words = phrase_words(member)
                if not words:
                    raise DictionaryFormatError(path, number, "empty synset member")
                synset.append(words)
        elif line.startswith("-"):
            if block is None:
                raise DictionaryFormatError(path, number, "pattern outside a verb block")
            found = _PATTERN_LINE.match(line)
            if found is None:
                raise DictionaryFormatError(path, number, f"pattern needs a [code]: {line!r}")
            code = _code(found["code"], path, number)
            block.patterns.append(parse_pattern(found["body"], code, path, number))
        else:
            if block is None:
                raise DictionaryFormatError(path, number, f"verb outside a block: {line!r}")
            found = _VERB_LINE.match(line)
            if found is None:
                raise DictionaryFormatError(path, number, f"cannot read verb line {line!r}")
            words, head = _verb_words(found["phrase"])
            forms: list[tuple[str, ...]] = [
                (*words[:head], form, *words[head + 1 :]) for form in regular_forms(words[head])
            ]
            for explicit in (found["forms"] or "").split():
                explicit_words, _ = _verb_words(explicit)
                if len(explicit_words) != len(words):
                    raise DictionaryFormatError(path, number, f"form {explicit!r} differs in length")
                forms.append(explicit_words)
            own_code = _code(found["code"], path, number) if found["code"] else None
            block.verbs.append(
                VerbEntry(tuple(dict.fromkeys(forms)), head, own_code, len(result.blocks) - 1, number)
            )
    return result
