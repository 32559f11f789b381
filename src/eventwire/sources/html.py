"""HTML pages: main text, title and date via trafilatura (offline), or the stdlib fallback without it.

Pages are hostile input (scripts, megabyte attributes, broken markup): extraction failures become an
``InputError``, never an exception.
"""

from __future__ import annotations

import datetime as dt
import logging
from configparser import ConfigParser
from functools import cache
from types import ModuleType

from eventwire.model import Article
from eventwire.sources.checks import binary_reason, check_language
from eventwire.sources.constants import HTML_MAX_TREE_SIZE, ErrorKind
from eventwire.sources.dates import first_date, parse_date
from eventwire.sources.errors import input_error
from eventwire.sources.html_fallback import PageParts, extract_page
from eventwire.sources.items import SourceItem
from eventwire.sources.repeats import blank_repeated_blocks

_log = logging.getLogger(__name__)


@cache
def _trafilatura() -> ModuleType | None:
    """trafilatura, or None where it cannot be imported (it needs ``lxml_html_clean``)."""
    try:
        import trafilatura
    except ImportError as exc:
        _log.warning("trafilatura unavailable (%s); using the simple HTML extractor", exc)
        return None
    return trafilatura


@cache
def _trafilatura_config() -> ConfigParser:
    """trafilatura's defaults with our tree cap; its own file-size cap is lifted (``read_inputs`` checks)."""
    from trafilatura.settings import use_config

    config: ConfigParser = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(HTML_MAX_TREE_SIZE))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(2**62))
    # htmldate reads the page's metadata only (meta tags, JSON-LD, <time>, the URL): its extensive search
    # takes dates from the body text, so "Since early 2022" would date a 2025 page to 2022-01-01
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _decode(data: bytes) -> str:
    """Pages declare all sorts of charsets; for the fallback, UTF-8 else Windows-1252 is good enough."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def extract_html(data: bytes) -> PageParts:
    """Main text, title and date string of a page. May raise on pathological input (caller guards)."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        return extract_page(_decode(data))
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, config=_trafilatura_config()
    )
    if document is None or not (document.text or "").strip():
        # trafilatura gives up on some pages (e.g. markup nested hundreds deep): try the simple extractor
        return extract_page(_decode(data))
    return PageParts(text=document.text or "", title=document.title or None, date_text=document.date or None)


def read_html_document(data: bytes, *, doc_id: str, origin: str, default_date: dt.date | None) -> SourceItem:
    """One page as an Article whose text is the extracted main text.

    Its date, best first (:mod:`.dates`): ``default_date`` (the caller's explicit ``--date`` or a feed
    entry's date), then the page's metadata read by htmldate; never a date found in the body text."""
    if not data.strip():
        return input_error(ErrorKind.EMPTY, doc_id=doc_id, location=origin, message="no text (empty input)")
    reason = binary_reason(data)
    if reason is not None:
        return input_error(ErrorKind.BINARY, doc_id=doc_id, location=origin, message=reason)
    try:
        page = extract_html(data)
    except Exception as exc:  # third-party parsers on hostile markup: report, never crash the run
        return input_error(
            ErrorKind.HTML, doc_id=doc_id, location=origin, message=f"cannot extract text: {exc!r}"
        )
    if not page.text.strip():
        return input_error(
            ErrorKind.EMPTY, doc_id=doc_id, location=origin, message="no main text found in the page"
        )
    language_error = check_language(page.text, doc_id=doc_id, location=origin)
    if language_error is not None:
        return language_error
    published = parse_date(page.date_text) if page.date_text else None
    return Article(
        id=doc_id,
        text=blank_repeated_blocks(page.text),
        title=page.title,
        published=first_date(default_date, published),
        origin=origin,
    )
