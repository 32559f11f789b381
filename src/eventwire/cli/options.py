"""Option parsing shared by the command modules, so every command reads and rejects input alike."""

from __future__ import annotations

import datetime as dt
import re

import typer

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: str | None, option: str = "--date") -> dt.date | None:
    """An ISO date option; a clear usage error (exit 2) naming the option otherwise."""
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(
            value
        ):  # Python accepts "20250807" and week dates too; users mean ISO days
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date YYYY-MM-DD, got {value!r}", param_hint=option) from None
