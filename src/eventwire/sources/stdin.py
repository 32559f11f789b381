"""Standard input: a JSONL stream when every non-blank line starts with ``{``, else one text document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import chain
from typing import IO

from eventwire.sources.checks import too_large
from eventwire.sources.constants import READ_CHUNK_BYTES, STDIN_ID, UTF8_BOM
from eventwire.sources.items import SourceItem
from eventwire.sources.jsonl import read_jsonl_chunks
from eventwire.sources.text import read_text_document


def _all_lines_are_objects(lines: list[bytes]) -> bool:
    stripped = [line.strip() for line in lines]
    non_blank = [line for line in stripped if line]
    return bool(non_blank) and all(line.startswith(b"{") for line in non_blank)


def read_stdin(stream: IO[bytes], *, default_date: dt.date | None, max_bytes: int) -> Iterator[SourceItem]:
    """Read ``stream``. A text document is capped at ``max_bytes``; a JSONL stream only per line, so
    ``cat corpus.jsonl | eventwire code -`` works for corpora of any size."""
    head = stream.read(max_bytes + 1)
    lines = head.removeprefix(UTF8_BOM).split(b"\n")
    if len(head) > max_bytes:
        if _all_lines_are_objects(lines[:-1]):
            rest = iter(lambda: stream.read(READ_CHUNK_BYTES), b"")
            yield from read_jsonl_chunks(
                chain([head], rest),
                label=STDIN_ID,
                stem=STDIN_ID,
                default_date=default_date,
                max_bytes=max_bytes,
            )
        else:
            yield too_large(doc_id=STDIN_ID, location=STDIN_ID, size=len(head), max_bytes=max_bytes)
        return
    if _all_lines_are_objects(lines):
        yield from read_jsonl_chunks(
            [head], label=STDIN_ID, stem=STDIN_ID, default_date=default_date, max_bytes=max_bytes
        )
        return
    yield read_text_document(head, doc_id=STDIN_ID, origin=STDIN_ID, default_date=default_date)
