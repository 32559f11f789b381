"""CAMEO "pentaclasses": the five-way split of CAMEO roots that human-coded news corpora label with.

The classes are 0 make a statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict. They follow the quad classes except that statements (roots 01-02) are a class of
their own and root 16 (reduce relations) counts as verbal, not material, conflict. This is the
labelling of the Multi-CoPED CAMEO sentence corpus (ConfliBERT, AIES 2022). The facts live in
``pentaclasses.tsv`` (class, name, roots); this module reads and checks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from eventwire.ontology._data import read_tsv
from eventwire.ontology.cameo import UnknownCameoCode, cameo_codes, cameo_root

PENTACLASS_FILE = "pentaclasses.tsv"


@cache
def pentaclass_names() -> Mapping[int, str]:
    """Pentaclass number (0-4) → name ("make a statement", ...)."""
    return MappingProxyType({int(row["pentaclass"]): row["name"] for row in read_tsv(PENTACLASS_FILE)})


@cache
def pentaclass_by_root() -> Mapping[str, int]:
    """CAMEO root ("01".."20") → pentaclass; every root of the codebook belongs to exactly one class."""
    by_root: dict[str, int] = {}
    for row in read_tsv(PENTACLASS_FILE):
        for root in row["roots"].split():
            if root in by_root:
                raise ValueError(f"{PENTACLASS_FILE}: root {root} is in two pentaclasses")
            by_root[root] = int(row["pentaclass"])
    roots = {code for code in cameo_codes() if len(code) == 2}
    if set(by_root) != roots:
        raise ValueError(f"{PENTACLASS_FILE}: roots differ from the codebook: {sorted(set(by_root) ^ roots)}")
    return MappingProxyType(dict(sorted(by_root.items())))


def pentaclass(code: str) -> int:
    """The pentaclass of a CAMEO-shaped code ("0361" → 1); raises UnknownCameoCode for anything else."""
    return pentaclass_by_root()[cameo_root(code)]


def pentaclass_or_none(code: str) -> int | None:
    """Like :func:`pentaclass`, but None for a code outside the CAMEO roots (local test codes)."""
    try:
        return pentaclass(code)
    except UnknownCameoCode:
        return None
