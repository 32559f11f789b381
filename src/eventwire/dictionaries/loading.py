"""Load a set of PETRARCH dictionary files, telling their kind from the name or the content."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from eventwire.dictionaries.actors import ActorEntry, parse_actors
from eventwire.dictionaries.agents import AgentEntry, parse_agents
from eventwire.dictionaries.discards import DiscardEntry, parse_discards
from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.source_lines import content_lines
from eventwire.dictionaries.verbs import VerbDictionary, parse_verbs

_AGENT_CODE = re.compile(r"\[\s*~|~\s*\]")


class DictionaryKind(StrEnum):
    """The four PETRARCH dictionary formats."""

    ACTORS = "actors"
    AGENTS = "agents"
    VERBS = "verbs"
    DISCARDS = "discards"


def sniff_kind(path: Path, text: str) -> DictionaryKind:
    """Name first (``*.actors.txt``, ``agents``, ``verbs``, ``discards``), then content."""
    name = path.name.lower()
    for kind in DictionaryKind:
        if kind.value.rstrip("s") in name:
            return kind
    lines = [source.text for source in content_lines(text)]
    if any(line.startswith("---") and "[" in line for line in lines):
        return DictionaryKind.VERBS
    if any(_AGENT_CODE.search(line) for line in lines):
        return DictionaryKind.AGENTS
    if any("[" in line for line in lines):
        return DictionaryKind.ACTORS
    return DictionaryKind.DISCARDS


@dataclass(slots=True)
class Dictionaries:
    """Every entry of the loaded files, ready for :class:`~eventwire.dictionaries.coder.DictionaryCoder`."""

    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    verbs: VerbDictionary = field(default_factory=VerbDictionary)
    discards: list[DiscardEntry] = field(default_factory=list)

    @classmethod
    def load(cls, paths: Sequence[Path]) -> Dictionaries:
        """Read each file; raises :class:`DictionaryFormatError` naming the file and line at fault."""
        loaded = cls()
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8", errors="strict")
            except UnicodeDecodeError as error:
                raise DictionaryFormatError(path, 0, f"not UTF-8 text: {error}") from error
            except OSError as error:
                raise DictionaryFormatError(path, 0, f"cannot read: {error.strerror}") from error
            loaded.add(Path(path), text)
        return loaded

    def add(self, path: Path, text: str, kind: DictionaryKind | None = None) -> None:
        """Add one file's content (``kind`` sniffed when not given)."""
        match kind or sniff_kind(path, text):
            case DictionaryKind.ACTORS:
                self.actors.extend(parse_actors(text, path))
            case DictionaryKind.AGENTS:
                self.agents.extend(parse_agents(text, path))
            case DictionaryKind.VERBS:
                parse_verbs(text, path, into=self.verbs)
            case DictionaryKind.DISCARDS:
                self.discards.extend(parse_discards(text, path))
