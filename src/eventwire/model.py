"""The typed records every stage exchanges: articles in, events, flags and errors out.

These are the ◆ event-record contract of DESIGN.md in code: every face (CLI, Python API, REST, store,
exports) serialises them through ``to_dict`` so the JSON shape is defined in exactly one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Factuality(StrEnum):
    """How surely the text says the event happened."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    POSSIBLE = "possible"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as read by a source, before any NLP."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = "en"
    summary: str | None = None
    origin: str | None = None
    """Where the article came from (``path`` or ``path:line``), for error messages."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Character offsets into the document text, and the text they cover."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor. ``code`` follows the CAMEO actor codebook (``RUSGOV``, ``IGOUNO``, ``UKRMIL``)."""

    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    person: str | None = None
    mention: Evidence | None = None
    """Where the text names this actor (character offsets into the document), when it does."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "person": self.person,
            "mention": self.mention.to_dict() if self.mention else None,
        }


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression resolved against the article date; ``start``/``end`` inclusive."""

    text: str
    start: dt.date | None
    end: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True, slots=True)
class Location:
    """A geocoded place; ``country`` is ISO-3."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the ◆ event record."""

    doc_id: str
    sentence: int
    source: Actor
    target: Actor | None
    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    factuality: Factuality
    attributed_to: Actor | None
    time: TimeSpan | None
    location: Location | None
    evidence: Evidence
    rule: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "factuality": str(self.factuality),
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "time": self.time.to_dict() if self.time else None,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Flag:
    """A check result, e.g. ``stale_title``: a title that contradicts the dated roles."""

    kind: str
    message: str
    actor: Actor | None = None
    title: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "actor": self.actor.to_dict() if self.actor else None,
            "title": self.title,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass(frozen=True, slots=True)
class InputError:
    """Input that could not be read: recorded with where it was, never silently dropped."""

    doc_id: str
    location: str
    """``path`` or ``path:line`` (1-based line)."""
    kind: str
    """Short machine-readable reason: ``binary``, ``empty``, ``encoding``, ``json``, ``too_large``, ..."""
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"location": self.location, "kind": self.kind, "message": self.message}


@dataclass(slots=True)
class DocumentResult:
    """Everything the coder says about one input document: one JSONL line of ``eventwire code``."""

    doc_id: str
    date: dt.date | None
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    article: Article | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "date": self.date.isoformat() if self.date else None,
            "events": [event.to_dict() for event in self.events],
            "flags": [flag.to_dict() for flag in self.flags],
            "errors": [error.to_dict() for error in self.errors],
        }
