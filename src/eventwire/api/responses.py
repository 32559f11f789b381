"""Response models of the read API: the shapes the dashboard and other clients rely on, in OpenAPI.

Event records follow the ◆ event record of ``docs/conventions.md``; models allow extra keys so a field
the coder adds later passes through before it is described here. Dates are ISO strings (YYYY-MM-DD),
instants ISO 8601 in UTC; CAMEO codes are strings (``"036"``, leading zeros kept).
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(_Open):
    """Character offsets into the article text (``start`` inclusive, ``end`` exclusive) and the words."""

    start: int
    end: int
    text: str | None = None


class ActorOut(_Open):
    """An actor: CAMEO code (``RUSGOV``, ``---UAF``), name, ISO-3 country, sector, person, mention."""

    code: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    person: str | None = None
    mention: Span | None = None


class TimeOut(_Open):
    """The event's time as written and resolved to an ISO date range (either end may be unknown)."""

    text: str | None = None
    start: str | None = None
    end: str | None = None


class LocationOut(_Open):
    """Where the event happened: place name, ISO-3 country, WGS84 decimal degrees."""

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventRecord(_Open):
    """The ◆ event record."""

    doc_id: str | None = None
    sentence: int | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    cameo: str = Field(description="CAMEO event code, a string with its leading zeros, e.g. '036'.")
    cameo_name: str | None = None
    goldstein: float = Field(description="Goldstein score, -10 (conflict) to +10 (cooperation).")
    quad_class: int = Field(
        description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."
    )
    plover: str | None = None
    plover_mode: str | None = None
    factuality: str = Field(description="asserted, planned, possible, negated or hypothetical.")
    attributed_to: ActorOut | None = None
    time: TimeOut | None = None
    location: LocationOut | None = None
    evidence: Span | None = None
    rule: str | None = None
    confidence: float | None = None


class ArticleRef(BaseModel):
    """The article a mention was read from."""

    id: int
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None


class EventOut(EventRecord):
    """One coded mention (a per-article event) with its store ids; ``date`` is the event's date."""

    id: int
    article_id: int
    cluster_id: int | None = None
    date: str | None = None
    article: ArticleRef | None = None


class MentionOut(EventOut):
    """A mention of an event cluster, with the article it comes from."""

    article: ArticleRef


class ClusterOut(EventRecord):
    """One real-world event (an event cluster): a representative record and GDELT-style counts.

    ``mirror`` marks the second direction of a joint act (a meeting coded both ways), which the
    aggregates do not count again."""

    id: int
    date: str | None = None
    story_id: int | None = None
    num_mentions: int
    num_sources: int
    num_articles: int
    source_url: str | None = None
    date_added: str | None = None
    article: ArticleRef | None = Field(None, description="The article of the event's first mention.")
    mirror: bool = False


class ClaimEvidenceOut(BaseModel):
    role: str = Field(description="opened, confirmed, cancelled, denied, repeated ...")
    article_id: int | None = None
    event_id: int | None = None
    date: str
    factuality: str | None = None
    text: str | None = None


class DateRange(BaseModel):
    start: str | None = None
    end: str | None = None


class ClaimOut(BaseModel):
    """A planned or possible event followed to its outcome, with its chain of evidence."""

    id: int
    status: Literal["open", "confirmed", "cancelled", "denied", "lapsed"]
    parties: list[str]
    source: str
    target: str
    family: str
    cameo: str
    opened_on: str
    window: DateRange
    resolved_on: str | None = None
    summary: str
    evidence: list[ClaimEvidenceOut]


class ClusterDetail(ClusterOut):
    """An event page: the cluster, every mention with its evidence and article, and its claims."""

    mentions: list[MentionOut]
    claims: list[ClaimOut]


class _ArticleFields(BaseModel):
    """The stored fields of an article, without its text (the base of the two article answers)."""

    id: int
    doc_id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    story_id: int | None = None
    coder_version: str
    ingested_at: str | None = None


class ArticleSummary(_ArticleFields):
    """A stored article without its text; ``events`` is how many events were coded in it."""

    events: int


class ArticleDetail(_ArticleFields):
    """One article with its text, its coded events and its check flags (e.g. ``stale_title``)."""

    text: str
    events: list[EventOut]
    flags: list[dict[str, Any]]


class ActorSummary(BaseModel):
    """An actor seen in the store, with the counted events it is the source and the target of."""

    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    person: str | None = None
    events_as_source: int
    events_as_target: int


class Page(BaseModel, Generic[Item]):
    """One page of a list: ``total`` rows match; ``next_offset`` is None on the last page."""

    items: list[Item]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class Counting(BaseModel):
    """What an aggregate counted: ``events`` (event clusters, joint acts once) or ``mentions``, and the
    factualities included (asserted only unless asked)."""

    count: Literal["events", "mentions"]
    factuality: list[str]


class SeriesPoint(BaseModel):
    """Counted events in one period (a day, an ISO week's Monday, a month's first day)."""

    period: str
    events: int
    cooperation: int = Field(description="Events of quad class 1-2.")
    conflict: int = Field(description="Events of quad class 3-4.")
    mean_goldstein: float


class SeriesOut(Counting):
    freq: Literal["day", "week", "month"]
    series: list[SeriesPoint]


class DyadOut(SeriesOut):
    a: str
    b: str


class NetworkNode(BaseModel):
    code: str
    name: str | None = None
    people: list[str]


class NetworkEdge(BaseModel):
    source: str
    target: str
    quad_class: int
    events: int


class NetworkOut(Counting):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class PlaceOut(BaseModel):
    """Counted events at one located place (WGS84 decimal degrees)."""

    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    events: int
    cooperation: int
    conflict: int
    mean_goldstein: float


class PlacesOut(Counting):
    places: list[PlaceOut]


class StatsOut(BaseModel):
    """Counts of everything stored; ``events`` counts asserted events once each."""

    articles: int
    events: int
    events_by_factuality: dict[str, int]
    mentions: int
    event_clusters: int
    stories: int
    actors: int
    flags: int
    claims: int
    claims_by_status: dict[str, int]
    rejected_inputs: int
    newest_article: str | None = None
