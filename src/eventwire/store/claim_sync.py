"""Claims kept current as articles arrive: a write recomputes only the claims its events can move.

Claims are derived data, a pure function of the stored events (:func:`eventwire.stories.track_claims`).
Every event that can feed a claim carries its claim scope (``events.claim_scope``, ``FAMILY|A|B``), and
claims of one scope never depend on events of another. In the transaction that writes an article:

- a scope whose new observations all come after its stored ones (the usual case: news arrives in date
  order; ``claim_scopes`` keeps each scope's newest article date) goes on from the stored claims whose
  window can hold them: the cost is those claims;
- any other touched scope (an older article arriving late, a re-coded article) is replayed from its own
  observations: the cost is that scope's events, never the whole store's;
- claims still open past the newest article date lapse: the cost is the claims that lapse.

:func:`rebuild_claims` recomputes everything, scopes included: the repair after a change of claim rules,
for an explicit ``as_of`` date, or for a store an older eventwire wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from eventwire.model import Actor, Event
from eventwire.store import schema
from eventwire.store.engine import dialect_insert
from eventwire.stories import (
    Claim,
    ClaimEvidence,
    ClaimStatus,
    Observation,
    lapse,
    observe,
    order_key,
    reopen,
    scope_key,
    track_claims,
)
from eventwire.stories.rules import ClaimRules, load_claim_rules

TRACKED = ("asserted", "planned", "possible", "negated")
"""Factualities the tracker reads (hypothetical events never move a claim)."""
_CHUNK = 500
"""Ids per ``IN (...)`` list, well under every backend's bound-parameter limit."""


# ------------------------------------------------------------------------------------------- scopes
def _party(code: str | None, country: str | None) -> str:
    return country or code or ""


def _scope(
    cameo: str,
    factuality: str,
    source: Mapping[str, Any],
    target: Mapping[str, Any] | None,
    rules: ClaimRules,
) -> str | None:
    if target is None or factuality not in TRACKED:
        return None
    return scope_key(
        rules.family(cameo),
        _party(source.get("code"), source.get("country")),
        _party(target.get("code"), target.get("country")),
    )


def _actor_fields(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "country": actor.country}


def event_scope(event: Event, rules: ClaimRules | None = None) -> str | None:
    """The claim scope ``event`` feeds, or None when it can feed no claim (no target, hypothetical, or
    source and target are one party)."""
    target = _actor_fields(event.target) if event.target is not None else None
    return _scope(
        event.cameo, str(event.factuality), _actor_fields(event.source), target, rules or load_claim_rules()
    )


def record_scope(record: Mapping[str, Any], rules: ClaimRules) -> str | None:
    """:func:`event_scope` of a stored ◆ event record."""
    return _scope(record["cameo"], record["factuality"], record["source"], record.get("target"), rules)


# ------------------------------------------------------------------------------------- observations
def _date(value: Any) -> dt.date | None:
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def load_observations(
    connection: sa.Connection, condition: sa.ColumnElement[bool] | None = None
) -> list[Observation]:
    """The tracker's view of the stored events that have a claim scope (and match ``condition``)."""
    events, articles = schema.events, schema.articles
    query = (
        sa.select(
            events.c.id,
            events.c.article_id,
            events.c.sentence,
            events.c.record,
            articles.c.published,
            articles.c.ingested_at,
        )
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.claim_scope.is_not(None))
    )
    if condition is not None:
        query = query.where(condition)
    observations = []
    for row in connection.execute(query):
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


def newest_article_date(connection: sa.Connection) -> dt.date | None:
    """The date claims are judged against: the newest article date in the store."""
    newest: dt.date | None = connection.execute(
        sa.select(sa.func.max(schema.articles.c.published))
    ).scalar_one()
    return newest


# ------------------------------------------------------------------------------------ stored claims
def _chunks(values: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _delete_evidence(connection: sa.Connection, claim_ids: Collection[int]) -> None:
    evidence = schema.claim_evidence
    for chunk in _chunks(claim_ids):
        connection.execute(sa.delete(evidence).where(evidence.c.claim_id.in_(chunk)))


def _delete_claims(connection: sa.Connection, claim_ids: Collection[int]) -> None:
    _delete_evidence(connection, claim_ids)
    for chunk in _chunks(claim_ids):
        connection.execute(sa.delete(schema.claims).where(schema.claims.c.id.in_(chunk)))


def _ids_by_key(connection: sa.Connection, keys: Sequence[str]) -> dict[str, int]:
    table = schema.claims
    found: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        rows = connection.execute(
            sa.select(table.c.key, table.c.id).where(table.c.key.in_(keys[start : start + _CHUNK]))
        )
        found.update((row.key, int(row.id)) for row in rows)
    return found


def _write_claims(connection: sa.Connection, claims: Sequence[Claim], existing: Mapping[str, int]) -> None:
    """Insert or update ``claims`` (matched by key to ``existing`` ids, whose evidence the caller has
    deleted) and insert their evidence."""
    table, evidence = schema.claims, schema.claim_evidence
    links: list[dict[str, Any]] = []
    for claim in claims:
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
            "scope": claim.scope,
        }
        claim_id = existing.get(claim.key)
        if claim_id is None:
            claim_id = connection.execute(
                sa.insert(table).values(key=claim.key, **values).returning(table.c.id)
            ).scalar_one()
        else:
            connection.execute(sa.update(table).where(table.c.id == claim_id).values(values))
        links.extend(
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
        )
    if links:
        connection.execute(sa.insert(evidence), links)


