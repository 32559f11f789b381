"""``/api/v1/dashboard/...``: the shapes the dashboard draws, counted the honest way.

Every route takes the filters of :mod:`eventwire.web.filters` (asserted events, each once, unless the
query says otherwise) and answers JSON, or CSV for the ``.csv`` routes. A bad filter is a 422 whose
``detail`` is a sentence naming the field and a valid example.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response

from eventwire.api.deps import StoreDep
from eventwire.api.errors import ERROR_RESPONSES
from eventwire.store import Store, valid_id
from eventwire.web import countries, csv_out, queries, schemas
from eventwire.web.event_page import event_page
from eventwire.web.filters import FIELDS, DashboardQuery, FilterError, parse_query
from eventwire.web.units import EventUnit, load_mention_units, load_units

router = APIRouter(prefix="/api/v1/dashboard", tags=["dashboard"])


def dashboard_query(
    request: Request,
    since: Annotated[str | None, Query(description="Event date on or after, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Event date on or before, YYYY-MM-DD.")] = None,
    actor: Annotated[
        str | None, Query(description="Actor code prefixes, comma-separated (RUSGOV,UKR).")
    ] = None,
    country: Annotated[str | None, Query(description="Actor countries (ISO-3), either side.")] = None,
    dyad: Annotated[
        str | None, Query(description="Two actor code prefixes, either direction: RUS,UKR.")
    ] = None,
    root: Annotated[str | None, Query(description="CAMEO roots 01-20, comma-separated.")] = None,
    quad_class: Annotated[str | None, Query(description="Quad classes 1-4, comma-separated.")] = None,
    factuality: Annotated[
        str | None, Query(description="Factualities, comma-separated, or 'all'. Default: asserted.")
    ] = None,
    count: Annotated[
        str | None, Query(description="'events' (each event once, the default) or 'mentions'.")
    ] = None,
    min_confidence: Annotated[str | None, Query(description="0-1.")] = None,
    located_in: Annotated[str | None, Query(description="Countries (ISO-3) the event took place in.")] = None,
) -> DashboardQuery:
    """The parsed filter, or a 422 (the app's validation answer) whose message is a sentence."""
    del since, until, actor, country, dyad, root, quad_class, factuality, count, min_confidence, located_in
    try:
        return parse_query({name: request.query_params.get(name) for name in FIELDS})
    except FilterError as error:
        problem = {"loc": ("query", error.field), "msg": str(error), "type": "value_error"}
        raise RequestValidationError([problem]) from None


QueryDep = Annotated[DashboardQuery, Depends(dashboard_query)]
Frequency = Literal["day", "week", "month"]


def _units(store: Store, query: DashboardQuery) -> list[EventUnit]:
    """What aggregates count: events (clusters, a joint act once), or each mention when asked."""
    if query.count == "mentions":
        return load_mention_units(store.engine, query.where)
    return load_units(store.engine, query.where)


def _events(store: Store, query: DashboardQuery) -> list[EventUnit]:
    """What lists show: one row per event, whatever the counting."""
    return load_units(store.engine, query.where)


class CsvResponse(Response):
    """A CSV download (OpenAPI documents the route's answer as ``text/csv``)."""

    media_type = "text/csv"


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: ERROR_RESPONSES[404]}


def _csv(text: str, name: str) -> CsvResponse:
    return CsvResponse(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get(
    "/events",
    summary="Events newest first, one row per event with mention and source counts",
    response_model=schemas.EventPage,
)
def feed(
    store: StoreDep,
    query: QueryDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    return queries.page(_events(store, query), limit, offset)


@router.get(
    "/events.csv",
    summary="Every event of the filtered view as CSV (codes as text)",
    response_class=CsvResponse,
)
def feed_csv(store: StoreDep, query: QueryDep) -> CsvResponse:
    units = queries.newest_first(_events(store, query))
    return _csv(csv_out.events_csv([queries.row(unit) for unit in units]), "eventwire-events.csv")


@router.get(
    "/events/{cluster_id}",
    summary="One event: every mention with evidence, rule and claims",
    response_model=schemas.EventDetail,
    responses=NOT_FOUND,
)
def event(store: StoreDep, cluster_id: int) -> dict[str, Any]:
    found = event_page(store.engine, cluster_id) if valid_id(cluster_id) else None  # never to the driver
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"There is no event {cluster_id}.")
    return found


@router.get(
    "/timeline",
    summary="Events per day, week or month on a true time axis",
    response_model=schemas.Timeline,
)
def timeline(store: StoreDep, query: QueryDep, freq: Frequency = "day") -> dict[str, Any]:
    return queries.timeline(_units(store, query), freq, query.count)


@router.get("/timeline.csv", summary="The timeline of the filtered view as CSV", response_class=CsvResponse)
def timeline_csv(store: StoreDep, query: QueryDep, freq: Frequency = "day") -> CsvResponse:
    series = queries.timeline(_units(store, query), freq, query.count)["series"]
    return _csv(csv_out.timeline_csv(series), f"eventwire-timeline-{freq}.csv")


@router.get(
    "/map",
    summary="Located events grouped by place, and events per country of location",
    response_model=schemas.MapData,
)
def event_map(store: StoreDep, query: QueryDep) -> dict[str, Any]:
    return queries.map_points(_units(store, query), query.count)


@router.get(
    "/network", summary="Who acts on whom; a joint act is one mutual edge", response_model=schemas.Network
)
def network(
    store: StoreDep, query: QueryDep, max_edges: Annotated[int, Query(ge=1, le=500)] = 60
) -> dict[str, Any]:
    return queries.network(_units(store, query), max_edges, query.count)


@router.get("/summary", summary="Totals for an actor or country page", response_model=schemas.Summary)
def summary(
    store: StoreDep,
    query: QueryDep,
    focus: Annotated[
        str | None, Query(max_length=40, description="The page's actor code or country.")
    ] = None,
) -> dict[str, Any]:
    return queries.summary(_units(store, query), query.count, focus)


@router.get(
    "/countries",
    summary="ISO-3 codes, ISO numeric codes (the map's shapes) and names",
    response_model=list[schemas.Country],
)
def country_list() -> list[dict[str, Any]]:
    return countries.all_countries()


@router.get(
    "/countries/{iso3}",
    summary="One country's name and codes",
    response_model=schemas.Country,
    responses=NOT_FOUND,
)
def country(iso3: str) -> dict[str, Any]:
    found = countries.country(iso3)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"“{iso3}” is not a known ISO-3 country code.")
    return found
