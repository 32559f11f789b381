"""One constructor for ``InputError`` so every error carries a plain-string kind and names its location."""

from __future__ import annotations

from eventwire.model import InputError
from eventwire.sources.constants import ErrorKind


def input_error(kind: ErrorKind, *, doc_id: str, location: str, message: str) -> InputError:
    """Build an ``InputError`` whose message starts with the location, so it reads well on its own."""
    return InputError(doc_id=doc_id, location=location, kind=kind.value, message=f"{location}: {message}")
