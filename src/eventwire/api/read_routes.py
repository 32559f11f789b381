"""``GET /api/v1/...``: events, event clusters, articles, actors, timelines, dyads, network, places,
claims, stats. Every filter is a typed query parameter handed to the store's ``EventFilter`` (bound SQL
parameters, never string-built SQL); list filters take several values (``?factuality=asserted&
factuality=negated`` or ``?factuality=asserted,negated``). Every list has ``total`` and pagination;
every list and aggregate answers in CSV on ``?format=csv`` or ``Accept: text/csv``.

Aggregates count **asserted** events, each **event cluster once** (joint acts once), unless the
request names factualities or ``count=mentions``; their answers say what they counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.responses import Response
from pydantic import AfterValidator, BaseModel, Field

from eventwire.api import responses as out
from eventwire.api import tables, views
from eventwire.api.deps import StoreDep
from eventwire.api.schemas import IsoDate, IsoInstant
from eventwire.store import EventFilter
from eventwire.store.filters import values

router = APIRouter(prefix="/api/v1", tags=["read"])

MAX_PAGE = 500
CODE = r"[A-Za-z0-9-]{1,40}"
CODE_PATTERN = rf"^{CODE}$"
FACTUALITIES = ("asserted", "planned", "possible", "negated", "hypothetical")
LONGITUDE = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)"
LATITUDE = r"-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?)"
BBOX_PATTERN = rf"^{LONGITUDE},{LATITUDE},{LONGITUDE},{LATITUDE}$"
"""west,south,east,north in decimal degrees: the schema holds every rule, so what it allows is answered."""
DYAD_PATTERN = r"^ *([A-Za-z0-9]{1,40}) *[,-] *([A-Za-z0-9]{1,40}) *$"
VALUE_FORMS = {
    "actor": "actor code prefixes (letters, digits, '-'), comma-separated, e.g. RUSGOV,UKR",
    "country": "ISO-3 country codes, comma-separated, e.g. RUS,UKR",
    "event_country": "ISO-3 country codes, comma-separated, e.g. UKR",
    "root": "CAMEO roots of one or two digits, comma-separated, e.g. 04,19",
    "plover": "PLOVER types (letters and '_'), comma-separated, e.g. CONSULT,ASSAULT",
    "factuality": "asserted, planned, possible, negated or hypothetical, comma-separated",
    "dyad": "two actor code prefixes, e.g. RUS,USA",
    "cameo": "a CAMEO code prefix of 1-4 digits, e.g. 036",
    "bbox": "west,south,east,north in decimal degrees, e.g. 22,44,40,52",
}
"""A sentence per patterned filter, said in a 422 instead of its regex (the regex is in the schema)."""
ClaimStatus = Literal["open", "confirmed", "cancelled", "denied", "lapsed"]
CountName = Literal["events", "mentions"]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip; see next_offset.")]
FormatParam = Annotated[
    tables.Format | None,
    Query(alias="format", description="json (default) or csv; or send Accept: text/csv."),
]
Frequency = Literal["day", "week", "month"]
Order = Annotated[Literal["newest", "oldest"], Query(description="By event date: newest first by default.")]
Count = Annotated[
    CountName,
    Query(description="events: each event cluster once (joint acts once); mentions: every coded mention."),
]


def many_pattern(item: str) -> str:
    """The schema pattern of one value of a multi-value parameter: an ``item``, or a comma-separated
    list of them (spaces around commas allowed), or empty (no filter)."""
    return rf"^ *(?:(?:{item}) *(?:, *(?:{item}) *)*)?$"


def _split(items: list[str]) -> list[str]:
    return [value for item in items for value in values(item)]


Codes = Annotated[list[Annotated[str, Field(pattern=many_pattern(CODE))]], AfterValidator(_split)]
"""A multi-value parameter: each value matches its pattern in the schema (so the documented schema and
the validation are one rule), comma lists split after validation. Likewise the four below."""
Countries = Annotated[
    list[Annotated[str, Field(pattern=many_pattern("[A-Za-z]{3}"))]], AfterValidator(_split)
]
Roots = Annotated[list[Annotated[str, Field(pattern=many_pattern("[0-9]{1,2}"))]], AfterValidator(_split)]
Plovers = Annotated[
    list[Annotated[str, Field(pattern=many_pattern("[A-Za-z_]{1,40}"))]], AfterValidator(_split)
]
Factualities = Annotated[
    list[Annotated[str, Field(pattern=many_pattern("|".join(FACTUALITIES)))]], AfterValidator(_split)
]


class EventQuery(BaseModel):
    """The event filters every event route shares (all optional; fields AND, values of a field OR).

    Every rule a value must follow is in its schema (pattern, enum, bounds): a value the schema
    allows is answered, one it does not is a 422 in the documented shape."""

    since: IsoDate | None = Field(None, description="Event date on or after (YYYY-MM-DD).")
    until: IsoDate | None = Field(None, description="Event date on or before (YYYY-MM-DD).")
    actor: Codes = Field([], description="Actor code prefixes, either side (RUS matches RUSGOV).")
    country: Countries = Field([], description="Actor country, ISO-3, either side.")
    dyad: str | None = Field(
        None, pattern=DYAD_PATTERN, description="Two actor code prefixes, either direction: RUS,USA."
    )
    root: Roots = Field([], description="CAMEO roots, e.g. 04.")
    cameo: str | None = Field(None, pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix, e.g. 036.")
    quad_class: list[Annotated[int, Field(ge=1, le=4)]] = Field(
        [], description="1-4: verbal/material cooperation, verbal/material conflict."
    )
    plover: Plovers = Field([], description="PLOVER types, e.g. CONSULT.")
    factuality: Factualities = Field(
        [],
        description="Factualities (asserted, planned, possible, negated, hypothetical); aggregates count "
        "only asserted events unless this is given.",
    )
    min_confidence: float | None = Field(None, ge=0.0, le=1.0, description="0-1.")
    article_id: int | None = Field(None, ge=1)
    event_country: Countries = Field([], description="ISO-3 country of the event's location.")
    bbox: str | None = Field(
        None,
        pattern=BBOX_PATTERN,
        description="Event location in a box: west,south,east,north (decimal degrees, WGS84; longitudes "
        "-180..180, latitudes -90..90 in either order; west > east crosses the antimeridian).",
    )
    updated_since: IsoInstant | None = Field(
        None,
        description="Only events from articles stored at or after this instant (ISO 8601; UTC if naive).",
    )


def _dyad(value: str | None) -> tuple[str, str] | None:
    matched = re.fullmatch(DYAD_PATTERN, value) if value is not None else None
    return (matched[1], matched[2]) if matched else None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    west, first, east, second = (float(part) for part in value.split(","))
    return west, min(first, second), east, max(first, second)


def event_filter(query: Annotated[EventQuery, Query()]) -> EventFilter:
    """The request's ``EventFilter`` (a dependency every event route shares)."""
    return EventFilter(
        since=query.since,
        until=query.until,
        actor=tuple(query.actor),
        dyad=_dyad(query.dyad),
        root=tuple(query.root),
        cameo=query.cameo,
        quad_class=tuple(query.quad_class),
        plover=tuple(query.plover),
        factuality=tuple(query.factuality),
        country=tuple(query.country),
        min_confidence=query.min_confidence,
        article_id=query.article_id,
        event_country=tuple(query.event_country),
        bbox=_bbox(query.bbox),
        updated_since=query.updated_since,
    )


