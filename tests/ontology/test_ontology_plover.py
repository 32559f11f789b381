"""PLOVER types, modes and contexts as POLECAT uses them."""

from __future__ import annotations

import pytest

from eventwire.ontology import plover_contexts, plover_mode_descriptions, plover_types

POLECAT_TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]


def test_the_sixteen_polecat_types_in_spec_order() -> None:
    assert list(plover_types()) == POLECAT_TYPES


def test_every_type_is_described_with_unique_modes() -> None:
    for name, kind in plover_types().items():
        assert kind.name == name
        assert kind.description.endswith(".") and len(kind.description) > 20
        assert len(kind.modes) == len(set(kind.modes))
        assert kind.quad_class in (1, 2, 3, 4)
        assert set(plover_mode_descriptions(name)) == set(kind.modes)


@pytest.mark.parametrize(
    ("name", "modes"),
    [
        ("CONSULT", {"visit", "host", "third-party", "multilateral", "phone"}),
        ("ASSAULT", {"beat", "firearms", "explosives", "aerial", "abduct", "heavy-weapons", "crowd-control"}),
        ("PROTEST", {"demo", "riot", "strike", "hunger", "boycott", "obstruct"}),
        ("RETREAT", {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}),
        ("REQUEST", {"assist", "change", "yield", "meet"}),
        ("REJECT", {"assist", "change", "yield", "meet"}),
        ("ACCUSE", {"disapprove", "investigate", "allege"}),
        ("COERCE", {"arrest", "deport", "curfew", "martial-law", "seize"}),
    ],
)
def test_known_modes(name: str, modes: set[str]) -> None:
    assert modes <= set(plover_types()[name].modes)


def test_verbal_and_material_split() -> None:
    by_quad = {kind.name: kind.quad_class for kind in plover_types().values()}
    assert by_quad["CONSULT"] == 1 and by_quad["RETREAT"] == 2
    assert by_quad["THREATEN"] == 3 and by_quad["ASSAULT"] == 4


def test_contexts_are_unique_snake_case_words() -> None:
    contexts = plover_contexts()
    assert len(contexts) == len(set(contexts))
    assert {"economic", "military", "election", "cbrn", "cyber"} <= set(contexts)
    assert all(context.replace("_", "").isalpha() and context.islower() for context in contexts)


def test_unknown_type_has_no_mode_descriptions() -> None:
    with pytest.raises(KeyError):
        plover_mode_descriptions("FIGHT")
