"""Splitting a byte stream into lines without ever holding an over-long line in memory.

JSONL corpora can be far larger than one document, so they stream; a single runaway line (a file with no
newlines) must still cost at most ``max_line_bytes`` of memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line (without its line ending) and where it starts in the stream."""

    number: int
    offset: int
    data: bytes


@dataclass(frozen=True, slots=True)
class LongLine:
    """A line longer than the limit: only its size is kept."""

    number: int
    offset: int
    size: int


def split_lines(chunks: Iterable[bytes], max_line_bytes: int) -> Iterator[Line | LongLine]:
    """Yield the 1-based numbered lines of the concatenated ``chunks``; ``\\r\\n`` endings are dropped."""
    number = 1
    offset = 0
    size = 0
    pending = bytearray()
    for chunk in chunks:
        start = 0
        while start < len(chunk):
            newline = chunk.find(b"\n", start)
            end = len(chunk) if newline < 0 else newline
            size += end - start
            if size <= max_line_bytes:
                pending += chunk[start:end]
            else:
                pending.clear()
            if newline < 0:
                break
            yield _finish(number, offset, pending, size, max_line_bytes)
            number += 1
            offset += size + 1
            size = 0
            pending = bytearray()
            start = newline + 1
    if size:
        yield _finish(number, offset, pending, size, max_line_bytes)


def _finish(number: int, offset: int, pending: bytearray, size: int, max_line_bytes: int) -> Line | LongLine:
    if size > max_line_bytes:
        return LongLine(number=number, offset=offset, size=size)
    data = bytes(pending)
    return Line(number=number, offset=offset, data=data[:-1] if data.endswith(b"\r") else data)
