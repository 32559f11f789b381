"""The wire format: optional header lines, an optional title line, ``Summary – …`` then ``Article – …``.

Layout (markers at a line start, case-insensitive, followed by an en dash, em dash, hyphen or colon)::

    Title: Russia signals a Putin-Trump meeting      <- optional header lines: Title, Date, Source, URL
    Date: 2024-06-13
    Russia signals a Putin-Trump meeting             <- or one plain line before Summary = the title
    Summary – Russia signals a potential meeting…,   <- summary; a trailing comma is dropped
    Article –
    Russia’s deputy United Nations Ambassador…       <- body, kept byte-for-byte (offsets refer to it)

The summary is kept apart so the same news is not coded twice. Text without both markers is a plain
document: its body is everything after the header lines. Header lines work for plain text too; ``Date:``
is the document's dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.sources.constants import WIRE_TITLE_MAX_CHARS

_HEADER = re.compile(r"[ \t]*(title|date|source|url)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.IGNORECASE)
_DASH = r"[ \t]*[–—:-](?=\s|$)"
_SUMMARY = re.compile(r"^[ \t]*summary" + _DASH, re.IGNORECASE | re.MULTILINE)
_SPACE = re.compile(r"\s*")
_ARTICLE = re.compile(r"^[ \t]*article" + _DASH, re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class WireParts:
    """A parsed document. ``body == text[body_offset:body_offset + len(body)]`` always holds."""

    body: str
    body_offset: int
    is_wire: bool = False
    summary: str | None = None
    title: str | None = None
    date_text: str | None = None
    source: str | None = None
    url: str | None = None


def _parse_headers(text: str) -> tuple[dict[str, str], int]:
    """Leading ``Key: value`` lines (blank lines before them allowed) and the offset just past them."""
    headers: dict[str, str] = {}
    first_text = _skip_space(text, 0)
    position = text.rfind("\n", 0, first_text) + 1
    end = 0
    while position < len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline + 1
        line = text[position:line_end].rstrip("\n")
        match = _HEADER.fullmatch(line)
        if match is not None and match.group(1).lower() not in headers:
            headers[match.group(1).lower()] = match.group(2)
            end = line_end
        else:
            break
        position = line_end
    return headers, end


def _skip_space(text: str, position: int) -> int:
    """First non-whitespace position at or after ``position`` (``\\s`` is exactly ``str.isspace``)."""
    match = _SPACE.match(text, position)
    return match.end() if match else position


def _body(text: str, start: int) -> tuple[str, int]:
    offset = _skip_space(text, start)
    return text[offset:].rstrip(), offset


def parse_wire(text: str) -> WireParts:
    """Split ``text`` into header fields, title, summary and body (see the module docstring)."""
    headers, header_end = _parse_headers(text)
    title = headers.get("title") or None
    date_text = headers.get("date") or None
    source = headers.get("source") or None
    url = headers.get("url") or None
    is_wire = False
    summary = None
    body, offset = _body(text, header_end)
    summary_marker = _SUMMARY.search(text, header_end)
    article_marker = _ARTICLE.search(text, summary_marker.end()) if summary_marker else None
    if summary_marker is not None and article_marker is not None:
        prefix = text[header_end : summary_marker.start()].strip()
        if "\n" not in prefix and len(prefix) <= WIRE_TITLE_MAX_CHARS:
            is_wire = True
            summary = text[summary_marker.end() : article_marker.start()].strip().rstrip(",").rstrip() or None
            body, offset = _body(text, article_marker.end())
            title = title or prefix or None
    return WireParts(
        body=body,
        body_offset=offset,
        is_wire=is_wire,
        summary=summary,
        title=title,
        date_text=date_text,
        source=source,
        url=url,
    )
