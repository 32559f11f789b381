"""PLOVER event types, their modes and the context vocabulary, as POLECAT uses them.

PLOVER keeps CAMEO's broad categories and moves the 3-/4-digit detail into a ``mode`` (how) and
``context`` (about what); the data lives in ``plover.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from eventwire.ontology._data import read_json

PLOVER_FILE = "plover.json"


@dataclass(frozen=True, slots=True)
class PloverType:
    """One PLOVER event type with its allowed modes (empty when PLOVER defines none)."""

    name: str
    description: str
    modes: tuple[str, ...]
    quad_class: int


@cache
def plover_types() -> Mapping[str, PloverType]:
    """All PLOVER event types by name, in the order of the spec (cooperation to conflict)."""
    raw = read_json(PLOVER_FILE)["types"]
    types = {
        name: PloverType(
            name=name,
            description=str(entry["description"]),
            modes=tuple(entry["modes"]),
            quad_class=int(entry["quad_class"]),
        )
        for name, entry in raw.items()
    }
    return MappingProxyType(types)


@cache
def plover_mode_descriptions(name: str) -> Mapping[str, str]:
    """What each mode of one PLOVER type means; raises KeyError for an unknown type."""
    entry = read_json(PLOVER_FILE)["types"][name]
    return MappingProxyType({mode: str(text) for mode, text in entry["modes"].items()})


@cache
def plover_contexts() -> tuple[str, ...]:
    """PLOVER's context vocabulary: what an event is about (economic, military, election, ...)."""
    return tuple(str(context) for context in read_json(PLOVER_FILE)["contexts"])
