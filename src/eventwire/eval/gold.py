"""Reading gold files: the format is sniffed from content, not from the file name.

Validation files travel under many names (``.xml``, ``.txt``, ``.jsonl``, ``.json``), so the first
non-blank character decides: ``<`` is PETRARCH validation XML, ``{`` is JSONL.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.gold_jsonl import parse_jsonl
from eventwire.eval.gold_petrarch import parse_petrarch_xml
from eventwire.eval.records import GoldEvent, GoldFormatError, GoldRecord

__all__ = ["GoldEvent", "GoldFormatError", "GoldRecord", "parse_gold", "read_gold"]


def read_gold(path: Path | str) -> list[GoldRecord]:
    """Read a gold file, JSONL or PETRARCH XML, sniffed from its first non-blank character."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise GoldFormatError(str(path), f"cannot read gold file: {error.strerror or error}") from error
    return parse_gold(data, origin=str(path))


def parse_gold(data: bytes | str, *, origin: str = "<gold>") -> list[GoldRecord]:
    """Parse gold content; ``origin`` names it in error messages."""
    text = _decode(data, origin)
    stripped = text.lstrip()
    if not stripped:
        raise GoldFormatError(origin, "gold file is empty")
    if stripped.startswith("<"):
        records = parse_petrarch_xml(text, origin=origin)
    elif stripped.startswith("{"):
        records = parse_jsonl(text, origin=origin)
    else:
        line = text[: len(text) - len(stripped)].count("\n") + 1
        raise GoldFormatError(
            origin, "unknown gold format: expected JSONL objects or PETRARCH validation XML", line
        )
    if not records:
        raise GoldFormatError(origin, "gold file holds no records")
    return records


def _decode(data: bytes | str, origin: str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise GoldFormatError(origin, "gold file is not valid UTF-8", line) from error