Where = Annotated[EventFilter, Depends(event_filter)]


def csv_wanted(request: Request, answer_format: FormatParam = None) -> bool:
    """True when the request asks for CSV: ``?format=csv``, or no ``format`` and ``Accept: text/csv``
    (a dependency every route that also answers in CSV shares)."""
    return tables.wants_csv(request, answer_format)


@dataclass(frozen=True)
class Paging:
    """A list request's page (``limit`` rows from ``offset``) and whether it asks for CSV."""

    limit: int
    offset: int
    csv: bool


def paging(
    request: Request, limit: Limit = 100, offset: Offset = 0, answer_format: FormatParam = None
) -> Paging:
    """The request's ``Paging`` (a dependency every list route shares)."""
    return Paging(limit, offset, tables.wants_csv(request, answer_format))


AsCsv = Annotated[bool, Depends(csv_wanted)]
Pages = Annotated[Paging, Depends(paging)]


def _json_or_csv(found: dict[str, Any], rows: str, name: str, as_csv: bool) -> dict[str, Any] | Response:
    """``found`` as JSON, or (``as_csv``) its list ``found[rows]`` flattened into the CSV file ``name``."""
    if as_csv:
        return tables.csv_response((tables.flat_row(item) for item in found[rows]), name)
    return found


CLUSTER_EXTRA = (
    "num_mentions",
    "num_sources",
    "num_articles",
    "story_id",
    "source_url",
    "date_added",
    "mirror",
)


@router.get(
    "/events",
    summary="Coded mentions (per-article events), filtered and paginated, newest first",
    response_model=out.Page[out.EventOut],
    responses=tables.CSV_RESPONSE,
)
def list_events(
    store: StoreDep, paged: Pages, where: Where, order: Order = "newest"
) -> dict[str, Any] | Response:
    page = views.events_page(store, where, paged.limit, paged.offset, order)
    if paged.csv:
        rows = (tables.event_row(item) for item in page["items"])
        return tables.csv_response(rows, "events", tables.event_header())
    return page


@router.get(
    "/clusters",
    summary="Events (one row per event cluster) with mention, source and article counts, newest first",
    response_model=out.Page[out.ClusterOut],
    responses=tables.CSV_RESPONSE,
)
def list_clusters(
    store: StoreDep, paged: Pages, where: Where, order: Order = "newest"
) -> dict[str, Any] | Response:
    page = views.clusters_page(store, where, paged.limit, paged.offset, order)
    if paged.csv:
        rows = (tables.event_row(item, CLUSTER_EXTRA) for item in page["items"])
        return tables.csv_response(rows, "clusters", tables.event_header(CLUSTER_EXTRA))
    return page


