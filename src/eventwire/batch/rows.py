"""Flattening results into Parquet rows: one row per event, one row per document.

Flat columns make the files easy to query (pandas, DuckDB, Spark); the full ◆ record rides along as
JSON in ``event_json`` so nothing is lost to the flattening.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from eventwire.model import Actor, DocumentResult, Event

UNKNOWN_DATE = "unknown"
"""The ``date=`` partition of articles without a date."""

_ACTOR_FIELDS = ("code", "name", "country", "sector", "person")


def _actor_columns(prefix: str) -> list[pa.Field]:
    return [pa.field(f"{prefix}_{name}", pa.string()) for name in _ACTOR_FIELDS]


EVENT_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("article_date", pa.string()),
        pa.field("sentence", pa.int32()),
        *_actor_columns("source"),
        *_actor_columns("target"),
        pa.field("cameo", pa.string()),
        pa.field("cameo_name", pa.string()),
        pa.field("goldstein", pa.float64()),
        pa.field("quad_class", pa.int8()),
        pa.field("plover", pa.string()),
        pa.field("plover_mode", pa.string()),
        pa.field("factuality", pa.string()),
        *_actor_columns("attributed_to"),
        pa.field("time_text", pa.string()),
        pa.field("time_start", pa.string()),
        pa.field("time_end", pa.string()),
        pa.field("location_name", pa.string()),
        pa.field("location_country", pa.string()),
        pa.field("location_lat", pa.float64()),
        pa.field("location_lon", pa.float64()),
        pa.field("evidence_start", pa.int32()),
        pa.field("evidence_end", pa.int32()),
        pa.field("evidence_text", pa.string()),
        pa.field("rule", pa.string()),
        pa.field("confidence", pa.float64()),
        pa.field("partition", pa.string()),
        pa.field("event_json", pa.string()),
    ]
)
"""Fixed so every part file has the same schema, whatever nulls a partition happens to hold."""

DOCUMENT_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("article_date", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("origin", pa.string()),
        pa.field("events", pa.int32()),
        pa.field("flags_json", pa.string()),
        pa.field("errors_json", pa.string()),
        pa.field("partition", pa.string()),
    ]
)


def date_key(result: DocumentResult) -> str:
    """The ``date=`` directory a document's events go to."""
    return result.date.isoformat() if result.date else UNKNOWN_DATE


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    values = actor.to_dict() if actor else {}
    return {f"{prefix}_{name}": values.get(name) for name in _ACTOR_FIELDS}


def event_row(event: Event, article_date: str | None, partition: str) -> dict[str, Any]:
    """One flat row; ``event_json`` is the ◆ record exactly as ``Event.to_dict`` gives it."""
    record = event.to_dict()
    time = record["time"] or {}
    location = record["location"] or {}
    return {
        "doc_id": event.doc_id,
        "article_date": article_date,
        "sentence": event.sentence,
        **_actor("source", event.source),
        **_actor("target", event.target),
        "cameo": record["cameo"],
        "cameo_name": record["cameo_name"],
        "goldstein": record["goldstein"],
        "quad_class": record["quad_class"],
        "plover": record["plover"],
        "plover_mode": record["plover_mode"],
        "factuality": record["factuality"],
        **_actor("attributed_to", event.attributed_to),
        "time_text": time.get("text"),
        "time_start": time.get("start"),
        "time_end": time.get("end"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_lat": location.get("lat"),
        "location_lon": location.get("lon"),
        "evidence_start": record["evidence"]["start"],
        "evidence_end": record["evidence"]["end"],
        "evidence_text": record["evidence"]["text"],
        "rule": record["rule"],
        "confidence": record["confidence"],
        "partition": partition,
        "event_json": json.dumps(record, ensure_ascii=False, sort_keys=True),
    }


def document_row(result: DocumentResult, partition: str) -> dict[str, Any]:
    """Per-document outcome: how many events, and the flags and input errors (as JSON lists)."""
    article = result.article
    return {
        "doc_id": result.doc_id,
        "article_date": result.date.isoformat() if result.date else None,
        "title": article.title if article else None,
        "url": article.url if article else None,
        "source": article.source if article else None,
        "origin": article.origin if article else (result.errors[0].location if result.errors else None),
        "events": len(result.events),
        "flags_json": json.dumps([flag.to_dict() for flag in result.flags], ensure_ascii=False),
        "errors_json": json.dumps([error.to_dict() for error in result.errors], ensure_ascii=False),
        "partition": partition,
    }
