"""JSONL gold (docs/conventions.md): one ``{"id","text","date","events":[...]}`` object per line.

Strict on purpose: a gold record that is silently misread skews every figure computed from it, so
any deviation is a :class:`GoldFormatError` naming the line.
"""

from __future__ import annotations

from typing import Any

from eventwire.eval.jsonl import Fields, read_records
from eventwire.eval.records import GoldEvent, GoldFormatError, GoldRecord, parse_date
from eventwire.model import Factuality

_FACTUALITIES = frozenset(item.value for item in Factuality)


def parse_jsonl(text: str, *, origin: str) -> list[GoldRecord]:
    """Parse every non-blank line; ids must be unique because predictions are keyed by them."""
    return read_records(text, origin, parse_event_record)


def parse_event_record(fields: Fields) -> GoldRecord:
    """One ``{"id","text","date"?,"category"?,"events":[...]}`` object."""
    record_id = fields.record_id()
    text = fields.string("text")
    raw_date = fields.optional_string("date")
    category = fields.optional_string("category")
    raw_events = fields.obj.get("events")
    if not isinstance(raw_events, list):
        raise fields.error('"events" must be a list')
    origin, number = fields.origin, fields.line
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
