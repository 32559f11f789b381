"""The one error type for bad knowledge data, so callers can tell a data bug from a code bug."""

from __future__ import annotations


class KnowledgeError(ValueError):
    """Invalid knowledge data; the message names the file and the entry so the fix is one edit away."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        super().__init__(f"{file}: {entry}: {problem}")