@router.get(
    "/clusters/{cluster_id}",
    summary="One event: its record and counts, every mention with its evidence and article, its claims",
    response_model=out.ClusterDetail,
)
def get_cluster(store: StoreDep, cluster_id: int) -> dict[str, Any]:
    found = views.cluster(store, cluster_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event cluster {cluster_id}")
    return found


@router.get(
    "/articles",
    summary="Stored articles (no text), with their event counts",
    response_model=out.Page[out.ArticleSummary],
    responses=tables.CSV_RESPONSE,
)
def list_articles(
    store: StoreDep,
    paged: Pages,
    since: Annotated[IsoDate | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[IsoDate | None, Query(description="Published on or before (YYYY-MM-DD).")] = None,
    updated_since: Annotated[
        IsoInstant | None, Query(description="Stored at or after this instant (ISO 8601; UTC if naive).")
    ] = None,
) -> dict[str, Any] | Response:
    page = views.articles_page(store, since, until, updated_since, paged.limit, paged.offset)
    return _json_or_csv(page, "items", "articles", paged.csv)


@router.get(
    "/articles/{article_id}",
    summary="One article with its text, events and flags",
    response_model=out.ArticleDetail,
)
def get_article(store: StoreDep, article_id: int) -> dict[str, Any]:
    found = store.article(article_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id}")
    return found


@router.get(
    "/actors",
    summary="Actors seen, by code, with the counted events they are source and target of",
    response_model=out.Page[out.ActorSummary],
    responses=tables.CSV_RESPONSE,
)
def list_actors(
    store: StoreDep,
    paged: Pages,
    where: Where,
    q: Annotated[
        str | None, Query(max_length=100, description="A code prefix or part of a name or person.")
    ] = None,
    count: Count = "events",
) -> dict[str, Any] | Response:
    page = views.actors_page(store, where, count, q, paged.limit, paged.offset)
    return _json_or_csv(page, "items", "actors", paged.csv)


@router.get(
    "/timeline",
    summary="Counted events per day, week or month for any filter: counts, cooperation, conflict, Goldstein",
    response_model=out.SeriesOut,
    responses=tables.CSV_RESPONSE,
)
def timeline(
    store: StoreDep,
    as_csv: AsCsv,
    where: Where,
    freq: Frequency = "day",
    count: Count = "events",
) -> dict[str, Any] | Response:
    return _json_or_csv(views.timeline(store, where, freq, count), "series", "timeline", as_csv)


@router.get(
    "/dyads/{a}/{b}",
    summary="Counted events between two actors (either direction) per day, week or month",
    response_model=out.DyadOut,
    responses=tables.CSV_RESPONSE,
)
def dyad(
    store: StoreDep,
    as_csv: AsCsv,
    where: Where,
    a: Annotated[str, Path(pattern=CODE_PATTERN)],
    b: Annotated[str, Path(pattern=CODE_PATTERN)],
    freq: Frequency = "day",
    count: Count = "events",
) -> dict[str, Any] | Response:
    found = views.dyad_timeline(store, a, b, where, freq, count)
    return _json_or_csv(found, "series", f"dyad-{a}-{b}", as_csv)


@router.get(
    "/network",
    summary="Who acts on whom: edges by quad class with counted events",
    response_model=out.NetworkOut,
    responses=tables.CSV_RESPONSE,
)
def network(
    store: StoreDep,
    as_csv: AsCsv,
    where: Where,
    max_edges: Annotated[int, Query(ge=1, le=500)] = 80,
    count: Count = "events",
) -> dict[str, Any] | Response:
    return _json_or_csv(views.actor_network(store, where, max_edges, count), "edges", "network", as_csv)


@router.get(
    "/places",
    summary="Located counted events grouped by place (for a map), busiest first",
    response_model=out.PlacesOut,
    responses=tables.CSV_RESPONSE,
)
def places(
    store: StoreDep,
    as_csv: AsCsv,
    where: Where,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    count: Count = "events",
) -> dict[str, Any] | Response:
    return _json_or_csv(views.places(store, where, limit, count), "places", "places", as_csv)


@router.get(
    "/claims",
    summary="Planned or possible events followed to their outcome, with evidence",
    response_model=out.Page[out.ClaimOut],
    responses=tables.CSV_RESPONSE,
)
def list_claims(
    store: StoreDep,
    paged: Pages,
    claim_status: Annotated[ClaimStatus | None, Query(alias="status")] = None,
) -> dict[str, Any] | Response:
    page = views.claims_page(store, claim_status, paged.limit, paged.offset)
    return _json_or_csv(page, "items", "claims", paged.csv)


@router.get("/stats", summary="Counts of everything stored", response_model=out.StatsOut)
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()
