"""RSS and Atom feeds (feedparser) to entries: the linked page, its title, and the feed's date for it."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin

import feedparser


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed. ``published`` is the feed's date, used when the page itself has none."""

    url: str
    title: str | None
    published: dt.date | None
    feed_title: str | None


def _date(parsed: Any) -> dt.date | None:
    if isinstance(parsed, time.struct_time):
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def parse_feed(data: bytes, feed_url: str) -> list[FeedEntry]:
    """Entries with a link, in feed order; relative links are resolved against ``feed_url``.

    feedparser never raises on bad XML (it sets ``bozo``); a feed it cannot read simply has no entries.
    """
    parsed = feedparser.parse(data, response_headers={"content-location": feed_url})
    feed_title = parsed.feed.get("title") or None
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        url = urldefrag(urljoin(feed_url, link.strip()))[0]
        published = _date(entry.get("published_parsed")) or _date(entry.get("updated_parsed"))
        entries.append(FeedEntry(url, entry.get("title") or None, published, feed_title))
    return entries
