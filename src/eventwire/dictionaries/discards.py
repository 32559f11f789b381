"""Parse CAMEO/PETRARCH discard lists: phrases that mark a sentence (or, with ``+``, a story) as off-topic."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.source_lines import content_lines, phrase_words


@dataclass(frozen=True, slots=True)
class DiscardEntry:
    """A phrase whose presence drops the sentence, or the whole story when ``story`` is set."""

    words: tuple[str, ...]
    story: bool
    line: int


def parse_discards(text: str, path: Path | str = "<discards>") -> list[DiscardEntry]:
    """Parse a discard list; raises :class:`DictionaryFormatError` naming file and line."""
    entries: list[DiscardEntry] = []
    for source in content_lines(text):
        story = source.text.startswith("+")
        words = phrase_words(source.text[1:] if story else source.text)
        if not words or "[" in source.text:
            raise DictionaryFormatError(path, source.number, f"cannot read discard line {source.text!r}")
        entries.append(DiscardEntry(words, story, source.number))
    return entries