def _creation_order(claim: Claim, opened_event: int) -> tuple[dt.date, int, int, int]:
    """The order the tracker opened claims in (its key starts ``article_id:sentence:``)."""
    article_id, sentence = (int(part) for part in claim.key.split(":", 2)[:2])
    return (claim.opened_on, article_id, sentence, opened_event)


def _load_claims(connection: sa.Connection, condition: sa.ColumnElement[bool]) -> list[Claim]:
    """Stored claims matching ``condition`` with their evidence, reopened if lapsed, in creation order."""
    table, evidence = schema.claims, schema.claim_evidence
    rows = connection.execute(sa.select(table).where(condition)).all()
    chains: dict[int, list[ClaimEvidence]] = {int(row.id): [] for row in rows}
    for chunk in _chunks(chains):
        links = connection.execute(
            sa.select(evidence).where(evidence.c.claim_id.in_(chunk)).order_by(evidence.c.id)
        )
        for link in links:
            chains[int(link.claim_id)].append(
                ClaimEvidence(
                    link.article_id, link.event_id, link.role, link.on_date, link.factuality, link.text
                )
            )
    ordered: list[tuple[tuple[dt.date, int, int, int], Claim]] = []
    for row in rows:
        chain = chains[int(row.id)]
        claim = Claim(
            key=row.key,
            status=ClaimStatus(row.status),
            party_a=row.party_a,
            party_b=row.party_b,
            source_code=row.source_code,
            target_code=row.target_code,
            family=row.family,
            cameo=row.cameo,
            opened_on=row.opened_on,
            window_start=row.window_start,
            window_end=row.window_end,
            resolved_on=row.resolved_on,
            evidence=chain,
        )
        reopen(claim)
        opened = next((item.event_id or 0 for item in chain if item.role == "opened"), 0)
        ordered.append((_creation_order(claim, opened), claim))
    ordered.sort(key=lambda pair: pair[0])
    return [claim for _, claim in ordered]


# ---------------------------------------------------------------------------------------- updating
def _replay_scope(connection: sa.Connection, scope: str, as_of: dt.date | None, rules: ClaimRules) -> None:
    """Recompute one scope's claims from its observations and store them in place of the old ones."""
    claims = [
        claim
        for claim in track_claims(
            load_observations(connection, schema.events.c.claim_scope == scope), as_of=as_of, rules=rules
        )
        if claim.scope == scope
    ]
    table = schema.claims
    old = {
        int(claim_id)
        for claim_id in connection.execute(sa.select(table.c.id).where(table.c.scope == scope)).scalars()
    }
    existing = _ids_by_key(connection, [claim.key for claim in claims])
    kept = set(existing.values())
    _delete_claims(connection, old - kept)
    _delete_evidence(connection, kept)
    _write_claims(connection, claims, existing)


def _watermark(connection: sa.Connection, scope: str) -> dt.date | None:
    table = schema.claim_scopes
    latest: dt.date | None = connection.execute(
        sa.select(table.c.latest).where(table.c.scope == scope)
    ).scalar_one_or_none()
    return latest


def _raise_watermark(connection: sa.Connection, scope: str, article_date: dt.date) -> None:
    table = schema.claim_scopes
    insert = dialect_insert(connection, table).values(scope=scope, latest=article_date)
    connection.execute(
        insert.on_conflict_do_update(
            index_elements=[table.c.scope],
            set_={"latest": sa.case((table.c.latest < article_date, article_date), else_=table.c.latest)},
        )
    )


def _advance_scope(
    connection: sa.Connection, scope: str, article_id: int, as_of: dt.date | None, rules: ClaimRules
) -> None:
    """Go on from the stored claims that the article's observations can reach (see module docstring)."""
    events, table = schema.events, schema.claims
    new = sorted(
        load_observations(
            connection, sa.and_(events.c.claim_scope == scope, events.c.article_id == article_id)
        ),
        key=order_key,
    )
    if not new:
        return
    low = min(observation.event_start for observation in new)
    high = max(observation.event_start for observation in new)
    claims = _load_claims(
        connection,
        sa.and_(
            table.c.scope == scope,
            table.c.status.in_((str(ClaimStatus.OPEN), str(ClaimStatus.LAPSED))),
            table.c.window_start <= high,
            table.c.window_end >= low,
        ),
    )
    for observation in new:
        observe(claims, observation, rules)
    cutoff = as_of or max(observation.article_date for observation in new)
    lapse(claims, cutoff)
    existing = _ids_by_key(connection, [claim.key for claim in claims])
    _delete_evidence(connection, existing.values())
    _write_claims(connection, claims, existing)


