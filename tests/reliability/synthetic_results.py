"""Hand-made coded articles for the reliability tests: promises, meetings and denials between a few
dyads over three weeks, so concurrent writers contend for the same stories, event clusters and claims.

Also runnable: ``python synthetic_results.py URL FIRST STOP`` ingests articles ``FIRST..STOP-1`` into
the store at ``URL`` (one writer process of a concurrency test).
"""

from __future__ import annotations

import datetime as dt
import sys

from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, TimeSpan

DYADS = (("RUS", "USA"), ("CHN", "USA"), ("FRA", "DEU"), ("IRN", "ISR"))
FACTUALITIES = (Factuality.PLANNED, Factuality.ASSERTED, Factuality.POSSIBLE, Factuality.NEGATED)
FIRST_DAY = dt.date(2025, 8, 1)


def _actor(country: str) -> Actor:
    return Actor(code=f"{country}GOV", name=f"{country} government", country=country, sector="GOV")


def coded_article(number: int) -> DocumentResult:
    """Article ``number``: one or two events on a dyad, a date in three weeks, a text of its own."""
    source, target = DYADS[number % len(DYADS)]
    factuality = FACTUALITIES[(number // len(DYADS)) % len(FACTUALITIES)]
    published = FIRST_DAY + dt.timedelta(days=(number * 7) % 21)
    when = published + dt.timedelta(days=number % 5)
    text = (
        f"Report {number}: officials of {source} and {target} spoke about talks planned for day "
        f"{when.isoformat()}; the statement number {number * 37 % 101} followed earlier remarks."
    )
    cameo = "042" if factuality is Factuality.ASSERTED else "036"
    events = [
        Event(
            doc_id=f"r{number}",
            sentence=sentence,
            source=_actor(first),
            target=_actor(second),
            cameo=cameo,
            cameo_name="Make a visit" if cameo == "042" else "Express intent to meet",
            goldstein=1.9,
            quad_class=1,
            plover="CONSULT",
            plover_mode="visit",
            factuality=factuality,
            attributed_to=_actor(target) if factuality is Factuality.NEGATED else None,
            time=TimeSpan(text=when.isoformat(), start=when, end=when),
            location=None,
            evidence=Evidence(0, 9, text[:9]),
            rule="test",
            confidence=0.9,
        )
        for sentence, (first, second) in enumerate([(source, target), (target, source)][: 1 + number % 2])
    ]
    article = Article(id=f"r{number}", text=text, published=published, source=f"outlet{number % 3}")
    return DocumentResult(doc_id=article.id, date=published, events=events, article=article)


def main(arguments: list[str]) -> None:
    from eventwire.store import Store

    url, first, stop = arguments[0], int(arguments[1]), int(arguments[2])
    with Store(url) as store:
        for number in range(first, stop):
            store.ingest(coded_article(number), "v1")
        store.refresh_claims()


if __name__ == "__main__":
    main(sys.argv[1:])
