"""Reading gold files: the format is sniffed from content, not from the file name.

Validation files travel under many names (``.xml``, ``.txt``, ``.jsonl``, ``.json``), so the first
non-blank character decides: ``<`` is PETRARCH validation XML, ``{`` is JSONL. A JSONL file's shape
(events, pentaclass sentences, actor spans, PLOVER pairs, articles by category) is then sniffed from
the fields of its first object: see :mod:`eventwire.eval.shapes`.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.gold_petrarch import parse_petrarch_xml
from eventwire.eval.records import GoldEvent, GoldFormatError, GoldRecord
from eventwire.eval.shapes import EventGold, GoldSet, parse_jsonl_gold

__all__ = [
    "GoldEvent",
    "GoldFormatError",
    "GoldRecord",
    "parse_any_gold",
    "parse_gold",
    "read_any_gold",
    "read_gold",
]


def read_any_gold(path: Path | str) -> GoldSet:
    """Read gold of any shape: JSONL (events, pentaclass, spans, PLOVER, categories) or PETRARCH XML."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GoldFormatError(str(path), f"cannot read gold file: {error.strerror or error}") from error
    return parse_any_gold(data, origin=str(path))


def parse_any_gold(data: bytes | str, *, origin: str = "<gold>") -> GoldSet:
    """Parse gold content of any shape; ``origin`` names it in error messages."""
    text = _decode(data, origin)
    stripped = text.lstrip()
    if not stripped:
        raise GoldFormatError(origin, "gold file is empty")
    gold: GoldSet
    if stripped.startswith("<"):
        gold = EventGold(tuple(parse_petrarch_xml(text, origin=origin)))
    elif stripped.startswith("{"):
        gold = parse_jsonl_gold(text, origin=origin)
    else:
        line = text[: len(text) - len(stripped)].count("\n") + 1
        raise GoldFormatError(
            origin, "unknown gold format: expected JSONL objects or PETRARCH validation XML", line
        )
    if not gold.records:
        raise GoldFormatError(origin, "gold file holds no records")
    return gold


def read_gold(path: Path | str) -> list[GoldRecord]:
    """Read a gold file of events (JSONL or PETRARCH XML); other shapes are an error."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GoldFormatError(str(path), f"cannot read gold file: {error.strerror or error}") from error
    return parse_gold(data, origin=str(path))


def parse_gold(data: bytes | str, *, origin: str = "<gold>") -> list[GoldRecord]:
    """Parse gold events; a file of another shape is a GoldFormatError naming the shape it holds."""
    gold = parse_any_gold(data, origin=origin)
    if not isinstance(gold, EventGold):
        raise GoldFormatError(origin, f"gold holds {gold.shape} records, not events", 1)
    return list(gold.records)


def _decode(data: bytes | str, origin: str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise GoldFormatError(origin, "gold file is not valid UTF-8", line) from error
