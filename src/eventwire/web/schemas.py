"""Typed answers of the dashboard's routes (``/api/v1/dashboard``), as OpenAPI documents them.

Actor objects and event-record parts (``time``, ``location``, ``evidence``) keep the ◆ event record's
shape; counts are events (a joint act once) unless the answer's ``count`` says ``mentions``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CountName = Literal["events", "mentions"]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorOut(_Open):
    """An actor as the ◆ event record gives it (``code`` in the CAMEO actor codebook)."""

    code: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    person: str | None = None


class EventRow(BaseModel):
    """One event (its clusters, a joint act's two directions together) with its report counts."""

    id: int = Field(description="The representative event cluster; the event page's id.")
    cluster_ids: list[int]
    date: str | None = Field(description="ISO date, or null when unknown.")
    source: ActorOut | None
    target: ActorOut | None
    joint: bool = Field(description="A joint act, coded in both directions and counted once.")
    cameo: str = Field(description="CAMEO code as text, e.g. '040'.")
    cameo_name: str | None
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: str | None
    factuality: str
    attributed_to: ActorOut | None
    time: dict[str, Any] | None
    location: dict[str, Any] | None
    evidence: str
    confidence: float | None
    num_mentions: int
    num_articles: int
    num_sources: int


class EventPage(BaseModel):
    """A page of the feed, newest first."""

    items: list[EventRow]
    total: int = Field(description="Events matching the filters.")
    mentions: int = Field(description="Their mentions.")
    limit: int
    offset: int
    next_offset: int | None


class ArticleRef(BaseModel):
    id: int
    title: str | None
    published: str | None
    source: str | None
    url: str | None


class MentionOut(BaseModel):
    """One report of the event: an article's sentence (a joint act's two directions share it)."""

    event_ids: list[int]
    directions: list[str]
    article: ArticleRef
    sentence: int
    source: ActorOut | None
    target: ActorOut | None
    cameo: str | None
    cameo_name: str | None
    evidence: dict[str, Any] | None
    rule: str | None
    confidence: float | None
    factuality: str | None
    attributed_to: ActorOut | None
    time: dict[str, Any] | None
    location: dict[str, Any] | None


class ClaimLink(BaseModel):
    """A claim this event played a part in, and which part."""

    claim_id: int
    status: str
    summary: str
    opened_on: str
    resolved_on: str | None
    role: str = Field(description="opened, reported, or a settling confirmed/denied/cancelled.")
    settles: bool
    on_date: str
    event_id: int | None


class EventDetail(BaseModel):
    event: EventRow
    mentions: list[MentionOut]
    claims: list[ClaimLink]


class TimelinePoint(BaseModel):
    period: str = Field(description="First day of the day, ISO week (Monday) or month.")
    t: int = Field(description="Unix seconds at UTC midnight of ``period``.")
    events: int
    cooperation: int = Field(description="Quad classes 1-2.")
    conflict: int = Field(description="Quad classes 3-4.")
    quad: list[int] = Field(description="Counts of quad classes 1, 2, 3, 4.")
    mean_goldstein: float | None


class Timeline(BaseModel):
    freq: Literal["day", "week", "month"]
    count: CountName
    series: list[TimelinePoint]
    undated: int


class MapPoint(BaseModel):
    lat: float
    lon: float
    name: str
    country: str | None
    events: int
    cooperation: int
    conflict: int
    newest: list[EventRow]


class CountryCount(BaseModel):
    iso3: str
    events: int


class MapData(BaseModel):
    count: CountName
    points: list[MapPoint]
    countries: list[CountryCount] = Field(description="Events per ISO-3 country of location.")
    unlocated: int


class NetworkNode(BaseModel):
    code: str
    name: str | None
    people: list[str]


class NetworkEdge(BaseModel):
    source: str
    target: str
    quad_class: int
    mutual: bool = Field(description="A joint act: one edge between the two, codes in alphabetical order.")
    events: int


class Network(BaseModel):
    count: CountName
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Ranked(BaseModel):
    code: str | None = None
    label: str | None = None
    name: str | None = None
    events: int


class Summary(BaseModel):
    count: CountName
    events: int
    mentions: int
    quad: list[int]
    factuality: dict[str, int]
    mean_goldstein: float | None
    first: str | None
    last: str | None
    actors: list[Ranked]
    partners: list[Ranked]
    event_types: list[Ranked]


class Country(BaseModel):
    iso3: str
    numeric: str = Field(description="ISO 3166-1 numeric, 3 digits: the world-atlas shape's id.")
    name: str
    iso2: str
