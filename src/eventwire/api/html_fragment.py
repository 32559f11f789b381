"""The text content of an HTML fragment, for a posted text read as HTML that holds no page-like main text.

trafilatura (and the stdlib page extractor) look for an article's main text and find none in a short
fragment such as ``<b>Breaking:</b> Russia condemned Ukraine.`` or in a text without any tag; read as
HTML, such a fragment is its text content: tags dropped, entities decoded (``&amp;`` is ``&``), the
content of scripts, styles and other non-text elements (``html_fragment.json``) dropped, block elements
ending a line. The stdlib parser never recurses, so hostile markup (deep nesting, broken tags) costs time
linear in its length.
"""

from __future__ import annotations

import json
from functools import cache
from html.parser import HTMLParser
from importlib import resources


@cache
def _rules() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files(__package__).joinpath("html_fragment.json").read_text(encoding="utf-8"))
    return {key: frozenset(raw[key]) for key in ("skipped_tags", "block_tags")}


class _FragmentParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = _rules()
        self.skip_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.rules["skipped_tags"]:
            self.skip_depth += 1
        elif tag in self.rules["block_tags"]:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.rules["block_tags"]:  # <br/>: a self-closed element never opens a skipped one
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.rules["skipped_tags"]:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.rules["block_tags"]:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """The text content of ``html`` (any string: a fragment, a page, or text without tags): one line per
    block element, blanks within a line collapsed, blank lines and NUL characters dropped; ``""`` when it
    holds no text."""
    parser = _FragmentParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).replace("\x00", "").splitlines())
    return "\n".join(line for line in lines if line)
