"""Dated roles answer "who held what, when", and normal forms make lookups insensitive to typography."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eventwire.knowledge import Person, Role, normalise

D = dt.date

PUTIN = Person(
    id="vladimir-putin",
    name="Vladimir Putin",
    aliases=("Putin",),
    gender="m",
    roles=(
        Role("prime_minister", "RUS", "GOV", D(1999, 8, 16), D(2000, 5, 7)),
        Role("president", "RUS", "GOV", D(2000, 5, 7), D(2008, 5, 7)),
        Role("prime_minister", "RUS", "GOV", D(2008, 5, 8), D(2012, 5, 7)),
        Role("president", "RUS", "GOV", D(2012, 5, 7), None),
    ),
)


def test_role_bounds_are_inclusive() -> None:
    role = PUTIN.roles[1]
    assert role.active_on(D(2000, 5, 7))
    assert role.active_on(D(2008, 5, 7))
    assert not role.active_on(D(2008, 5, 8))
    assert not role.active_on(D(2000, 5, 6))
    assert PUTIN.roles[3].active_on(D(2100, 1, 1))


def test_roles_on_and_held() -> None:
    assert [role.office for role in PUTIN.roles_on(D(2010, 1, 1))] == ["prime_minister"]
    assert PUTIN.held("president", "RUS", D(2024, 6, 1))
    assert PUTIN.held("president", None, D(2024, 6, 1))
    assert not PUTIN.held("president", "UKR", D(2024, 6, 1))
    assert not PUTIN.held("president", "RUS", D(2010, 1, 1))


def test_held_before_is_strictly_earlier() -> None:
    assert PUTIN.held_before("president", "RUS", D(2010, 1, 1))
    assert not PUTIN.held_before("president", "RUS", D(2000, 5, 7))
    assert PUTIN.held_before("president", "RUS", D(2000, 5, 8))
    assert not PUTIN.held_before("foreign_minister", None, D(2024, 1, 1))


def test_normalise_examples() -> None:
    assert normalise("  The\u00a0 KREMLIN\n") == "the kremlin"
    assert normalise("U.S.") == "u.s."
    assert normalise("Côte d\u2019Ivoire") == "côte d'ivoire"
    assert normalise("Co\u0302te") == normalise("Côte")


@given(st.text(max_size=40))
def test_normalise_is_idempotent_and_tidy(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert "\u2019" not in once
