"""Gatekeeping for raw input: size, emptiness, binary data, UTF-8 and language, each as an ``InputError``.

Every check returns the error instead of raising: bad input is data to report, not a crash.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.model import InputError
from eventwire.sources.constants import (
    BINARY_CONTROL_RATIO,
    BINARY_SAMPLE_BYTES,
    UTF8_BOM,
    ErrorKind,
)
from eventwire.sources.errors import input_error
from eventwire.sources.language import non_english_reason

_CONTROL_BYTES = bytes(sorted(frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}))


def check_size(path: Path, max_bytes: int, *, doc_id: str) -> InputError | None:
    """Reject a file larger than ``max_bytes`` from its ``stat`` alone, before reading a byte."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return input_error(ErrorKind.UNREADABLE, doc_id=doc_id, location=str(path), message=str(exc))
    if size > max_bytes:
        return too_large(doc_id=doc_id, location=str(path), size=size, max_bytes=max_bytes)
    return None


def too_large(*, doc_id: str, location: str, size: int, max_bytes: int) -> InputError:
    """The ``too_large`` error, with both sizes so the user can raise the limit knowingly."""
    return input_error(
        ErrorKind.TOO_LARGE,
        doc_id=doc_id,
        location=location,
        message=f"{size} bytes is more than the limit of {max_bytes} bytes",
    )


def read_limited(path: Path, max_bytes: int, *, doc_id: str) -> bytes | InputError:
    """Read at most ``max_bytes`` (a file may grow after ``stat``, or be a pipe); more is ``too_large``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return input_error(ErrorKind.UNREADABLE, doc_id=doc_id, location=str(path), message=str(exc))
    if len(data) > max_bytes:
        return too_large(doc_id=doc_id, location=str(path), size=len(data), max_bytes=max_bytes)
    return data


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary (NUL bytes, mostly control bytes), or None."""
    sample = data[:BINARY_SAMPLE_BYTES]
    nul = sample.find(b"\x00")
    if nul >= 0:
        hint = " (UTF-16 text? save it as UTF-8)" if sample[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        return f"NUL byte at offset {nul}: binary data{hint}"
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > BINARY_CONTROL_RATIO:
            return f"{controls} of {len(sample)} bytes are control characters: binary data"
    return None


def decode_document(data: bytes, *, doc_id: str, location: str, offset: int = 0) -> str | InputError:
    """UTF-8 text of ``data`` (a leading BOM dropped) or the ``empty``/``binary``/``encoding`` error.

    ``offset`` is where ``data`` starts in its file, so encoding errors name the file byte offset.
    """
    if not data.strip():
        return input_error(ErrorKind.EMPTY, doc_id=doc_id, location=location, message="no text (empty input)")
    reason = binary_reason(data)
    if reason is not None:
        return input_error(ErrorKind.BINARY, doc_id=doc_id, location=location, message=reason)
    bom = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = offset + bom + exc.start
        bad = data[bom + exc.start : bom + exc.start + 4].hex(" ")
        return input_error(
            ErrorKind.ENCODING,
            doc_id=doc_id,
            location=location,
            message=f"invalid UTF-8 at byte offset {at} (bytes {bad}): {exc.reason}",
        )
    if not text.strip():
        return input_error(
            ErrorKind.EMPTY, doc_id=doc_id, location=location, message="no text (whitespace only)"
        )
    return text


def check_language(text: str, *, doc_id: str, location: str) -> InputError | None:
    """The ``language`` error for text that is clearly not English."""
    reason = non_english_reason(text)
    if reason is None:
        return None
    return input_error(ErrorKind.LANGUAGE, doc_id=doc_id, location=location, message=f"not English: {reason}")
