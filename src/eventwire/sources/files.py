"""Turning the paths a user gave into an ordered plan of inputs, each with a run-unique document id.

Ids are decided for the whole run before reading, so a text file's id is its stem unless another file in
the same run shares that stem; then it is the path relative to the directory it was found in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from eventwire.model import InputError
from eventwire.sources.constants import (
    CSV_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    STDIN_ARGUMENT,
    ErrorKind,
)
from eventwire.sources.errors import input_error


class InputKind(StrEnum):
    """Which reader handles a file."""

    TEXT = "text"
    JSONL = "jsonl"
    CSV = "csv"
    HTML = "html"
    STDIN = "stdin"


@dataclass(frozen=True, slots=True)
class PlannedInput:
    """One input to read. ``doc_id`` is the document id for text/HTML files, the id stem for JSONL/CSV."""

    path: Path
    kind: InputKind
    doc_id: str


def kind_of(path: Path) -> InputKind:
    """The reader for ``path`` by suffix; unknown suffixes are read as text."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return InputKind.JSONL
    if suffix in CSV_SUFFIXES:
        return InputKind.CSV
    if suffix in HTML_SUFFIXES:
        return InputKind.HTML
    return InputKind.TEXT


def _walk(directory: Path) -> Iterator[Path]:
    """Readable files under ``directory``, sorted, hidden names and symlinked directories skipped."""
    try:
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.is_file() and entry.suffix.lower() in KNOWN_SUFFIXES:
            yield entry


def _candidates(paths: Sequence[str | Path]) -> Iterator[tuple[Path, str] | InputError | None]:
    """Each file with its name relative to the argument it came from; None marks stdin."""
    for raw in paths:
        if str(raw) == STDIN_ARGUMENT:
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path):
                yield found, found.relative_to(path).as_posix()
        elif path.exists():
            yield path, str(raw)
        else:
            yield input_error(
                ErrorKind.MISSING, doc_id=str(raw), location=str(raw), message="no such file or directory"
            )


def plan_inputs(paths: Sequence[str | Path]) -> list[PlannedInput | InputError]:
    """The inputs in argument order (directories expanded, sorted) with unique ids, plus missing paths."""
    items: list[tuple[Path, str] | InputError | None] = []
    seen: set[Path] = set()
    for candidate in _candidates(paths):
        if isinstance(candidate, tuple):
            resolved = candidate[0].resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
        items.append(candidate)
    stems = Counter(item[0].stem for item in items if isinstance(item, tuple))
    relatives = Counter(item[1] for item in items if isinstance(item, tuple))
    plan: list[PlannedInput | InputError] = []
    for item in items:
        if item is None:
            plan.append(PlannedInput(path=Path(STDIN_ARGUMENT), kind=InputKind.STDIN, doc_id="stdin"))
        elif isinstance(item, InputError):
            plan.append(item)
        else:
            path, relative = item
            doc_id = (
                path.stem if stems[path.stem] == 1 else relative if relatives[relative] == 1 else str(path)
            )
            plan.append(PlannedInput(path=path, kind=kind_of(path), doc_id=doc_id))
    return plan
