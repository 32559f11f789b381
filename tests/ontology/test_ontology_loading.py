"""The loader refuses data rows that break the codebook's rules, so a bad edit fails loudly."""

from __future__ import annotations

import pytest

from eventwire.ontology.cameo import _checked

GOOD_ROW = {"code": "0874", "name": "Retreat or surrender militarily", "goldstein": "10.0", "quad_class": "2"}
GOOD_MAP = {"plover_type": "RETREAT", "plover_mode": "withdraw", "plover_contexts": "military"}


def test_a_good_row_loads() -> None:
    entry = _checked({**GOOD_ROW, "root": "08"}, GOOD_MAP)
    assert (entry.code, entry.plover_mode, entry.plover_contexts) == ("0874", "withdraw", ("military",))


@pytest.mark.parametrize(
    ("row_change", "map_change"),
    [
        ({"code": "87"}, {}),
        ({"code": "08745"}, {}),
        ({"goldstein": "10.5"}, {}),
        ({"quad_class": "5"}, {}),
        ({"root": "09"}, {}),
        ({}, {"plover_type": "FIGHT"}),
        ({}, {"plover_mode": "beat"}),
        ({}, {"plover_contexts": "military;weather"}),
    ],
)
def test_bad_rows_are_refused(row_change: dict[str, str], map_change: dict[str, str]) -> None:
    row = {**GOOD_ROW, "root": "08", **row_change}
    with pytest.raises(ValueError):
        _checked(row, {**GOOD_MAP, **map_change})
