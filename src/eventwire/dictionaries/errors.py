"""The one error every dictionary reader raises, so users learn which file and line to fix."""

from __future__ import annotations

from pathlib import Path


class DictionaryFormatError(ValueError):
    """A dictionary line that does not follow the CAMEO/PETRARCH format."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        super().__init__(f"{self.path}:{line}: {message}")
