"""Factuality and attribution cue words (data file ``cues.json``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.coder.data_files import read_json


@dataclass(frozen=True, slots=True)
class Cues:
    """Word lists that signal modality, negation, intent, conditionals and reported speech."""

    possible_modals: frozenset[str]
    planned_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    negators: frozenset[str]
    intent_verbs: frozenset[str]
    possible_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    negating_particles: dict[str, str]
    hypothetical_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    possible_nouns: frozenset[str]
    planned_nouns: frozenset[str]
    negating_nouns: frozenset[str]
    evidence_nouns: frozenset[str]
    possible_adjectives: frozenset[str]
    planned_adjectives: frozenset[str]
    negated_adjectives: frozenset[str]
    future_time_words: frozenset[str]
    light_verbs: frozenset[str]
    location_preps: frozenset[str]
    reciprocal_verbs: frozenset[str]
    aerial_words: frozenset[str]
    labour_strike_words: frozenset[str]
    hunger_strike_words: frozenset[str]
    purpose_marks: frozenset[str]
    non_actor_heads: frozenset[str]
    anaphor_nouns: frozenset[str]
    member_nouns: frozenset[str]
    aid_kinds: dict[str, str]
    charged_acts: dict[str, str]
    """Verb → the act's own code, for verbs coded by the charge they make ("arrested for spying": 1125)."""
    background_preps: frozenset[str]
    """Prepositions of time ("during", "after", "ahead of") that make "his visit" the time of another act."""
    proper_legislatures: frozenset[str]
    """Capitalised chamber names ('the House', 'the Commons') that name a legislature (LEG)."""
    place_object_verbs: frozenset[str]
    """Acts done to places ('attacked Kharkiv'): their object, if the gazetteer knows it, is a place even
    when the model took it for an organisation."""


@functools.cache
def load_cues() -> Cues:
    raw = read_json("cues.json")
    raw.pop("_doc", None)
    particles = raw.pop("negating_particles")
    aid_kinds = raw.pop("aid_kinds")
    charged_acts = raw.pop("charged_acts")
    return Cues(
        negating_particles=dict(particles),
        aid_kinds=dict(aid_kinds),
        charged_acts=dict(charged_acts),
        **{key: frozenset(values) for key, values in raw.items()},
    )
