"""The JSONL plumbing every line-based gold reader shares: one object per line, typed field access.

Each reader turns one :class:`Fields` (a line's object, with the file and line number for errors)
into its record type; :func:`read_records` runs it over the file and refuses duplicate ids, because
predictions are keyed by id. Every deviation is a :class:`GoldFormatError` naming ``file:line``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TypeVar

from eventwire.eval.records import GoldFormatError


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


def json_objects(text: str, origin: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line; a line that is not a JSON object is an error."""
    # Split on "\n" only: str.splitlines() would also break on U+2028, which JSON allows inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as error:
            raise GoldFormatError(origin, f"invalid JSON: {error}", number) from error
        if not isinstance(obj, dict):
            raise GoldFormatError(origin, "each line must be a JSON object", number)
        yield number, obj


class Fields:
    """Typed, checked access to the fields of one JSONL object."""

    def __init__(self, obj: dict[str, Any], origin: str, line: int) -> None:
        self.obj = obj
        self.origin = origin
        self.line = line
        self._record: str | None = None

    def error(self, message: str) -> GoldFormatError:
        """An error for this line, naming the record when its id is known."""
        prefix = f"record {self._record!r}: " if self._record is not None else ""
        return GoldFormatError(self.origin, prefix + message, self.line)

    def record_id(self) -> str:
        """``"id"``: a non-empty string (an integer is accepted and turned into one)."""
        value = self.obj.get("id")
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value:
            raise self.error('"id" must be a non-empty string')
        self._record = value
        return value

    def string(self, name: str) -> str:
        """A required string field."""
        value = self.obj.get(name)
        if not isinstance(value, str):
            raise self.error(f'"{name}" must be a string')
        return value

    def optional_string(self, name: str) -> str | None:
        """A string field that may be missing or null."""
        value = self.obj.get(name)
        if value is not None and not isinstance(value, str):
            raise self.error(f'"{name}" must be a string or null')
        return value

    def integer(self, name: str, low: int, high: int) -> int:
        """A required integer field within ``low..high`` (booleans are not integers here)."""
        value = self.obj.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.error(f'"{name}" must be an integer from {low} to {high}')
        return value

    def strings(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        """A list of strings; with ``required=False`` a missing field is an empty list."""
        value = self.obj.get(name, None if required else [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(f'"{name}" must be a list of strings')
        return tuple(value)


def read_records(text: str, origin: str, parse: Callable[[Fields], R]) -> list[R]:
    """Parse every line with ``parse``; ids must be unique."""
    records: list[R] = []
    seen: dict[str, int] = {}
    for number, obj in json_objects(text, origin):
        record = parse(Fields(obj, origin, number))
        if record.id in seen:
            raise GoldFormatError(
                origin, f"duplicate id {record.id!r} (first on line {seen[record.id]})", number
            )
        seen[record.id] = number
        records.append(record)
    return records
