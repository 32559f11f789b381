"""A posted text as the coder should read it: plain text as it is, an HTML page's main text extracted.

People paste whole pages into ``POST /api/v1/articles``; read as they are, tags, scripts and styles would
be stored and coded as sentences. A body is HTML when its ``format`` says ``html``, or, with ``auto``
(the default), when it looks like markup (``html_detect.json``): a document tag (``<!DOCTYPE html>``,
``<html>``, ``<head>``, ``<body>``) or an element that never holds article text (``<script>``,
``<style>``, ...) marks a page at once, else at least two tags of common elements (``<p>``, ``</div>``)
do. ``format: text`` keeps a text that merely quotes a tag as it is.

When extraction finds no main text: with ``auto``, a text with an element opened and closed
(``Officials said <b>no</b>.``) is inline markup in use and is read as its text content, like ``html``;
a text that only names tags (``Use <b> and <i>``) merely looked like markup and is coded as it is; a
page (document or non-text tag) is a 422. With ``html``, a fragment or a text without
any tag is read as its text content (:mod:`eventwire.api.html_fragment`: tags dropped, entities decoded),
a 422 only when that holds no letter or digit (a page of scripts and images).

A page is read exactly as an HTML file or a fetched URL is
(:func:`eventwire.sources.html.read_html_document`: trafilatura, its tree-size cap, the stdlib fallback,
the English check): its main text, its ``<title>`` and its metadata date. Hostile markup (scripts,
megabyte attributes, nesting thousands deep, broken tags) gives clean text or an ``UnreadableBodyError``
naming the field and why, never an exception of the parser's own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from eventwire.api.html_fragment import fragment_text
from eventwire.model import InputError
from eventwire.sources.constants import ErrorKind
from eventwire.sources.html import read_html_document
from eventwire.sources.repeats import blank_repeated_blocks

TEXT = re.compile(r"[0-9A-Za-z]")
"""Text worth coding has an ASCII letter or digit (the API's ``TEXT_TO_STORE``)."""
BodyFormat = Literal["auto", "text", "html"]
"""What a posted ``text`` is: ``auto`` (HTML if it looks like markup), plain ``text``, or ``html``."""


class UnreadableBodyError(ValueError):
    """A posted body whose ``field`` cannot be read as an article (answered 422 at ``body.<field>``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class PostedText:
    """The article a body holds: ``text`` to code (repeated blocks blanked), the page's ``title`` and
    ``published`` date where it was HTML (the body's own date first), and whether it was ``html``."""

    text: str
    title: str | None
    published: dt.date | None
    html: bool


@dataclass(frozen=True, slots=True)
class _Markers:
    page: re.Pattern[str]
    element: re.Pattern[str]
    min_elements: int


@cache
def _markers() -> _Markers:
    raw = json.loads(resources.files(__package__).joinpath("html_detect.json").read_text(encoding="utf-8"))

    def tags(names: list[str]) -> str:
        return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))

    page = rf"<\s*(?:{tags(raw['document_tags'] + raw['non_text_tags'])})(?![\w-])"
    element = rf"<\s*/?\s*(?:{tags(raw['element_tags'])})(?:\s[^<>]*)?/?\s*>"
    return _Markers(
        page=re.compile(page, re.IGNORECASE),
        element=re.compile(element, re.IGNORECASE),
        min_elements=int(raw["min_element_tags"]),
    )


def looks_like_page(text: str) -> bool:
    """True when ``text`` holds a document tag (``<html>``, ``<!DOCTYPE html>``) or a non-text one
    (``<script>``, ``<style>``, ...): a page, not a text that quotes a tag or two."""
    return _markers().page.search(text) is not None


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds a document or non-text tag, or at least two common element tags."""
    if looks_like_page(text):
        return True
    markers = _markers()
    tags = markers.element.finditer(text)
    return len(list(itertools.islice(tags, markers.min_elements))) >= markers.min_elements


_PAIRED_TAG = re.compile(r"<\s*([a-z][\w-]*)\b[^<>]*>.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
"""An element opened and closed ("<b>Putin</b> met Trump"): markup in use, read as a fragment's text."""


def read_posted_text(
    text: str, body_format: BodyFormat = "auto", *, date: dt.date | None = None
) -> PostedText:
    """The article in a posted ``text``; raises ``UnreadableBodyError`` (field ``text``) for a page
    without main text, one that is not English, or text that cannot be encoded (a lone surrogate)."""
    surrogate = next((index for index, char in enumerate(text) if "\ud800" <= char <= "\udfff"), None)
    if surrogate is not None:  # JSON "\ud800" decodes to a string no encoder or tokenizer accepts
        raise UnreadableBodyError("text", f"an unpaired surrogate at character {surrogate}")
    if body_format == "text" or (body_format == "auto" and not looks_like_html(text)):
        return _as_text(text, date)
    item = read_html_document(text.encode("utf-8"), doc_id="posted", origin="text", default_date=date)
    if isinstance(item, InputError) and item.kind == ErrorKind.EMPTY:
        if body_format == "auto" and not looks_like_page(text) and not _PAIRED_TAG.search(text):
            return _as_text(text, date)  # "Use <b> for bold, <i> for italics.": tags named, not used
        content = fragment_text(text)  # a fragment, or a text without tags: its text content
        if TEXT.search(content):
            return PostedText(blank_repeated_blocks(content), None, date, html=True)
    if isinstance(item, InputError):
        reason = item.message.removeprefix(f"{item.location}: ")
        hint = ' (send "format": "text" to code it as it is)' if body_format == "auto" else ""
        raise UnreadableBodyError("text", f"read as HTML: {reason}{hint}")
    return PostedText(item.text, item.title, item.published, html=True)


def _as_text(text: str, date: dt.date | None) -> PostedText:
    return PostedText(blank_repeated_blocks(text), None, date, html=False)
