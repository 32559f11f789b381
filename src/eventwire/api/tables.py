"""CSV answers for the read API: ``?format=csv`` or ``Accept: text/csv`` turns any list into a table.

Event rows use the export's flat columns (the same header as ``eventwire export --format csv``); other
rows flatten nested objects into ``parent_child`` columns and lists into ``;``-joined cells. Every cell
is text, so codes keep their leading zeros (``036``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from fastapi import Request
from fastapi.responses import Response

from eventwire.export import flat_columns, flatten

Format = Literal["json", "csv"]
CSV_MEDIA_TYPE = "text/csv"
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {CSV_MEDIA_TYPE: {"schema": {"type": "string"}}},
        "description": "JSON, or CSV on request.",
    }
}
"""OpenAPI ``responses=`` entry for routes that also answer in CSV."""


def wants_csv(request: Request, answer_format: Format | None) -> bool:
    """True for ``?format=csv``, or no ``format`` and an Accept header that prefers ``text/csv``."""
    if answer_format is not None:
        return answer_format == "csv"
    accept = request.headers.get("accept", "")
    return CSV_MEDIA_TYPE in accept and "application/json" not in accept


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return ";".join(_cell(item) for item in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def flat_row(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": 1}, "c": [1, 2]}`` → ``{"a_b": "1", "c": "1;2"}`` (one level of nesting per key)."""
    row: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(flat_row(value, f"{name}_"))
        else:
            row[name] = _cell(value)
    return row


def event_row(record: dict[str, Any], extra: Sequence[str] = ()) -> dict[str, str]:
    """An event record in the export's flat columns, plus the ``extra`` top-level keys."""
    row = {name: _cell(value) for name, value in flatten(record).items()}
    row.update({name: _cell(record.get(name)) for name in extra})
    return row


def csv_response(rows: Iterable[dict[str, str]], filename: str, header: Sequence[str] = ()) -> Response:
    """A CSV download; columns are ``header`` then any further keys in first-seen order."""
    materialised = list(rows)
    columns = list(header)
    for row in materialised:
        columns.extend(name for name in row if name not in columns)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(materialised)
    return Response(
        buffer.getvalue(),
        media_type=f"{CSV_MEDIA_TYPE}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )


def event_header(extra: Sequence[str] = ()) -> list[str]:
    return [column.name for column in flat_columns()] + list(extra)