def lapse_stored_claims(connection: sa.Connection, as_of: dt.date | None) -> int:
    """Lapse the stored open claims whose window ended before ``as_of``; returns how many lapsed."""
    if as_of is None:
        return 0
    table = schema.claims
    due = connection.execute(
        sa.select(table.c.id, table.c.window_end).where(
            table.c.status == str(ClaimStatus.OPEN), table.c.window_end < as_of
        )
    ).all()
    if not due:
        return 0
    for chunk in _chunks([int(row.id) for row in due]):
        connection.execute(
            sa.update(table)
            .where(table.c.id.in_(chunk))
            .values(status=str(ClaimStatus.LAPSED), resolved_on=table.c.window_end)
        )
    connection.execute(
        sa.insert(schema.claim_evidence),
        [
            {
                "claim_id": row.id,
                "role": "lapsed",
                "on_date": row.window_end,
                "article_id": None,
                "event_id": None,
            }
            for row in due
        ],
    )
    return len(due)


def update_claims(
    connection: sa.Connection,
    *,
    article_id: int,
    article_date: dt.date,
    added: bool,
    scopes: Collection[str],
    removed: Collection[str],
) -> None:
    """Bring claims up to date after one article's events were written (``scopes``) and, for a re-coded
    article, its old events removed (``removed``); ``added`` says the article is new."""
    rules = load_claim_rules()
    as_of = newest_article_date(connection)
    for scope in sorted(set(scopes) | set(removed)):
        latest = _watermark(connection, scope)
        # the new article has the highest id: dated on or after the scope's newest, the tracker reads it last
        if added and scope not in removed and (latest is None or article_date >= latest):
            _advance_scope(connection, scope, article_id, as_of, rules)
        else:
            _replay_scope(connection, scope, as_of, rules)
        if scope in scopes:
            _raise_watermark(connection, scope, article_date)
    lapse_stored_claims(connection, as_of)


# --------------------------------------------------------------------------------------- rebuilding
def _rescope_events(connection: sa.Connection, rules: ClaimRules) -> None:
    events = schema.events
    changes = [
        {"event_id": row.id, "scope": scope}
        for row in connection.execute(sa.select(events.c.id, events.c.claim_scope, events.c.record))
        if (scope := record_scope(row.record, rules)) != row.claim_scope
    ]
    if changes:
        connection.execute(
            sa.update(events)
            .where(events.c.id == sa.bindparam("event_id"))
            .values(claim_scope=sa.bindparam("scope")),
            changes,
        )


def _rebuild_watermarks(connection: sa.Connection) -> None:
    events, articles, table = schema.events, schema.articles, schema.claim_scopes
    latest: dict[str, dt.date] = {}
    rows = connection.execute(
        sa.select(events.c.claim_scope, articles.c.published, articles.c.ingested_at)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.claim_scope.is_not(None))
    )
    for row in rows:
        day = row.published or row.ingested_at.date()
        latest[row.claim_scope] = max(latest.get(row.claim_scope, day), day)
    connection.execute(sa.delete(table))
    if latest:
        connection.execute(
            sa.insert(table), [{"scope": scope, "latest": day} for scope, day in latest.items()]
        )


def rebuild_claims(
    connection: sa.Connection, as_of: dt.date | None = None, *, watermarks: bool = True
) -> list[Claim]:
    """Recompute every event's claim scope and every claim (as of ``as_of``, default the newest article
    date); claims keep their ids across rebuilds (matched by key). Cost: the whole store. ``watermarks``
    False leaves ``claim_scopes`` alone (schema version 2, which predates that table)."""
    rules = load_claim_rules()
    _rescope_events(connection, rules)
    if watermarks:
        _rebuild_watermarks(connection)
    if as_of is None:
        as_of = newest_article_date(connection)
    tracked = [
        claim
        for claim in track_claims(load_observations(connection), as_of=as_of, rules=rules)
        if claim.scope is not None
    ]
    table = schema.claims
    existing = {row.key: int(row.id) for row in connection.execute(sa.select(table.c.key, table.c.id))}
    kept = {claim.key for claim in tracked}
    connection.execute(sa.delete(schema.claim_evidence))
    _delete_claims(connection, [claim_id for key, claim_id in existing.items() if key not in kept])
    _write_claims(connection, tracked, existing)
    return tracked
