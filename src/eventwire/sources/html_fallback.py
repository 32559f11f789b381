"""A plain stdlib extractor for HTML pages, used only when trafilatura cannot be imported.

trafilatura 2.3 needs ``lxml_html_clean`` (split out of lxml 5.2); where that is missing, pages are still
read, less cleverly: text of paragraph-like elements outside navigation, the ``<title>`` and a date from
the usual ``<meta>`` tags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from importlib import resources

from eventwire.sources.constants import HTML_FALLBACK_MAX_DEPTH

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


@dataclass(frozen=True, slots=True)
class PageParts:
    """What we take from a page: main text, title and the raw date string, any of which may be missing."""

    text: str
    title: str | None
    date_text: str | None


@cache
def _rules() -> dict[str, frozenset[str]]:
    raw = resources.files("eventwire.sources").joinpath("html_fallback.json").read_text("utf-8")
    data = json.loads(raw)
    return {key: frozenset(data[key]) for key in ("text_tags", "skipped_tags", "date_meta_names")}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = _rules()
        self.stack: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.block: list[str] = []
        self.blocks: list[str] = []
        self.date_text: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS or len(self.stack) >= HTML_FALLBACK_MAX_DEPTH:
            return
        if tag not in self.rules["text_tags"] and tag not in self.rules["skipped_tags"]:
            return  # containers (div, section, ...) decide nothing: thousands of nested ones cost no depth
        if tag in self.rules["text_tags"]:
            self._flush()
        self.stack.append(tag)
        if tag in self.rules["skipped_tags"]:
            self.skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in self.rules["skipped_tags"]:
                self.skip_depth -= 1
            if open_tag in self.rules["text_tags"]:
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif self.skip_depth == 0 and any(tag in self.rules["text_tags"] for tag in self.stack):
            self.block.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if self.date_text is None and content and name in self.rules["date_meta_names"]:
            self.date_text = content.strip()

    def _flush(self) -> None:
        text = " ".join(" ".join(self.block).split())
        if text:
            self.blocks.append(text)
        self.block = []

    def result(self) -> PageParts:
        self._flush()
        title = " ".join(" ".join(self.title_parts).split()) or None
        return PageParts(text="\n".join(self.blocks), title=title, date_text=self.date_text)


def extract_page(html: str) -> PageParts:
    """Main text, title and date of ``html``; broken markup degrades the result, never raises."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.result()
