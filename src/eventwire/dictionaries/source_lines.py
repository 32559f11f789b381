"""Read a dictionary file into numbered content lines, dropping the formats' comments.

All four PETRARCH formats share the same comment conventions: ``#`` to end of line and
``<!-- ... -->`` blocks that may span lines (one file spells the opener ``<! --``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_BLOCK_OPEN = re.compile(r"<!\s*--")


@dataclass(frozen=True, slots=True)
class SourceLine:
    """A line with comments removed; ``indented`` keeps the layout cue actor files rely on."""

    number: int
    text: str
    indented: bool


def content_lines(text: str) -> Iterator[SourceLine]:
    """Yield the non-blank lines of ``text`` without comments, 1-based numbers kept."""
    in_block = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if in_block:
            end = line.find("-->")
            if end < 0:
                continue
            line = " " * (end + 3) + line[end + 3 :]
            in_block = False
        while True:
            opener = _BLOCK_OPEN.search(line)
            if opener is None:
                break
            end = line.find("-->", opener.end())
            if end < 0:
                line = line[: opener.start()]
                in_block = True
                break
            line = line[: opener.start()] + " " * (end + 3 - opener.start()) + line[end + 3 :]
        line = _strip_hash_comment(line)
        if not line.strip():
            continue
        yield SourceLine(number, line.strip(), indented=line[:1] in (" ", "\t"))


def _strip_hash_comment(line: str) -> str:
    """Cut at the first ``#`` outside brackets: ``[###]`` is a code, not a comment."""
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:index]
    return line


def phrase_words(phrase: str) -> tuple[str, ...]:
    """Split a dictionary phrase on ``_`` and spaces into upper-case words (trailing ``_`` is a no-op)."""
    return tuple(word for word in re.split(r"[_\s]+", phrase.upper()) if word)
