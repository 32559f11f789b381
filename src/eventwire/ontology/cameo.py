"""The CAMEO 1.1b3 event codebook: names, GDELT Goldstein scores, quad classes and PLOVER mapping.

Codes are strings ("036", "0874", "19"): leading zeros matter, and a code's first two digits are its
root. The facts live in ``cameo_events.tsv`` and ``cameo_plover.tsv``; this module only reads and
checks them, so a wrong number is fixed in data, not code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from eventwire.ontology._data import read_tsv
from eventwire.ontology.plover import plover_contexts, plover_types

EVENTS_FILE = "cameo_events.tsv"
PLOVER_MAP_FILE = "cameo_plover.tsv"
QUAD_CLASSES_FILE = "quad_classes.tsv"


class UnknownCameoCode(KeyError):  # noqa: N818 - the public name is part of the ontology API
    """Raised for a string that is not a code of the CAMEO event codebook."""

    def __init__(self, code: object) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"unknown CAMEO event code: {self.code!r}"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with everything the event record needs about it."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover: str | None
    """The PLOVER event type, or None for CAMEO 01 public statements (PLOVER has no statement type)."""
    plover_mode: str | None
    plover_contexts: tuple[str, ...] = ()

    @property
    def parent(self) -> str | None:
        """The code one level up ("0361" -> "036" -> "03"); None for a root."""
        return self.code[:-1] if len(self.code) > 2 else None


def _quad_class_names() -> Mapping[int, str]:
    rows = read_tsv(QUAD_CLASSES_FILE)
    return MappingProxyType({int(row["quad_class"]): row["name"] for row in rows})


QUAD_CLASS_NAMES: Mapping[int, str] = _quad_class_names()
"""GDELT quad classes: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""


def _checked(row: dict[str, str], mapping: dict[str, str]) -> CameoCode:
    """Build one CameoCode, refusing a data row that breaks the codebook's rules."""
    code = row["code"]
    if not (code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        raise ValueError(f"{EVENTS_FILE}: malformed code {code!r}")
    goldstein = float(row["goldstein"])
    quad_class = int(row["quad_class"])
    if not -10.0 <= goldstein <= 10.0:
        raise ValueError(f"{EVENTS_FILE}: Goldstein {goldstein} of {code} outside [-10, 10]")
    if quad_class not in QUAD_CLASS_NAMES or row["root"] != code[:2]:
        raise ValueError(f"{EVENTS_FILE}: bad quad class or root for {code}")
    plover = mapping["plover_type"] or None  # PLOVER has no statement type: CAMEO 01 maps to none
    mode = mapping["plover_mode"] or None
    contexts = tuple(context for context in mapping["plover_contexts"].split(";") if context)
    known = plover_types()
    if plover is None and code[:2] != "01":
        raise ValueError(f"{PLOVER_MAP_FILE}: {code} has no PLOVER type (only CAMEO 01 statements may)")
    if plover is not None and (plover not in known or (mode is not None and mode not in known[plover].modes)):
        raise ValueError(f"{PLOVER_MAP_FILE}: {code} maps to unknown PLOVER {plover}/{mode}")
    if not set(contexts) <= set(plover_contexts()):
        raise ValueError(f"{PLOVER_MAP_FILE}: {code} has an unknown PLOVER context in {contexts}")
    return CameoCode(
        code=code,
        name=row["name"],
        goldstein=goldstein,
        quad_class=quad_class,
        root=row["root"],
        plover=plover,
        plover_mode=mode,
        plover_contexts=contexts,
    )


@cache
def cameo_codes() -> Mapping[str, CameoCode]:
    """Every CAMEO event code (roots, 3- and 4-digit codes), ordered by code."""
    mapping_rows = read_tsv(PLOVER_MAP_FILE)
    mapping = {row["code"]: row for row in mapping_rows}
    rows = sorted(read_tsv(EVENTS_FILE), key=lambda row: row["code"])
    if len(mapping) != len(mapping_rows) or len({row["code"] for row in rows}) != len(rows):
        raise ValueError(f"{EVENTS_FILE} or {PLOVER_MAP_FILE} lists a code twice")
    missing = [row["code"] for row in rows if row["code"] not in mapping]
    if missing:
        raise ValueError(f"{PLOVER_MAP_FILE}: no PLOVER mapping for {missing}")
    return MappingProxyType({row["code"]: _checked(row, mapping[row["code"]]) for row in rows})


def is_cameo_code(code: str) -> bool:
    """True when ``code`` is exactly a code of the codebook ("036" yes, "36" and "0360" no)."""
    return code in cameo_codes()


def cameo(code: str) -> CameoCode:
    """The codebook entry for ``code``; raises UnknownCameoCode for anything else."""
    try:
        return cameo_codes()[code]
    except (KeyError, TypeError):
        raise UnknownCameoCode(code) from None


def cameo_root(code: str) -> str:
    """The 2-digit root of a CAMEO-shaped code ("0361" -> "03").

    The code must be 2-4 ASCII digits starting with a real root ("01".."20"); the full code need not be
    in the codebook, because dictionaries and gold files carry local extensions ("1834", "0361") that
    still belong to a root. Anything else raises UnknownCameoCode.
    """
    if not (isinstance(code, str) and code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        raise UnknownCameoCode(code)
    root = code[:2]
    if root not in cameo_codes():
        raise UnknownCameoCode(code)
    return root
