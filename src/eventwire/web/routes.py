"""``/api/v1/dashboard/...``: the shapes the dashboard draws, counted the honest way.

Every route takes the filters of :mod:`eventwire.web.filters` (asserted events, each once, unless the
query says otherwise) and answers JSON, or CSV for the ``.csv`` routes. A bad filter is a 422 whose
``detail`` is a sentence naming the field and a valid example.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response

from eventwire.api.deps import StoreDep
from eventwire.api.errors import ERROR_RESPONSES
from eventwire.api.read_routes import CODE, DYAD_PATTERN, FACTUALITIES, many_pattern
from eventwire.api.schemas import ISO_DATE
from eventwire.store import Store, valid_id
from eventwire.web import countries, csv_out, queries, schemas
from eventwire.web.event_page import event_page
from eventwire.web.filters import FIELDS, DashboardQuery, FilterError, parse_query
from eventwire.web.units import EventUnit, load_mention_units, load_units

router = APIRouter(prefix="/api/v1/dashboard", tags=["dashboard"])


DYAD = DYAD_PATTERN.removeprefix("^").removesuffix("$")
PATTERNS: dict[str, str] = {
    "actor": many_pattern(CODE),
    "country": many_pattern("[A-Za-z]{3}"),
    "located_in": many_pattern("[A-Za-z]{3}"),
    "dyad": rf"^(?:{DYAD})?$",
    "root": many_pattern("0?[1-9]|1[0-9]|20"),
    "quad_class": many_pattern("[1-4]"),
    "factuality": rf"^ *(?:all|any) *$|{many_pattern('|'.join(FACTUALITIES))}",
    "count": r"^ *(?:events|mentions)? *$",
    "min_confidence": r"^ *(?:0(?:\.[0-9]*)?|\.[0-9]+|1(?:\.0*)?)? *$",
}
"""Each filter's rule, stated in the schema (the REST API's pattern constants); a value the schema allows
is answered, any other is a 422 with a sentence (:mod:`eventwire.web.filters` names the bad item)."""
FORMS = {
    "since": "a date, YYYY-MM-DD, e.g. 2025-08-07",
    "until": "a date, YYYY-MM-DD, e.g. 2025-08-31",
    "actor": "actor codes (letters, digits or “-”), comma-separated, e.g. RUSGOV,UKR",
    "country": "three-letter ISO country codes, comma-separated, e.g. RUS,UKR",
    "located_in": "three-letter ISO country codes, comma-separated, e.g. UKR",
    "dyad": "two actor codes separated by a comma, e.g. RUS,UKR",
    "root": "CAMEO roots 01 to 20, comma-separated, e.g. 04,19",
    "quad_class": "quad classes 1 to 4, comma-separated, e.g. 1,2",
    "factuality": "asserted, planned, possible, negated or hypothetical, comma-separated, or all",
    "count": "events or mentions",
    "min_confidence": "a number from 0 to 1, e.g. 0.6",
}
"""What a value must look like, said in the 422 when it breaks its schema rule."""


def _param(description: str, field: str) -> Any:
    """A filter parameter whose schema carries its rule (the check itself is :func:`dashboard_query`'s,
    so a bad value gets the dashboard's sentence, not a pattern)."""
    rule = {"format": "date"} if field in ("since", "until") else {"pattern": PATTERNS[field]}
    return Query(description=description, json_schema_extra=rule)


def _breaks_schema(field: str, raw: str) -> bool:
    if field in ("since", "until"):
        return ISO_DATE.fullmatch(raw) is None
    return re.fullmatch(PATTERNS[field], raw) is None


def _as_filters(request: Request) -> dict[str, str | None]:
    """The request's filter values; a dyad in the schema's other form (RUS-UKR) as RUS,UKR."""
    raw = {name: request.query_params.get(name) for name in FIELDS}
    dyad = re.fullmatch(DYAD_PATTERN, raw["dyad"] or "")
    if dyad:
        raw["dyad"] = f"{dyad[1]},{dyad[2]}"
    return raw


def _invalid(field: str, message: str) -> RequestValidationError:
    """The app's validation answer (a 422 in the documented shape) with ``message`` for ``field``."""
    return RequestValidationError([{"loc": ("query", field), "msg": message, "type": "value_error"}])


def dashboard_query(
    request: Request,
    since: Annotated[str | None, _param("Event date on or after, YYYY-MM-DD.", "since")] = None,
    until: Annotated[str | None, _param("Event date on or before, YYYY-MM-DD.", "until")] = None,
    actor: Annotated[
        str | None, _param("Actor code prefixes, comma-separated (RUSGOV,UKR).", "actor")
    ] = None,
    country: Annotated[str | None, _param("Actor countries (ISO-3), either side.", "country")] = None,
    dyad: Annotated[str | None, _param("Two actor code prefixes, either direction: RUS,UKR.", "dyad")] = None,
    root: Annotated[str | None, _param("CAMEO roots 01-20, comma-separated.", "root")] = None,
    quad_class: Annotated[str | None, _param("Quad classes 1-4, comma-separated.", "quad_class")] = None,
    factuality: Annotated[
        str | None,
        _param("Factualities, comma-separated, or 'all'. Default: asserted.", "factuality"),
    ] = None,
    count: Annotated[
        str | None, _param("'events' (each event once, the default) or 'mentions'.", "count")
    ] = None,
    min_confidence: Annotated[str | None, _param("0-1.", "min_confidence")] = None,
    located_in: Annotated[
        str | None, _param("Countries (ISO-3) the event took place in.", "located_in")
    ] = None,
) -> DashboardQuery:
    """The parsed filter, or a 422 (the app's validation answer) whose message is a sentence: the
    parser's, naming the bad item, or else the form the value breaks (its rule is in the schema)."""
    del since, until, actor, country, dyad, root, quad_class, factuality, count, min_confidence, located_in
    raw = _as_filters(request)
    try:
        query = parse_query(raw)
    except FilterError as error:
        raise _invalid(error.field, str(error)) from None
    for field in FIELDS:
        value = raw[field]
        if value is not None and _breaks_schema(field, value):
            label = field.replace("_", " ").capitalize()
            raise _invalid(field, f"{label}: “{value}” should be {FORMS[field]}.")
    return query


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
