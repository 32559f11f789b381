"""Store behaviour on both backends: idempotent ingest, re-coding, reads, rejections, migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from eventwire.model import Event, Factuality, InputError
from eventwire.store import EventFilter, IngestOutcome, SchemaTooNewError, Store
from eventwire.store.migrations import LATEST_VERSION

EventFactory = Callable[..., Event]
ResultFactory = Callable[..., Any]

TEXT = "Russian President Vladimir Putin met U.S. President Donald Trump in Anchorage, Alaska, on Friday."


def test_same_article_twice_is_one_article(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    article, result = result_factory("a1", TEXT, [event_factory("a1", "RUSGOV", "USAGOV")])
    assert store.ingest(result, "v1") is IngestOutcome.ADDED
    before = store.stats()
    assert store.ingest(result, "v1") is IngestOutcome.UNCHANGED
    assert store.stats() == before
    assert before["articles"] == 1 and before["events"] == 1 and before["actors"] == 2
    assert store.is_current(article, "v1")
    assert not store.is_current(article, "v2")


def test_same_text_rewrapped_is_the_same_article(store: Store, result_factory: ResultFactory) -> None:
    _, first = result_factory("a", TEXT, [])
    _, second = result_factory("a", TEXT.replace(" ", "\n  "), [])
    store.ingest(first, "v1")
    assert store.ingest(second, "v1") is IngestOutcome.UNCHANGED
    assert store.stats()["articles"] == 1


def test_exact_copy_under_another_id_is_another_article_of_the_same_event(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    """Issue #11 item 5 (GDELT NumArticles / NumSources): a wire story reprinted word for word by a paper
    is a second article and a second source for the one event, not a second event."""
    _, wire = result_factory("wire-a", TEXT, [event_factory("wire-a", "RUSGOV", "USAGOV")], source="Wire A")
    _, paper = result_factory(
        "paper-b", TEXT, [event_factory("paper-b", "RUSGOV", "USAGOV")], source="Paper B"
    )
    assert store.ingest(wire, "v1") is IngestOutcome.ADDED
    assert store.ingest(paper, "v1") is IngestOutcome.ADDED
    assert store.ingest(paper, "v1") is IngestOutcome.UNCHANGED
    stats = store.stats()
    assert stats["articles"] == 2 and stats["stories"] == 1 and stats["event_clusters"] == 1
    [cluster] = list(store.iter_event_clusters())
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (2, 2, 2)


def test_another_text_under_the_same_fallback_id_is_another_article(
    store: Store, result_factory: ResultFactory
) -> None:
    """Two different texts piped in one after the other share the fallback id ``stdin``: neither
    replaces the other."""
    _, first = result_factory("stdin", TEXT, [])
    _, second = result_factory("stdin", "Chinese Premier Li Qiang visited Berlin on Tuesday.", [])
    store.ingest(first, "v1")
    assert store.ingest(second, "v1") is IngestOutcome.ADDED
    assert store.stats()["articles"] == 2


def test_url_identifies_an_article(store: Store, result_factory: ResultFactory) -> None:
    _, first = result_factory("a", TEXT, [], url="https://example.org/1")
    _, same_text_other_url = result_factory("b", TEXT, [], url="https://example.org/2")
    store.ingest(first, "v1")
    assert store.ingest(same_text_other_url, "v1") is IngestOutcome.ADDED
    assert store.stats()["articles"] == 2


def test_new_coder_version_replaces_events(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    _, old = result_factory(
        "a1", TEXT, [event_factory("a1", "RUSGOV", "USAGOV"), event_factory("a1", "USAGOV", "RUSGOV")]
    )
    store.ingest(old, "v1")
    _, new = result_factory("a1", TEXT, [event_factory("a1", "RUSGOV", "USAGOV", "040")])
    assert store.ingest(new, "v2") is IngestOutcome.REPLACED
    stats = store.stats()
    assert stats["articles"] == 1 and stats["events"] == 1
    assert [event["cameo"] for event in store.events()] == ["040"]
    stored = store.articles()
    assert stored[0]["coder_version"] == "v2"
    assert stats["event_clusters"] == 1


def test_full_event_record_is_kept(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    event = event_factory("a1", "RUSGOV", "USAGOV", when=dt.date(2025, 8, 15), text="Putin met Trump")
    _, result = result_factory("a1", TEXT, [event])
    store.ingest(result, "v1")
    [stored] = store.events()
    assert {key: stored[key] for key in event.to_dict()} == event.to_dict()
    assert stored["date"] == "2025-08-15"
    detail = store.article(stored["article_id"])
    assert detail is not None and detail["text"] == TEXT and len(detail["events"]) == 1
    assert store.article(10_000) is None


def test_event_filters(store: Store, result_factory: ResultFactory, event_factory: EventFactory) -> None:
    events = [
        event_factory("a1", "RUSGOV", "USAGOV", "042", when=dt.date(2025, 8, 1)),
        event_factory("a1", "UKRMIL", "RUSMIL", "190", sentence=1, when=dt.date(2025, 8, 10)),
        event_factory("a1", "CHNGOV", None, "010", sentence=2, factuality=Factuality.PLANNED),
    ]
    _, result = result_factory("a1", TEXT, events)
    store.ingest(result, "v1")
    assert len(store.events()) == 3
    assert [e["cameo"] for e in store.events(EventFilter(actor="RUS"))] == ["042", "190"]
    assert [e["cameo"] for e in store.events(EventFilter(dyad=("USA", "RUS")))] == ["042"]
    assert [e["cameo"] for e in store.events(EventFilter(root="19"))] == ["190"]
    assert [e["cameo"] for e in store.events(EventFilter(since=dt.date(2025, 8, 8)))] == ["190"]
    assert [e["cameo"] for e in store.events(EventFilter(until=dt.date(2025, 8, 5)))] == ["042"]
    assert [e["cameo"] for e in store.events(EventFilter(factuality="planned"))] == ["010"]
    assert [e["cameo"] for e in store.events(EventFilter(actor="RUS_"))] == []
    assert len(store.events(limit=1, offset=1)) == 1


def test_actors_and_dyad_series(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    days = [dt.date(2025, 8, 4), dt.date(2025, 8, 5), dt.date(2025, 8, 12)]
    for number, day in enumerate(days):
        _, result = result_factory(
            f"d{number}",
            f"{TEXT} {number}",
            [event_factory(f"d{number}", "USAGOV", "RUSGOV", when=day)],
            published=day,
        )
        store.ingest(result, "v1")
    daily = store.dyad_series("RUS", "USA", count="mentions")
    assert [point["period"] for point in daily] == ["2025-08-04", "2025-08-05", "2025-08-12"]
    assert sum(point["events"] for point in store.dyad_series("RUS", "USA")) == 1, "one story: one event"
    weekly = store.dyad_series("RUS", "USA", freq="week", count="mentions")
    assert [(point["period"], point["events"]) for point in weekly] == [("2025-08-04", 2), ("2025-08-11", 1)]
    assert weekly[0]["mean_goldstein"] == pytest.approx(1.9)
    by_code = {actor["code"]: actor for actor in store.actors(count="mentions")}
    assert by_code["USAGOV"]["events_as_source"] == 3 and by_code["RUSGOV"]["events_as_target"] == 3


def test_rejected_inputs_are_kept_once(store: Store) -> None:
    error = InputError(doc_id="bad", location="inputs/bad.jsonl:3", kind="json", message="Expecting value")
    store.reject(error)
    store.reject(error)
    [rejected] = store.rejected_inputs()
    assert rejected["kind"] == "json" and rejected["times_seen"] == 2
    assert store.stats()["rejected_inputs"] == 1


def test_schema_is_versioned_and_reopening_is_harmless(store_url: str) -> None:
    with Store(store_url) as first:
        assert first.schema_version == LATEST_VERSION
    with Store(store_url) as again:
        assert again.schema_version == LATEST_VERSION
        with again.engine.begin() as connection:
            versions = connection.execute(sa.text("SELECT version FROM schema_version")).scalars().all()
            assert versions == list(range(1, LATEST_VERSION + 1))
            connection.execute(sa.text("INSERT INTO schema_version VALUES (999, CURRENT_TIMESTAMP)"))
    with pytest.raises(SchemaTooNewError):
        Store(store_url)


def test_url_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("EVENTWIRE_DB", url)
    with Store() as opened:
        assert opened.url == url
    assert (tmp_path / "env.db").exists()
