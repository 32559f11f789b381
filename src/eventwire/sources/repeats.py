"""Blocks of text a page repeats verbatim (a template or scraping fault) are read once.

A scraped story that carries the same sentence five times reports one event, not five mentions of it
(mediacloud/backend#705). Later copies of a sentence or line of at least ``MIN_REPEAT_WORDS`` words
are blanked: every character but line breaks becomes a space, so the text keeps its length and every
character offset into it (the ◆ event record's evidence and mentions) still points at the same words.
Short lines that legitimately recur ("Reporting by ...", "Updated") are left alone.
"""

from __future__ import annotations

import re

MIN_REPEAT_WORDS = 8
"""A block shorter than this many words may recur in a real story; longer verbatim repeats do not."""
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n")
"""Where a block ends: after a sentence's final stop (and closing quotes or brackets), or a line break."""
_BLANKABLE = re.compile(r"[^\n]")


def blank_repeated_blocks(text: str) -> str:
    """``text`` with the second and later verbatim copies of each long block replaced by spaces.

    Blocks are compared with whitespace collapsed. Shape: ``len(result) == len(text)``, and line breaks
    stay where they were. Linear in the length of the text.
    """
    seen: set[str] = set()
    pieces: list[str] = []
    start = 0
    changed = False
    for boundary in (*_BOUNDARY.finditer(text), None):
        end = boundary.end() if boundary is not None else len(text)
        if end <= start:
            continue
        piece = text[start:end]
        words = piece.split()
        key = " ".join(words)
        if len(words) >= MIN_REPEAT_WORDS and key in seen:
            piece = _BLANKABLE.sub(" ", piece)
            changed = True
        else:
            seen.add(key)
        pieces.append(piece)
        start = end
    return "".join(pieces) if changed else text
