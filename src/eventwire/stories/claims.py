"""Claim tracking: a promise ("Putin may meet Trump next week") followed until it is kept or broken.

A ``planned`` or ``possible`` event opens a claim between two parties (countries, or actor codes when
an actor has no country) with an expected window: from the article date to the event's expected time
(or the article date) plus ``window_days``. Later articles move it on: the matching event reported
``asserted`` inside the window confirms it; reported ``negated`` it is cancelled (cancellation words,
or no party speaking) or denied (a party to the claim says so); no word until the window has passed
makes it ``lapsed``. Matching ignores direction and treats a code family (intent to meet, meeting) as
one. The tracker is a pure function of the observations, so the store can recompute it at any time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from eventwire.stories.rules import ClaimRules, load_claim_rules


class ClaimStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DENIED = "denied"
    LAPSED = "lapsed"


@dataclass(frozen=True, slots=True)
class Observation:
    """One stored event, as the tracker needs it."""

    event_id: int
    article_id: int
    article_date: dt.date
    event_start: dt.date
    event_end: dt.date
    source_code: str
    target_code: str
    source_party: str
    target_party: str
    cameo: str
    sentence: int
    factuality: str
    attributed_party: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ClaimEvidence:
    """One link in a claim's chain: which article and event said what, on which date."""

    article_id: int | None
    event_id: int | None
    role: str
    on_date: dt.date
    factuality: str | None
    text: str | None


@dataclass(slots=True)
class Claim:
    key: str
    status: ClaimStatus
    party_a: str
    party_b: str
    source_code: str
    target_code: str
    family: str
    cameo: str
    opened_on: dt.date
    window_start: dt.date
    window_end: dt.date
    resolved_on: dt.date | None = None
    evidence: list[ClaimEvidence] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return f"{self.source_code} {self.family.lower()} {self.target_code} by {self.window_end.isoformat()}"

    @property
    def scope(self) -> str | None:
        return scope_key(self.family, self.party_a, self.party_b)

    @property
    def parties(self) -> frozenset[str]:
        return frozenset((self.party_a, self.party_b))

    def opened_by(self, observation: Observation) -> bool:
        return any(
            item.article_id == observation.article_id for item in self.evidence if item.role == "opened"
        )


def scope_key(family: str, first_party: str, second_party: str) -> str | None:
    """``FAMILY|A|B`` with the two parties sorted, or None when they are one party (never a claim).

    Observations of one scope never move claims of another (matching needs the same family and the same
    two parties), so a store may recompute the claims of the scopes a write touches and no others.
    """
    if first_party == second_party:
        return None
    low, high = sorted((first_party, second_party))
    return f"{family}|{low}|{high}"


def track_claims(
    observations: Iterable[Observation], *, as_of: dt.date | None = None, rules: ClaimRules | None = None
) -> list[Claim]:
    """All claims the observations open, each moved to its status as of ``as_of`` (default: newest date)."""
    rules = rules or load_claim_rules()
    ordered = sorted(observations, key=order_key)
    claims: list[Claim] = []
    newest: dt.date | None = None
    for observation in ordered:
        newest = max(newest, observation.article_date) if newest else observation.article_date
        observe(claims, observation, rules)
    cutoff = as_of or newest
    if cutoff is not None:
        lapse(claims, cutoff)
    return claims


def order_key(observation: Observation) -> tuple[dt.date, int, int, int]:
    """The order the tracker reads observations in: article date, article, sentence, event."""
    return (observation.article_date, observation.article_id, observation.sentence, observation.event_id)


def lapse(claims: Iterable[Claim], cutoff: dt.date) -> None:
    """Mark every open claim whose window ended before ``cutoff`` as lapsed (with its evidence link)."""
    for claim in claims:
        if claim.status is ClaimStatus.OPEN and claim.window_end < cutoff:
            claim.status = ClaimStatus.LAPSED
            claim.resolved_on = claim.window_end
            claim.evidence.append(ClaimEvidence(None, None, "lapsed", claim.window_end, None, None))


def reopen(claim: Claim) -> None:
    """Undo :func:`lapse` (a lapsed claim is an open one whose window has passed), so a tracker can go on
    reading later observations from stored claims exactly as if it had never stopped."""
    if claim.status is ClaimStatus.LAPSED:
        claim.status = ClaimStatus.OPEN
        claim.resolved_on = None
        claim.evidence = [item for item in claim.evidence if item.role != "lapsed"]


def observe(claims: list[Claim], observation: Observation, rules: ClaimRules) -> None:
    """Move ``claims`` on by one observation (read in :func:`order_key` order); may append a new claim."""
    family = rules.family(observation.cameo)
    parties = frozenset((observation.source_party, observation.target_party))
    candidates = [
        claim
        for claim in claims
        if claim.status is ClaimStatus.OPEN and claim.family == family and claim.parties == parties
    ]
    in_window = [
        claim for claim in candidates if claim.window_start <= observation.event_start <= claim.window_end
    ]
    if observation.factuality in rules.opening_factualities:
        if in_window:
            claim = in_window[0]
            claim.window_end = max(claim.window_end, _window_end(observation, rules))
            if not any(item.article_id == observation.article_id for item in claim.evidence):
                claim.evidence.append(_evidence(observation, "reported"))
        else:
            claims.append(_open(observation, family, rules))
        return
    later = [claim for claim in in_window if not claim.opened_by(observation)]
    if observation.factuality == "asserted":
        for claim in later:
            _resolve(claim, ClaimStatus.CONFIRMED, observation, "confirmed")
    elif observation.factuality == "negated":
        for claim in later:
            status = _negation_status(claim, observation, rules)
            _resolve(claim, status, observation, str(status))


def _negation_status(claim: Claim, observation: Observation, rules: ClaimRules) -> ClaimStatus:
    if rules.mentions_cancellation(observation.text):
        return ClaimStatus.CANCELLED
    if observation.attributed_party is not None and observation.attributed_party in claim.parties:
        return ClaimStatus.DENIED
    return ClaimStatus.CANCELLED


def _resolve(claim: Claim, status: ClaimStatus, observation: Observation, role: str) -> None:
    claim.status = status
    claim.resolved_on = observation.article_date
    claim.evidence.append(_evidence(observation, role))


def _window_end(observation: Observation, rules: ClaimRules) -> dt.date:
    return max(observation.event_end, observation.article_date) + dt.timedelta(days=rules.window_days)


def _open(observation: Observation, family: str, rules: ClaimRules) -> Claim:
    key = (
        f"{observation.article_id}:{observation.sentence}:{observation.cameo}:"
        f"{observation.source_code}:{observation.target_code}"
    )
    return Claim(
        key=key,
        status=ClaimStatus.OPEN,
        party_a=observation.source_party,
        party_b=observation.target_party,
        source_code=observation.source_code,
        target_code=observation.target_code,
        family=family,
        cameo=observation.cameo,
        opened_on=observation.article_date,
        window_start=min(observation.article_date, observation.event_start),
        window_end=_window_end(observation, rules),
        evidence=[_evidence(observation, "opened")],
    )


def _evidence(observation: Observation, role: str) -> ClaimEvidence:
    return ClaimEvidence(
        article_id=observation.article_id,
        event_id=observation.event_id,
        role=role,
        on_date=observation.article_date,
        factuality=observation.factuality,
        text=observation.text,
    )
