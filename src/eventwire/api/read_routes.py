"""``GET /api/v1/...``: events, articles, actors, dyads, network, claims, stats. Every filter is a typed
query parameter handed to the store's ``EventFilter`` (bound SQL parameters, never string-built SQL)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status

from eventwire.api import views
from eventwire.api.deps import StoreDep
from eventwire.store import EventFilter

router = APIRouter(prefix="/api/v1", tags=["read"])

MAX_PAGE = 500
CODE_PATTERN = r"^[A-Za-z0-9]{1,40}$"
FactualityName = Literal["asserted", "planned", "possible", "negated", "hypothetical"]
ClaimStatus = Literal["open", "confirmed", "cancelled", "denied", "lapsed"]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip; see next_offset.")]
Since = Annotated[dt.date | None, Query(description="Event date on or after (YYYY-MM-DD).")]
Until = Annotated[dt.date | None, Query(description="Event date on or before (YYYY-MM-DD).")]


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [part.strip() for part in value.replace("-", ",").split(",")]
    if len(parts) != 2 or not all(part.isalnum() and len(part) <= 40 for part in parts):
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "dyad must be two actor codes such as RUS,USA"
        )
    return parts[0], parts[1]


def _page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page; the caller fetched ``limit + 1`` rows so we know whether another page exists."""
    more = len(items) > limit
    return {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


@router.get("/events", summary="Coded events, filtered and paginated (oldest first)")
def list_events(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    actor: Annotated[
        str | None, Query(pattern=CODE_PATTERN, description="Actor code prefix, either side.")
    ] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3, either side.")] = None,
    dyad: Annotated[str | None, Query(description="Two actor code prefixes, e.g. RUS,USA.")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root, e.g. 04.")] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="1-4: verbal/material coop, verbal/material conflict.")
    ] = None,
    plover: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER type, e.g. CONSULT.")
    ] = None,
    factuality: FactualityName | None = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="0-1.")] = None,
    article_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    where = EventFilter(
        since=since,
        until=until,
        actor=actor,
        dyad=_dyad(dyad),
        root=root,
        quad_class=quad_class,
        plover=plover,
        factuality=factuality,
        country=country,
        min_confidence=min_confidence,
        article_id=article_id,
    )
    return _page(store.events(where, limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles", summary="Stored articles (no text), with their event counts")
def list_articles(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    return _page(store.articles(since=since, until=until, limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles/{article_id}", summary="One article with its text, events and flags")
def get_article(store: StoreDep, article_id: int) -> dict[str, Any]:
    found = store.article(article_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id}")
    return found


@router.get("/actors", summary="Every actor seen, with its event counts")
def list_actors(store: StoreDep) -> list[dict[str, Any]]:
    return store.actors()


@router.get("/dyads/{a}/{b}", summary="Events between two actors per day or week: counts, mean Goldstein")
def dyad(
    store: StoreDep,
    a: Annotated[str, Path(pattern=CODE_PATTERN)],
    b: Annotated[str, Path(pattern=CODE_PATTERN)],
    freq: Literal["day", "week"] = "day",
) -> dict[str, Any]:
    return {"a": a.upper(), "b": b.upper(), "freq": freq, "series": views.dyad_timeline(store, a, b, freq)}


@router.get("/network", summary="Who acts on whom: edges by quad class with event counts")
def network(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    max_edges: Annotated[int, Query(ge=1, le=500)] = 80,
) -> dict[str, Any]:
    return views.actor_network(store, EventFilter(since=since, until=until), max_edges)


@router.get("/claims", summary="Planned or possible events followed to their outcome, with evidence")
def list_claims(
    store: StoreDep, claim_status: Annotated[ClaimStatus | None, Query(alias="status")] = None
) -> list[dict[str, Any]]:
    return store.claims(claim_status)


@router.get("/stats", summary="Counts of everything stored")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()
