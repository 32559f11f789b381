"""Text a database can store: NUL characters replaced, whatever the backend.

PostgreSQL refuses ``\\x00`` in text (a JSON ``"\\u0000"`` decodes to one), so a NUL becomes U+FFFD, the
replacement character: one character for one, so evidence offsets into the text stay right. SQLite gets
the same text, so a store means the same thing on either backend.
"""

from __future__ import annotations

from typing import Any

NUL = "\x00"
REPLACEMENT = "\ufffd"


def without_nul(value: Any) -> Any:
    """``value`` with every NUL in its strings replaced (dicts and lists walked; other values as they are)."""
    if isinstance(value, str):
        return value.replace(NUL, REPLACEMENT) if NUL in value else value
    if isinstance(value, dict):
        return {key: without_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_nul(item) for item in value]
    return value


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing to read: only whitespace, control and format characters (such as
    zero-width spaces and byte-order marks)."""
    return not text.strip() or all(not character.isprintable() or character.isspace() for character in text)
