"""Is an event political enough to code? At least one party must be a political actor.

CAMEO and PLOVER record political interactions. A state, a government and its institutions, armed
groups, parties, oppositions and organisations are political actors; companies, journalists, doctors,
civilians and people the text names without a role are not, unless they protest, strike, or take part
in violence (roots 14 and 17–20), which event data records whoever does it. The sector lists are data:
``coder/data/relevance.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.coder.actors import ORGANISATION_PREFIXES
from eventwire.coder.data_files import read_json
from eventwire.model import Actor


@dataclass(frozen=True, slots=True)
class RelevancePolicy:
    """Which sectors are political, and which CAMEO roots any placed actor may take part in."""

    political_sectors: frozenset[str]
    open_roots: frozenset[str]


@cache
def load_policy() -> RelevancePolicy:
    """The bundled policy (``coder/data/relevance.json``), read once per process."""
    raw = read_json("relevance.json")
    return RelevancePolicy(frozenset(raw["political_sectors"]), frozenset(raw["open_roots"]))


def political(actor: Actor | None, policy: RelevancePolicy | None = None) -> bool:
    """A state (a country code alone), an organisation, or a political sector (``RUSGOV``, ``---UAF``)."""
    if actor is None:
        return False
    policy = policy or load_policy()
    if actor.code.startswith(ORGANISATION_PREFIXES):
        return True
    if actor.sector is None:
        return actor.country is not None and actor.person is None
    return actor.sector in policy.political_sectors


def relevant(source: Actor, target: Actor | None, code: str) -> bool:
    """Whether an event between ``source`` and ``target`` with CAMEO ``code`` is political event data."""
    policy = load_policy()
    if political(source, policy) or political(target, policy):
        return True
    if any(code.startswith(open_code) for open_code in policy.open_roots):
        return source.country is not None or (target is not None and target.country is not None)
    return False
