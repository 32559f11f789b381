"""Recomputing claims from the stored events, so claims stay right whatever order articles arrive in.

Claims are derived data: the tracker reruns over every dated two-party event and the result replaces
the stored claims in one transaction. Claims keep their id across reruns (matched by their key).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.stories import Claim, Observation, track_claims
from eventwire.stories.rules import load_claim_rules

_TRACKED = ("asserted", "planned", "possible", "negated")


def _party(code: str | None, country: str | None) -> str:
    return country or code or ""


def _date(value: Any) -> dt.date | None:
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def load_observations(connection: sa.Connection) -> list[Observation]:
    events, articles = schema.events, schema.articles
    rows = connection.execute(
        sa.select(
            events.c.id,
            events.c.article_id,
            events.c.sentence,
            events.c.record,
            articles.c.published,
            articles.c.ingested_at,
        )
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.target_code.is_not(None), events.c.factuality.in_(_TRACKED))
    )
    observations = []
    for row in rows:
        record = row.record
        article_date = row.published or row.ingested_at.date()
        time = record.get("time") or {}
        start = _date(time.get("start")) or article_date
        end = _date(time.get("end")) or start
        speaker = record.get("attributed_to") or None
        source, target = record["source"], record["target"]
        observations.append(
            Observation(
                event_id=row.id,
                article_id=row.article_id,
                article_date=article_date,
                event_start=start,
                event_end=max(start, end),
                source_code=source["code"],
                target_code=target["code"],
                source_party=_party(source["code"], source.get("country")),
                target_party=_party(target["code"], target.get("country")),
                cameo=record["cameo"],
                sentence=row.sentence,
                factuality=record["factuality"],
                attributed_party=_party(speaker["code"], speaker.get("country")) if speaker else None,
                text=(record.get("evidence") or {}).get("text", ""),
            )
        )
    return observations


def refresh_claims(connection: sa.Connection, as_of: dt.date | None = None) -> list[Claim]:
    """Rerun the tracker and store its claims (as of ``as_of``, default the newest article date)."""
    if as_of is None:
        as_of = connection.execute(sa.select(sa.func.max(schema.articles.c.published))).scalar_one()
    tracked = [
        claim
        for claim in track_claims(load_observations(connection), as_of=as_of, rules=load_claim_rules())
        if claim.party_a != claim.party_b
    ]
    table, evidence = schema.claims, schema.claim_evidence
    existing = {row.key: int(row.id) for row in connection.execute(sa.select(table.c.key, table.c.id))}
    kept = {claim.key for claim in tracked}
    stale = [claim_id for key, claim_id in existing.items() if key not in kept]
    connection.execute(sa.delete(evidence))
    if stale:
        connection.execute(sa.delete(table).where(table.c.id.in_(stale)))
    for claim in tracked:
        values = {
            "status": str(claim.status),
            "party_a": claim.party_a,
            "party_b": claim.party_b,
            "source_code": claim.source_code,
            "target_code": claim.target_code,
            "family": claim.family,
            "cameo": claim.cameo,
            "opened_on": claim.opened_on,
            "window_start": claim.window_start,
            "window_end": claim.window_end,
            "resolved_on": claim.resolved_on,
            "summary": claim.summary,
        }
        claim_id = existing.get(claim.key)
        if claim_id is None:
            claim_id = connection.execute(
                sa.insert(table).values(key=claim.key, **values).returning(table.c.id)
            ).scalar_one()
        else:
            connection.execute(sa.update(table).where(table.c.id == claim_id).values(values))
        connection.execute(
            sa.insert(evidence),
            [
                {
                    "claim_id": claim_id,
                    "article_id": item.article_id,
                    "event_id": item.event_id,
                    "role": item.role,
                    "on_date": item.on_date,
                    "factuality": item.factuality,
                    "text": item.text,
                }
                for item in claim.evidence
            ],
        )
    return tracked
