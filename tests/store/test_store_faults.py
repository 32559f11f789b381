"""Hostile values at the store (issue #13 item 6) and incremental claims that equal a full recompute."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Event, Factuality, InputError
from eventwire.store import LATEST_VERSION, EventFilter, IngestOutcome, Store

EventFactory = Callable[..., Event]
ResultFactory = Callable[..., Any]
TEXT = "Russian President Vladimir Putin met U.S. President Donald Trump in Anchorage, Alaska, on Friday."


@pytest.mark.parametrize("article_id", [0, -1, 2**31, 2**63, 2**64 + 5])
def test_ids_no_backend_can_hold_name_no_row(store: Store, article_id: int) -> None:
    assert store.article(article_id) is None
    assert store.events(EventFilter(article_id=article_id)) == []
    assert store.articles(story_id=article_id) == []


def test_nul_characters_are_stored_as_replacement_characters(
    store: Store, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    text = TEXT.replace("met", "met\x00", 1)
    event = event_factory("nul\x00", "RUSGOV", "USAGOV", text="Putin met\x00 Trump")
    article, result = result_factory("nul\x00", text, [event], url="https://news.example/a\x00b")
    article = dataclasses.replace(article, title="Anchorage\x00")
    assert store.ingest(result, "v1", article) is IngestOutcome.ADDED
    assert store.ingest(result, "v1", article) is IngestOutcome.UNCHANGED
    store.reject(InputError("nul\x00", "feed\x00.xml", "json", "bad \x00 byte"))
    assert store.rejected_inputs()[0]["location"] == "feed\ufffd.xml"
    [summary] = store.articles()
    stored = store.article(summary["id"])
    assert stored is not None
    assert stored["text"] == TEXT.replace("met", "met\ufffd", 1) and len(stored["text"]) == len(text)
    assert stored["title"] == "Anchorage\ufffd" and stored["url"] == "https://news.example/a\ufffdb"
    assert stored["events"][0]["evidence"]["text"] == "Putin met\ufffd Trump"


@pytest.mark.parametrize("blank", ["", "   \n\t ", "\u200b\ufeff", "\u00a0\u2003"])
def test_blank_text_is_recorded_as_rejected_not_stored(
    store: Store, result_factory: ResultFactory, blank: str
) -> None:
    _, result = result_factory("blank", blank, [])
    assert store.ingest(result, "v1") is IngestOutcome.REJECTED
    assert store.stats()["articles"] == 0
    [rejected] = store.rejected_inputs()
    assert rejected["kind"] == "missing_text" and "blank" in rejected["message"]


def _claims(store: Store) -> list[tuple[Any, ...]]:
    return sorted(
        (
            claim["id"],
            claim["status"],
            claim["window"]["start"],
            claim["window"]["end"],
            claim["resolved_on"],
            tuple((item["article_id"], item["event_id"], item["role"]) for item in claim["evidence"]),
        )
        for claim in store.claims()
    )


_PAIRS = [("RUSGOV", "USAGOV"), ("USAGOV", "RUSGOV"), ("CHNGOV", "USAGOV")]
_FACTUALITIES = [Factuality.PLANNED, Factuality.POSSIBLE, Factuality.ASSERTED, Factuality.NEGATED]
_article = st.tuples(
    st.integers(0, 20),  # published: day of August
    st.integers(-3, 12),  # event time relative to it
    st.sampled_from(range(len(_PAIRS))),
    st.sampled_from(_FACTUALITIES),
    st.booleans(),  # cancellation words in the evidence
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles=st.lists(_article, min_size=1, max_size=12), recode=st.lists(st.integers(0, 11), max_size=3))
def test_incremental_claims_equal_a_full_recompute(
    articles: list[tuple[int, int, int, Factuality, bool]],
    recode: list[int],
    result_factory: ResultFactory,
    event_factory: EventFactory,
) -> None:
    """Whatever order articles arrive in (late ones included) and whatever is re-coded, the claims kept
    by each write are exactly those a full recompute finds."""
    with tempfile.TemporaryDirectory() as directory, Store(f"sqlite:///{Path(directory) / 'c.db'}") as store:
        results = []
        for number, (day, offset, pair, factuality, cancel) in enumerate(articles):
            published = dt.date(2025, 8, 1) + dt.timedelta(days=day)
            source, target = _PAIRS[pair]
            cameo = "042" if factuality is Factuality.ASSERTED else "036"
            words = "the visit was called off" if cancel else "officials said"
            event = event_factory(
                f"a{number}",
                source,
                target,
                cameo,
                factuality=factuality,
                when=published + dt.timedelta(days=offset),
                text=words,
                attributed_to=target if factuality is Factuality.NEGATED else None,
            )
            text = f"Article {number} on day {day}: {words} about {source} and {target} in August."
            results.append(result_factory(f"a{number}", text, [event], published=published)[1])
        for result in results:
            store.ingest(result, "v1")
        for number in recode:
            if number < len(results):
                store.ingest(results[number], "v2")
        incremental = _claims(store)
        store.refresh_claims(full=True)
        assert _claims(store) == incremental


def test_a_version_1_store_migrates_and_keeps_its_claims(
    tmp_path: Path, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    """A store written before claim scopes (schema 1) opens: scopes, watermarks and indexes are added and
    its claims are recomputed, the same as a store written today."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as store:
        planned = event_factory("p", "RUSGOV", "USAGOV", "036", factuality=Factuality.PLANNED)
        met = event_factory("m", "RUSGOV", "USAGOV", "042", when=dt.date(2025, 8, 15))
        store.ingest(result_factory("p", "Putin may meet Trump next week.", [planned])[1], "v1")
        published = dt.date(2025, 8, 16)
        store.ingest(result_factory("m", "Putin met Trump in Alaska.", [met], published=published)[1], "v1")
        today = _claims(store)
    assert [claim[1] for claim in today] == ["confirmed"]
    engine = sa.create_engine(url)
    with engine.begin() as connection:  # back to schema 1: what an older eventwire left behind
        for index in (
            "ix_events_claim_scope",
            "ix_claims_scope",
            "ix_claims_scope_window",
            "uq_claim_evidence_link",
            "ix_event_clusters_country_lookup",
            "ix_event_clusters_code_lookup",
            "ix_event_clusters_story",
            "ix_article_bands_recent",
        ):
            connection.execute(sa.text(f"DROP INDEX {index}"))
        connection.execute(sa.text("ALTER TABLE events DROP COLUMN claim_scope"))
        connection.execute(sa.text("ALTER TABLE claims DROP COLUMN scope"))
        connection.execute(sa.text("DROP TABLE claim_scopes"))
        connection.execute(sa.text("DELETE FROM schema_version WHERE version > 1"))
    engine.dispose()
    with Store(url) as store:
        assert store.schema_version == LATEST_VERSION == 4
        assert _claims(store) == today
        later = event_factory("x", "RUSGOV", "USAGOV", "036", factuality=Factuality.PLANNED)
        text = "Putin may visit Washington in the autumn."
        store.ingest(result_factory("x", text, [later], published=dt.date(2025, 9, 1))[1], "v1")
        incremental = _claims(store)
        store.refresh_claims(full=True)
        assert _claims(store) == incremental and len(incremental) == 2


def test_a_version_3_store_keeps_its_articles_and_counts_copies(
    tmp_path: Path, result_factory: ResultFactory, event_factory: EventFactory
) -> None:
    """A store keyed by text hash alone (schema 3) opens at schema 4: the same article re-ingested is
    still unchanged, and an exact copy under another id is now a second article of the same event."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _, wire = result_factory("wire-a", TEXT, [event_factory("wire-a", "RUSGOV", "USAGOV")], source="Wire A")
    with Store(url) as store:
        store.ingest(wire, "v1")
    engine = sa.create_engine(url)
    with engine.begin() as connection:  # what schema 3 left behind: sha256:<hash> keys
        connection.execute(sa.text("UPDATE articles SET dedup_key = 'sha256:' || content_hash"))
        connection.execute(sa.text("DELETE FROM schema_version WHERE version > 3"))
    engine.dispose()
    with Store(url) as store:
        assert store.schema_version == LATEST_VERSION == 4
        assert store.ingest(wire, "v1") is IngestOutcome.UNCHANGED
        _, paper = result_factory(
            "paper-b", TEXT, [event_factory("paper-b", "RUSGOV", "USAGOV")], source="Paper B"
        )
        assert store.ingest(paper, "v1") is IngestOutcome.ADDED
        [cluster] = list(store.iter_event_clusters())
        assert (cluster["num_articles"], cluster["num_sources"]) == (2, 2)
