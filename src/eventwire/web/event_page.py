"""One event, everything behind it: each mention with its article, evidence, rule, factuality and
attribution, and the claims it opened, supported or settled."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.store.reader import article_columns, article_ref
from eventwire.web.queries import row
from eventwire.web.units import unit_of

SETTLING_ROLES = frozenset({"confirmed", "denied", "cancelled"})
"""Claim evidence roles that end a claim (the others are ``opened`` and ``reported``)."""


def _mentions(connection: sa.Connection, cluster_ids: list[int]) -> list[dict[str, Any]]:
    """One entry per report (article and evidence span); a joint act's two directions share it."""
    events, articles = schema.events, schema.articles
    query = (
        sa.select(
            events.c.id,
            events.c.cluster_id,
            events.c.sentence,
            events.c.record,
            *article_columns(articles),
        )
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.cluster_id.in_(cluster_ids))
        .order_by(articles.c.published, articles.c.id, events.c.seq)
    )
    found: dict[tuple[int, int, int], dict[str, Any]] = {}
    for item in connection.execute(query):
        record = item.record
        evidence = record.get("evidence") or {}
        target = record.get("target") or {}
        direction = f"{record['source']['code']} → {target.get('code') or '—'}"
        key = (item.article_ref_id, int(evidence.get("start", -1)), int(evidence.get("end", -1)))
        if key in found:
            found[key]["event_ids"].append(item.id)
            found[key]["directions"].append(direction)
            continue
        found[key] = {
            "event_ids": [item.id],
            "directions": [direction],
            "article": article_ref(item),
            "sentence": item.sentence,
            "source": record.get("source"),
            "target": record.get("target"),
            "cameo": record.get("cameo"),
            "cameo_name": record.get("cameo_name"),
            "evidence": record.get("evidence"),
            "rule": record.get("rule"),
            "confidence": record.get("confidence"),
            "factuality": record.get("factuality"),
            "attributed_to": record.get("attributed_to"),
            "time": record.get("time"),
            "location": record.get("location"),
        }
    return list(found.values())


def _claims(connection: sa.Connection, event_ids: list[int]) -> list[dict[str, Any]]:
    claims, evidence = schema.claims, schema.claim_evidence
    query = (
        sa.select(
            claims.c.id,
            claims.c.status,
            claims.c.summary,
            claims.c.opened_on,
            claims.c.resolved_on,
            evidence.c.role,
            evidence.c.on_date,
            evidence.c.event_id,
        )
        .join(evidence, evidence.c.claim_id == claims.c.id)
        .where(evidence.c.event_id.in_(event_ids))
        .order_by(claims.c.id, evidence.c.on_date)
    )
    return [
        {
            "claim_id": item.id,
            "status": item.status,
            "summary": item.summary,
            "opened_on": item.opened_on.isoformat(),
            "resolved_on": item.resolved_on.isoformat() if item.resolved_on else None,
            "role": item.role,
            "settles": item.role in SETTLING_ROLES,
            "on_date": item.on_date.isoformat(),
            "event_id": item.event_id,
        }
        for item in connection.execute(query)
    ]


def event_page(engine: sa.Engine, cluster_id: int) -> dict[str, Any] | None:
    """``{event: feed row, mentions: [...], claims: [...]}`` for the event holding cluster ``cluster_id``;
    None when there is no such cluster. A mention has its ``article`` (id, title, published, source,
    url), ``evidence`` ({start, end, text}), ``rule``, ``factuality``, ``attributed_to``, ``confidence``,
    ``directions`` and ``event_ids``; a claim row says which claim, its ``status`` and the ``role`` this
    event played in it (``opened``, ``reported``, or a settling ``confirmed``/``denied``/``cancelled``)."""
    with engine.connect() as connection:
        unit = unit_of(connection, cluster_id)
        if unit is None:
            return None
        ids = [cluster["id"] for cluster in unit.clusters]
        mentions = _mentions(connection, ids)
        claims = _claims(connection, [i for mention in mentions for i in mention["event_ids"]])
    return {"event": row(unit), "mentions": mentions, "claims": claims}
