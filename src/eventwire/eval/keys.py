"""Match keys: what makes a predicted event "the same" as a gold event, at two levels of strictness.

The full key (source code, target code, CAMEO code) is PETRARCH's own test; the country/root key
(source country, target country, CAMEO root) forgives role codes and sub-codes, which is what most
dyadic analyses aggregate to anyway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from eventwire.eval.records import GoldEvent
from eventwire.model import Actor, Event


class FullKey(NamedTuple):
    source: str | None
    target: str | None
    code: str

    def __str__(self) -> str:
        return f"{self.source or '-'}/{self.target or '-'}/{self.code}"


class CountryRootKey(NamedTuple):
    source: str | None
    target: str | None
    root: str


@dataclass(frozen=True, slots=True)
class _ScoringTables:
    non_country_prefixes: tuple[str, ...]
    quad_class_by_root: dict[str, int]
    quad_class_names: dict[int, str]
    plover_aliases: dict[str, frozenset[str]]


@cache
def _tables() -> _ScoringTables:
    raw = json.loads(resources.files("eventwire.eval").joinpath("scoring_tables.json").read_text("utf-8"))
    return _ScoringTables(
        non_country_prefixes=tuple(raw["non_country_prefixes"]),
        quad_class_by_root={str(root): int(quad) for root, quad in raw["quad_class_by_root"].items()},
        quad_class_names={int(quad): str(name) for quad, name in raw["quad_class_names"].items()},
        plover_aliases={str(old): frozenset(new) for old, new in raw["plover_aliases"].items()},
    )


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root ("036" → "03", "1011" → "10")."""
    return code[:2]


def quad_class(root: str) -> int | None:
    """Quad class 1–4 of a CAMEO root, or None for codes outside the CAMEO roots 01–20."""
    return _tables().quad_class_by_root.get(root)


def quad_class_name(quad: int) -> str:
    """Human name of a quad class ("verbal cooperation"), for report tables."""
    return _tables().quad_class_names.get(quad, str(quad))


def plover_matches(gold: str) -> frozenset[str]:
    """The PLOVER types a coded event may carry to match gold type ``gold`` (itself, or its alias's)."""
    return _tables().plover_aliases.get(gold, frozenset((gold,)))


def country_of_code(code: str | None) -> str | None:
    """The country part of an actor code: its first 3 letters, except IGO/NGO/IMG/MNC codes stay whole."""
    if code is None:
        return None
    if code.startswith(_tables().non_country_prefixes):
        return code
    return code[:3]


def country_of_actor(actor: Actor | None) -> str | None:
    """A predicted actor's country: its ``country`` field when the coder set it, else read off its code."""
    if actor is None:
        return None
    return actor.country or country_of_code(actor.code)


def gold_full_key(event: GoldEvent) -> FullKey:
    return FullKey(event.source, event.target, event.code)


def predicted_full_key(event: Event) -> FullKey:
    return FullKey(event.source.code, event.target.code if event.target else None, event.cameo)


def gold_country_root_key(event: GoldEvent) -> CountryRootKey:
    return CountryRootKey(
        country_of_code(event.source), country_of_code(event.target), cameo_root(event.code)
    )


def predicted_country_root_key(event: Event) -> CountryRootKey:
    return CountryRootKey(
        country_of_actor(event.source), country_of_actor(event.target), cameo_root(event.cameo)
    )
