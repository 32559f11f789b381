"""The watcher: poll feeds, fetch each new linked page once, extract, code, ingest; then sleep and repeat.

A feed or page that fails costs that feed or page only. Permanent failures (a 404, a page over the size
limit, a non-http link or redirect, a host that is not public) are recorded once as rejected inputs and
never fetched again (a feed: not again by this watcher); transient ones (timeouts, 5xx, a host that does
not resolve) are retried on the next poll.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from eventwire.batch.ingest import ResultSink
from eventwire.model import Article, DocumentResult, InputError
from eventwire.sources.html import read_html_document
from eventwire.watch.feeds import FeedEntry, parse_feed
from eventwire.watch.fetch import DEFAULT_LIMITS, FetchError, FetchLimits, fetch_url
from eventwire.watch.seen import SeenUrls

FETCH_ERROR_KIND = "fetch"


class CoderLike(Protocol):
    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]: ...


def _default_coder() -> CoderLike:
    from eventwire.coder import Coder  # spaCy loads only when there is something to code

    return Coder()


@dataclass(slots=True)
class PollReport:
    """One pass over the feeds: what was new, coded, and what went wrong (with reasons)."""

    feeds: int = 0
    entries: int = 0
    new: int = 0
    coded: int = 0
    events: int = 0
    failed_feeds: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"polled {self.feeds} feeds: {self.entries} entries, {self.new} new, {self.coded} coded, "
            f"{self.events} events, {len(self.problems)} problems"
        )


class Watcher:
    """Polls ``feeds``; results go to ``sink``; handled URLs are remembered in ``seen``."""

    def __init__(
        self,
        feeds: Sequence[str],
        *,
        seen: SeenUrls,
        sink: ResultSink,
        limits: FetchLimits = DEFAULT_LIMITS,
        coder_factory: Callable[[], CoderLike] = _default_coder,
        on_result: Callable[[DocumentResult], None] | None = None,
    ) -> None:
        self.feeds = list(feeds)
        self.seen = seen
        self.sink = sink
        self.limits = limits
        self._coder_factory = coder_factory
        self._coder: CoderLike | None = None
        self._on_result = on_result
        self._dead_feeds: set[str] = set()

    @property
    def coder(self) -> CoderLike:
        if self._coder is None:
            self._coder = self._coder_factory()
        return self._coder

    def poll_once(self) -> PollReport:
        report = PollReport()
        for feed_url in self.feeds:
            if feed_url in self._dead_feeds:
                continue
            report.feeds += 1
            try:
                data, _type = fetch_url(feed_url, self.limits)
            except FetchError as error:
                report.failed_feeds += 1
                report.problems.append(f"feed {error}")
                if error.permanent:
                    self._dead_feeds.add(feed_url)
                    rejected = InputError(feed_url, feed_url, FETCH_ERROR_KIND, f"feed: {error.reason}")
                    self.sink.ingest([DocumentResult(feed_url, None, errors=[rejected])])
                continue
            entries = parse_feed(data, feed_url)
            report.entries += len(entries)
            self._handle_entries([entry for entry in entries if entry.url not in self.seen], report)
        return report

    def _handle_entries(self, entries: list[FeedEntry], report: PollReport) -> None:
        unique = list({entry.url: entry for entry in entries}.values())
        report.new += len(unique)
        articles: list[Article] = []
        results: list[DocumentResult] = []
        for entry in unique:
            item = self._page(entry)
            if isinstance(item, Article):
                articles.append(item)
            elif item is not None:
                report.problems.append(f"page {item.location}: {item.message}")
                results.append(DocumentResult(item.doc_id, None, errors=[item]))
            else:
                report.problems.append(f"page {entry.url}: will retry")
        if articles:
            results.extend(self.coder.code_articles(articles))
        coded = [result for result in results if result.article is not None]
        report.coded += len(coded)
        report.events += sum(len(result.events) for result in coded)
        self.sink.ingest(results)
        for result in results:
            if self._on_result is not None:
                self._on_result(result)
            self.seen.add(result.article.url if result.article and result.article.url else result.doc_id)
        self.seen.save()

    def _page(self, entry: FeedEntry) -> Article | InputError | None:
        """The page as an Article, an InputError for a permanent failure, None for a transient one."""
        try:
            data, _type = fetch_url(entry.url, self.limits)
        except FetchError as error:
            if not error.permanent:
                return None
            return InputError(entry.url, entry.url, FETCH_ERROR_KIND, error.reason)
        item = read_html_document(data, doc_id=entry.url, origin=entry.url, default_date=entry.published)
        if isinstance(item, InputError):
            return item
        return dataclasses.replace(
            item,
            url=entry.url,
            title=item.title or entry.title,
            source=entry.feed_title or urlsplit(entry.url).hostname,
        )

    def run(
        self,
        *,
        interval: float,
        once: bool = False,
        log: Callable[[str], None] = print,
        sleep: Callable[[float], None] = time.sleep,
    ) -> PollReport:
        """Poll until interrupted (or once, returning the pass's report); each pass logs one line, and
        each problem one more."""
        while True:
            report = self.poll_once()
            log(report.line())
            for problem in report.problems:
                log(f"  {problem}")
            if once:
                return report
            sleep(interval)
