"""CAMEO pentaclasses as shipped in ``pentaclasses.tsv``: every root in exactly one class."""

from __future__ import annotations

import pytest

from eventwire.ontology import UnknownCameoCode, cameo_codes, pentaclass, pentaclass_by_root, pentaclass_names
from eventwire.ontology.pentaclass import pentaclass_or_none


def test_every_root_has_one_pentaclass() -> None:
    roots = sorted(code for code in cameo_codes() if len(code) == 2)
    assert sorted(pentaclass_by_root()) == roots
    assert set(pentaclass_by_root().values()) == set(pentaclass_names()) == {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("code", "expected"),
    [("010", 0), ("02", 0), ("036", 1), ("0874", 2), ("112", 3), ("163", 3), ("145", 4), ("190", 4)],
)
def test_pentaclass_of_codes(code: str, expected: int) -> None:
    assert pentaclass(code) == expected


def test_statements_split_off_and_reduced_relations_are_verbal() -> None:
    """The pentaclasses differ from the quad classes in exactly these two places."""
    for code, entry in cameo_codes().items():
        if len(code) != 2:
            continue
        expected = {1: 1, 2: 2, 3: 3, 4: 4}[entry.quad_class]
        if code in {"01", "02"}:
            expected = 0
        if code == "16":
            expected = 3
        assert pentaclass(code) == expected, code


def test_unknown_codes() -> None:
    with pytest.raises(UnknownCameoCode):
        pentaclass("99")
    assert pentaclass_or_none("abc") is None
