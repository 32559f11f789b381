"""JSONL gold (docs/conventions.md): one ``{"id","text","date","events":[...]}`` object per line.

Strict on purpose: a gold record that is silently misread skews every figure computed from it, so
any deviation is a :class:`GoldFormatError` naming the line.
"""

from __future__ import annotations

import json
from typing import Any

from eventwire.eval.records import GoldEvent, GoldFormatError, GoldRecord, parse_date
from eventwire.model import Factuality

_FACTUALITIES = frozenset(item.value for item in Factuality)


def parse_jsonl(text: str, *, origin: str) -> list[GoldRecord]:
    """Parse every non-blank line; ids must be unique because predictions are keyed by them."""
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    # Split on "\n" only: str.splitlines() would also break on U+2028, which JSON allows inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        record = _parse_line(line, origin, number)
        if record.id in seen:
            raise GoldFormatError(
                origin, f"duplicate id {record.id!r} (first on line {seen[record.id]})", number
            )
        seen[record.id] = number
        records.append(record)
    return records


def _parse_line(line: str, origin: str, number: int) -> GoldRecord:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as error:
        raise GoldFormatError(origin, f"invalid JSON: {error}", number) from error
    if not isinstance(obj, dict):
        raise GoldFormatError(origin, "each line must be a JSON object", number)
    record_id = obj.get("id")
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    if not isinstance(record_id, str) or not record_id:
        raise GoldFormatError(origin, '"id" must be a non-empty string', number)
    text = obj.get("text")
    if not isinstance(text, str):
        raise GoldFormatError(origin, f'record {record_id!r}: "text" must be a string', number)
    raw_date = obj.get("date")
    if raw_date is not None and not isinstance(raw_date, str):
        raise GoldFormatError(origin, f'record {record_id!r}: "date" must be a string or null', number)
    category = obj.get("category")
    if category is not None and not isinstance(category, str):
        raise GoldFormatError(origin, f'record {record_id!r}: "category" must be a string or null', number)
    raw_events = obj.get("events")
    if not isinstance(raw_events, list):
        raise GoldFormatError(origin, f'record {record_id!r}: "events" must be a list', number)
    return GoldRecord(
        id=record_id,
        text=text,
        date=parse_date(raw_date, origin, number) if raw_date else None,
        events=tuple(_parse_event(item, record_id, origin, number) for item in raw_events),
        category=category,
    )


def _parse_event(item: Any, record_id: str, origin: str, number: int) -> GoldEvent:
    where = f"record {record_id!r}: event"
    if not isinstance(item, dict):
        raise GoldFormatError(origin, f"{where} must be a JSON object", number)
    code = item.get("code")
    if not isinstance(code, str) or not code.strip():
        raise GoldFormatError(origin, f'{where} needs a non-empty "code" string', number)
    source, target = (
        _actor_code(item.get(role), role, where, origin, number) for role in ("source", "target")
    )
    factuality = item.get("factuality", Factuality.ASSERTED.value)
    if not isinstance(factuality, str) or factuality not in _FACTUALITIES:
        allowed = ", ".join(sorted(_FACTUALITIES))
        raise GoldFormatError(origin, f'{where} "factuality" must be one of {allowed}', number)
    return GoldEvent(source=source, target=target, code=code.strip(), factuality=str(factuality))


def _actor_code(value: Any, role: str, where: str, origin: str, number: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise GoldFormatError(origin, f'{where} "{role}" must be an actor code string or null', number)
    return value.strip() or None
