"""The bytes of a JSONL partition: its ``[byte_start, byte_stop)`` range of the input file, in chunks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.batch.partitions import Partition
from eventwire.sources.constants import READ_CHUNK_BYTES


def partition_bytes(partition: Partition) -> Iterator[bytes]:
    """The bytes ``partition.byte_start`` to ``partition.byte_stop`` (exclusive) of ``partition.input``,
    in chunks of at most ``READ_CHUNK_BYTES``; stops early at the end of a file that shrank. Raises
    ``OSError`` when the file cannot be opened or read."""
    with Path(partition.input).open("rb") as handle:
        handle.seek(partition.byte_start)
        remaining = partition.byte_stop - partition.byte_start
        while remaining > 0:
            chunk = handle.read(min(READ_CHUNK_BYTES, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk
