"""Claim tracking rules on hand-made observations: open, confirm, cancel, deny, lapse."""

from __future__ import annotations

import datetime as dt

from eventwire.stories import ClaimStatus, Observation, load_claim_rules, track_claims

SEED_DAY = dt.date(2025, 8, 7)
NEXT_WEEK = (dt.date(2025, 8, 11), dt.date(2025, 8, 17))


def observe(
    event_id: int,
    article_id: int,
    day: dt.date,
    factuality: str,
    *,
    cameo: str = "040",
    source: str = "RUS",
    target: str = "USA",
    when: tuple[dt.date, dt.date] | None = None,
    speaker: str | None = None,
    text: str = "",
) -> Observation:
    start, end = when or (day, day)
    return Observation(
        event_id=event_id,
        article_id=article_id,
        article_date=day,
        event_start=start,
        event_end=end,
        source_code=f"{source}GOV",
        target_code=f"{target}GOV",
        source_party=source,
        target_party=target,
        cameo=cameo,
        sentence=0,
        factuality=factuality,
        attributed_party=speaker,
        text=text,
    )


SEED = observe(1, 1, SEED_DAY, "possible", when=NEXT_WEEK, speaker="RUS")


def test_a_meeting_in_the_window_confirms_either_direction() -> None:
    met = observe(2, 2, dt.date(2025, 8, 16), "asserted", source="USA", target="RUS", cameo="042")
    [claim] = track_claims([met, SEED])
    assert claim.status is ClaimStatus.CONFIRMED
    assert [(item.article_id, item.role) for item in claim.evidence] == [(1, "opened"), (2, "confirmed")]
    assert claim.window_end == dt.date(2025, 8, 31)
    assert claim.resolved_on == dt.date(2025, 8, 16)


def test_the_opening_article_cannot_confirm_itself() -> None:
    same_article = observe(2, 1, SEED_DAY, "asserted")
    [claim] = track_claims([SEED, same_article], as_of=SEED_DAY)
    assert claim.status is ClaimStatus.OPEN


def test_other_dyads_families_and_times_do_not_match() -> None:
    others = [
        observe(2, 2, dt.date(2025, 8, 16), "asserted", target="UKR"),
        observe(3, 3, dt.date(2025, 8, 16), "asserted", cameo="190"),
        observe(4, 4, dt.date(2025, 8, 16), "asserted", when=(dt.date(2019, 6, 28), dt.date(2019, 6, 28))),
    ]
    [claim] = track_claims([SEED, *others], as_of=dt.date(2025, 8, 20))
    assert claim.status is ClaimStatus.OPEN


def test_cancellation_and_denial() -> None:
    called_off = observe(
        2, 2, dt.date(2025, 8, 12), "negated", text="the summit was called off", speaker="RUS"
    )
    [cancelled] = track_claims([SEED, called_off])
    assert cancelled.status is ClaimStatus.CANCELLED
    denial = observe(
        3, 3, dt.date(2025, 8, 12), "negated", text="Peskov denied Putin would meet Trump", speaker="RUS"
    )
    [denied] = track_claims([SEED, denial])
    assert denied.status is ClaimStatus.DENIED
    assert denied.evidence[-1].role == "denied"


def test_no_word_until_the_window_passes_lapses() -> None:
    [claim] = track_claims([SEED], as_of=dt.date(2025, 9, 1))
    assert claim.status is ClaimStatus.LAPSED
    assert claim.evidence[-1].role == "lapsed" and claim.evidence[-1].article_id is None
    [still_open] = track_claims([SEED], as_of=dt.date(2025, 8, 31))
    assert still_open.status is ClaimStatus.OPEN


def test_repeated_promises_join_one_claim() -> None:
    again = observe(2, 2, dt.date(2025, 8, 9), "planned", source="USA", target="RUS", cameo="036")
    [claim] = track_claims([SEED, again], as_of=dt.date(2025, 8, 9))
    assert [item.role for item in claim.evidence] == ["opened", "reported"]


def test_code_families() -> None:
    rules = load_claim_rules()
    assert rules.family("036") == rules.family("042") == "CONSULT"
    assert rules.family("190") == "ROOT19"
    assert rules.mentions_cancellation("The talks were Called Off on Monday")
