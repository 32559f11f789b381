"""POLECAT-style event records: PLOVER event type and mode, actors, date, place, source and counts.

POLECAT (the successor of ICEWS) describes events with PLOVER; these records use its field names for
the parts eventwire produces, one record per deduplicated event, plus factuality and the CAMEO code.
"""

from __future__ import annotations

from typing import Any


def _actor_fields(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {
        f"{prefix}_name": actor.get("name"),
        f"{prefix}_code": actor.get("code"),
        f"{prefix}_country": actor.get("country"),
        f"{prefix}_actor_type": actor.get("sector"),
        f"{prefix}_person": actor.get("person"),
    }


def polecat_record(cluster: dict[str, Any]) -> dict[str, Any]:
    """One event cluster (as ``Store.iter_event_clusters`` yields it) as a POLECAT-style record."""
    location = cluster.get("location") or {}
    evidence = cluster.get("evidence") or {}
    return {
        "event_id": str(cluster["id"]),
        "event_date": cluster.get("date"),
        "event_type": cluster.get("plover"),
        "event_mode": cluster.get("plover_mode"),
        "event_text": evidence.get("text"),
        "factuality": cluster.get("factuality"),
        **_actor_fields("actor", cluster.get("source")),
        **_actor_fields("recipient", cluster.get("target")),
        "place_name": location.get("name"),
        "country": location.get("country"),
        "latitude": location.get("lat"),
        "longitude": location.get("lon"),
        "cameo_code": cluster.get("cameo"),
        "goldstein": cluster.get("goldstein"),
        "quad_class": cluster.get("quad_class"),
        "num_mentions": cluster.get("num_mentions"),
        "num_sources": cluster.get("num_sources"),
        "num_articles": cluster.get("num_articles"),
        "story_id": cluster.get("story_id"),
        "url": cluster.get("source_url"),
        "date_added": cluster.get("date_added"),
        "confidence": cluster.get("confidence"),
    }
