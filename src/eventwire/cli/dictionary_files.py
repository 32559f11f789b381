"""Checking ``--dictionary`` files before a coder is built: a file that is no CAMEO/PETRARCH dictionary
is a one-line usage error naming it, not a silently empty (or nonsense) addition to the coder.

Actor, agent and verb files are recognised by their ``[CODE]`` entries; any plain text would read as a
discard list, so a discard list must say so in its name (``*.discards.txt``, as PETRARCH names them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console

from eventwire.cli.stores import EXIT_USAGE


def _problem(path: Path) -> str | None:
    """Why ``path`` is not a usable dictionary, or None when it is one."""
    from eventwire.dictionaries import DictionaryFormatError  # deferred: the package loads spaCy
    from eventwire.dictionaries.loading import Dictionaries, DictionaryKind, sniff_kind

    if not path.is_file():
        return "no such file" if not path.exists() else "not a file"
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except OSError as error:
        return f"cannot read: {error.strerror}"
    kind = sniff_kind(path, text)
    if kind is DictionaryKind.DISCARDS and "discard" not in path.name.lower():
        return (
            "not a CAMEO/PETRARCH dictionary: no [CODE] entries (a discard list must be named *.discards.txt)"
        )
    loaded = Dictionaries()
    try:
        loaded.add(path, text, kind)
    except DictionaryFormatError as error:
        return str(error)
    if not (loaded.actors or loaded.agents or loaded.discards or loaded.verbs.blocks):
        return f"no {kind.value} entries in it"
    return None


def check_dictionaries(paths: Sequence[Path], option: str = "--dictionary") -> None:
    """Print one line naming the first file that is not a dictionary, and exit with code 2 (usage)."""
    for path in paths:
        problem = _problem(path)
        if problem is not None:
            Console(stderr=True).print(
                f"[red]error:[/red] {option} {path}: {problem}", highlight=False, soft_wrap=True
            )
            raise typer.Exit(EXIT_USAGE)
