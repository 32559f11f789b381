"""Stories, event clusters (GDELT-style counts), claims and bulk idempotency through the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from eventwire.model import Event, Factuality
from eventwire.store import IngestOutcome, Store

EventFactory = Callable[..., Event]
ResultFactory = Callable[..., Any]

REPORT = (
    "Russian President Vladimir Putin and U.S. President Donald Trump met in Anchorage, Alaska, on Friday "
    "for nearly three hours of talks on the war in Ukraine, officials from both sides said."
)
MET = dt.date(2025, 8, 15)


def test_rewrites_are_one_story_and_one_event_with_counts(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    texts = [
        (REPORT, "Reuters"),
        (REPORT.replace("officials from both sides said", "the Kremlin said on Saturday"), "TASS"),
        (REPORT.replace("nearly three hours", "almost three hours"), "Reuters"),
    ]
    for number, (text, outlet) in enumerate(texts):
        doc = f"r{number}"
        event = event_factory(doc, "RUSGOV", "USAGOV", "040", when=MET)
        _, result = result_factory(doc, text, [event], published=dt.date(2025, 8, 16), source=outlet)
        store.ingest(result, "v1")
    _, other = result_factory(
        "other", "Floods swept southern Pakistan as record monsoon rains hit Sindh.", [], published=MET
    )
    store.ingest(other, "v1")
    stories = {article["story_id"] for article in store.articles() if article["doc_id"] != "other"}
    assert len(stories) == 1
    assert store.stats()["stories"] == 2
    [cluster] = list(store.iter_event_clusters())
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (3, 3, 2)
    assert len(store.events()) == 3


def test_same_dyad_root_and_day_from_unrelated_articles_is_one_event(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    first = event_factory("a", "RUSGOV", "USAGOV", "042", when=MET)
    second = event_factory("b", "RUSGOV", "USAGOV", "043", when=MET + dt.timedelta(days=1))
    far = event_factory("c", "RUSGOV", "USAGOV", "042", when=MET + dt.timedelta(days=30))
    for doc, event, text in [
        ("a", first, "Putin hosted Trump at a military base near Anchorage."),
        ("b", second, "Talks between the Russian and American leaders lasted three hours in Alaska."),
        ("c", far, "A month later the two presidents spoke again in a different city entirely."),
    ]:
        _, result = result_factory(doc, text, [event])
        store.ingest(result, "v1")
    counts = sorted(cluster["num_articles"] for cluster in store.iter_event_clusters())
    assert counts == [1, 2]


def test_seed_and_follow_up_confirm_a_claim(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    next_week = dt.date(2025, 8, 11)
    seed_event = event_factory(
        "seed", "RUSGOV", "USAGOV", "040", factuality=Factuality.POSSIBLE, when=next_week
    )
    _, seed = result_factory("seed", "Putin may meet Trump next week, Polyanskiy said.", [seed_event])
    store.ingest(seed, "v1")
    store.refresh_claims()
    [opened] = store.claims()
    assert opened["status"] == "open" and opened["window"] == {"start": "2025-08-07", "end": "2025-08-25"}
    met = event_factory("met", "USAGOV", "RUSGOV", "042", when=MET)
    _, follow_up = result_factory(
        "met", "Putin and Trump met in Anchorage.", [met], published=dt.date(2025, 8, 16)
    )
    store.ingest(follow_up, "v1")
    assert store.refresh_claims() == 1
    [claim] = store.claims(status="confirmed")
    assert claim["id"] == opened["id"]
    assert sorted(claim["parties"]) == ["RUS", "USA"]
    articles = {article["doc_id"]: article["id"] for article in store.articles()}
    assert [(item["article_id"], item["role"]) for item in claim["evidence"]] == [
        (articles["seed"], "opened"),
        (articles["met"], "confirmed"),
    ]
    assert all(item["event_id"] is not None for item in claim["evidence"])
    assert store.stats()["claims_by_status"] == {"confirmed": 1}


def test_claim_lapses_against_the_newest_article(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    promise = event_factory("p", "CHNGOV", "IND", "036", factuality=Factuality.PLANNED)
    _, seed = result_factory("p", "China plans to meet India soon.", [promise])
    _, later = result_factory("l", "An unrelated report a month later.", [], published=dt.date(2025, 9, 30))
    store.ingest(seed, "v1")
    store.ingest(later, "v1")
    store.refresh_claims()
    assert [claim["status"] for claim in store.claims()] == ["lapsed"]
    store.refresh_claims(as_of=dt.date(2025, 8, 10))
    assert [claim["status"] for claim in store.claims()] == ["open"]


def test_ingesting_200_articles_twice_changes_no_count(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    countries = ["RUS", "USA", "UKR", "CHN", "FRA", "DEU", "IND", "BRA"]
    pairs: list[tuple[Any, Any]] = []
    for number in range(200):
        source, target = countries[number % 8], countries[(number * 3 + 1) % 8]
        day = dt.date(2025, 1, 1) + dt.timedelta(days=number % 60)
        text = f"Report {number}: officials of {source} met officials of {target} on day {number % 60}."
        factuality = Factuality.PLANNED if number % 10 == 0 else Factuality.ASSERTED
        event = event_factory(
            f"n{number}", f"{source}GOV", f"{target}GOV", "042", factuality=factuality, when=day
        )
        url = f"https://news.example/{number}" if number % 2 else None
        pairs.append(result_factory(f"n{number}", text, [event], published=day, url=url))
    first = store.ingest_batch((result for _, result in pairs), "v1")
    before = store.stats()
    assert first[IngestOutcome.ADDED] == 200 and before["articles"] == 200 and before["mentions"] == 200
    second = store.ingest_batch((result for _, result in pairs), "v1")
    assert second[IngestOutcome.UNCHANGED] == 200
    assert store.stats() == before
    assert all(store.is_current(article, "v1") for article, _ in pairs)
