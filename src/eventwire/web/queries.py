"""The dashboard's views of the event units: feed rows, timelines, map points, network, summaries.

Every function takes units already filtered (:func:`eventwire.web.units.load_units`) and returns
JSON-ready dicts. Counts are units (one per real event) unless ``count == "mentions"``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, Literal

from eventwire.web.units import EventUnit

Frequency = Literal["day", "week", "month"]
COOPERATION = (1, 2)
_TOP = 8


def _actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if not actor:
        return None
    return {key: actor.get(key) for key in ("code", "name", "country", "sector", "person")}


def row(unit: EventUnit) -> dict[str, Any]:
    """One feed row: the event (representative record), whether it is joint, and its report counts."""
    record = unit.record
    evidence = record.get("evidence") or {}
    return {
        "id": record["id"],
        "cluster_ids": [cluster["id"] for cluster in unit.clusters],
        "date": record.get("date"),
        "source": _actor(record.get("source")),
        "target": _actor(record.get("target")),
        "joint": unit.joint,
        "cameo": record["cameo"],
        "cameo_name": record.get("cameo_name"),
        "quad_class": record["quad_class"],
        "goldstein": record["goldstein"],
        "plover": record.get("plover"),
        "factuality": record["factuality"],
        "attributed_to": _actor(record.get("attributed_to")),
        "time": record.get("time"),
        "location": record.get("location"),
        "evidence": evidence.get("text", ""),
        "confidence": record.get("confidence"),
        "num_mentions": unit.mentions,
        "num_articles": unit.articles,
        "num_sources": unit.sources,
    }


def newest_first(units: Sequence[EventUnit]) -> list[EventUnit]:
    """Dated events newest first (ties: newest cluster first), then undated ones."""
    dated = sorted(
        (unit for unit in units if unit.date), key=lambda u: (u.date, u.record["id"]), reverse=True
    )
    undated = sorted((unit for unit in units if not unit.date), key=lambda u: u.record["id"], reverse=True)
    return [*dated, *undated]


def page(units: Sequence[EventUnit], limit: int, offset: int) -> dict[str, Any]:
    """A page of feed rows, newest first, with the total and the next offset (None on the last page)."""
    ordered = newest_first(units)
    items = [row(unit) for unit in ordered[offset : offset + limit]]
    more = offset + limit < len(ordered)
    return {
        "items": items,
        "total": len(ordered),
        "mentions": sum(unit.mentions for unit in units),
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def period_start(day: dt.date, freq: Frequency) -> dt.date:
    """The first day of the day, ISO week (Monday) or month holding ``day``."""
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day


def timeline(units: Sequence[EventUnit], freq: Frequency, count: str) -> dict[str, Any]:
    """Per period (only periods with events): ``t`` (Unix seconds, UTC midnight of the period's first
    day), ``period`` (ISO date), ``events``, ``cooperation`` (quad 1-2), ``conflict`` (quad 3-4),
    ``quad`` (counts per quad class 1-4) and ``mean_goldstein`` (weighted like the counts)."""
    buckets: dict[dt.date, list[EventUnit]] = defaultdict(list)
    undated = 0
    for unit in units:
        if unit.date is None:
            undated += unit.weight(count)
            continue
        buckets[period_start(unit.date, freq)].append(unit)
    series = []
    for period, members in sorted(buckets.items()):
        quads: Counter[int] = Counter()
        total_weight, goldstein = 0, 0.0
        for unit in members:
            weight = unit.weight(count)
            quads[int(unit.record["quad_class"])] += weight
            total_weight += weight
            goldstein += weight * float(unit.record["goldstein"])
        series.append(
            {
                "period": period.isoformat(),
                "t": calendar.timegm(period.timetuple()),
                "events": total_weight,
                "cooperation": quads[1] + quads[2],
                "conflict": quads[3] + quads[4],
                "quad": [quads[1], quads[2], quads[3], quads[4]],
                "mean_goldstein": round(goldstein / total_weight, 3) if total_weight else None,
            }
        )
    return {"freq": freq, "count": count, "series": series, "undated": undated}


def _distinct_rows(units: Sequence[EventUnit], limit: int) -> list[dict[str, Any]]:
    """Feed rows of the first ``limit`` distinct events (mention units of one event share its id)."""
    rows: dict[int, dict[str, Any]] = {}
    for unit in units:
        if len(rows) == limit:
            break
        rows.setdefault(unit.record["id"], row(unit))
    return list(rows.values())


def map_points(units: Sequence[EventUnit], count: str) -> dict[str, Any]:
    """Located events grouped by place: ``points`` (lat, lon, name, country, events, cooperation,
    conflict, the newest event ids) and ``countries`` (events per ISO-3 country of location)."""
    places: dict[tuple[float, float, str], list[EventUnit]] = defaultdict(list)
    by_country: Counter[str] = Counter()
    unlocated = 0
    for unit in units:
        location = unit.record.get("location")
        if not location or location.get("lat") is None or location.get("lon") is None:
            unlocated += unit.weight(count)
            continue
        key = (round(float(location["lat"]), 3), round(float(location["lon"]), 3), str(location["name"]))
        places[key].append(unit)
        if location.get("country"):
            by_country[str(location["country"])] += unit.weight(count)
    points = []
    for (lat, lon, name), members in places.items():
        cooperation = sum(u.weight(count) for u in members if u.record["quad_class"] in COOPERATION)
        events = sum(u.weight(count) for u in members)
        points.append(
            {
                "lat": lat,
                "lon": lon,
                "name": name,
                "country": members[0].record["location"].get("country"),
                "events": events,
                "cooperation": cooperation,
                "conflict": events - cooperation,
                "newest": _distinct_rows(newest_first(members), 5),
            }
        )
    points.sort(key=lambda point: -point["events"])
    return {
        "count": count,
        "points": points,
        "countries": [{"iso3": iso3, "events": n} for iso3, n in by_country.most_common()],
        "unlocated": unlocated,
    }


def network(units: Sequence[EventUnit], max_edges: int, count: str) -> dict[str, Any]:
    """Who acts on whom: one edge per (source, target, quad class), a joint act as one ``mutual`` edge
    between its two actors (codes in alphabetical order), busiest first."""
    edges: Counter[tuple[str, str, int, bool]] = Counter()
    names: dict[str, str] = {}
    people: dict[str, Counter[str]] = defaultdict(Counter)
    for unit in units:
        record = unit.record
        source, target = record.get("source") or {}, record.get("target") or {}
        if not target or not source or source["code"] == target["code"]:
            continue
        for actor in (source, target):
            if actor.get("person"):
                people[actor["code"]][actor["person"]] += 1
            else:
                names.setdefault(actor["code"], actor.get("name") or actor["code"])
        ends = sorted((source["code"], target["code"])) if unit.joint else [source["code"], target["code"]]
        edges[(ends[0], ends[1], int(record["quad_class"]), unit.joint)] += unit.weight(count)
    kept = edges.most_common(max_edges)
    used = sorted({code for (a, b, _q, _m), _n in kept for code in (a, b)})
    return {
        "count": count,
        "nodes": [
            {"code": code, "name": names.get(code), "people": [p for p, _n in people[code].most_common(5)]}
            for code in used
        ],
        "edges": [
            {"source": a, "target": b, "quad_class": quad, "mutual": mutual, "events": n}
            for (a, b, quad, mutual), n in kept
        ],
    }


def summary(units: Sequence[EventUnit], count: str, focus: str | None = None) -> dict[str, Any]:
    """Totals for an actor or country page: events, mentions, per quad class and factuality, mean
    Goldstein, first and last date, and the busiest partners, actors and event types. ``focus`` is the
    page's actor code prefix or country: partners are the other side of each event."""
    quads: Counter[int] = Counter()
    factuality: Counter[str] = Counter()
    partners: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    names: dict[str, str] = {}
    people: dict[str, Counter[str]] = defaultdict(Counter)
    goldstein, weight_total = 0.0, 0
    dates = [unit.date for unit in units if unit.date]
    for unit in units:
        record, weight = unit.record, unit.weight(count)
        quads[int(record["quad_class"])] += weight
        factuality[str(record["factuality"])] += weight
        kinds[f"{record['cameo']} {record.get('cameo_name') or ''}".strip()] += weight
        goldstein += weight * float(record["goldstein"])
        weight_total += weight
        for actor in (record.get("source"), record.get("target")):
            if not actor:
                continue
            code = str(actor["code"])
            if actor.get("person"):
                people[code][str(actor["person"])] += weight
            else:
                names.setdefault(code, str(actor.get("name") or code))
            actors[code] += weight
            inside = focus is not None and (
                code.startswith(focus.upper()) or actor.get("country") == focus.upper()
            )
            if focus is not None and not inside:
                partners[code] += weight

    def label(code: str) -> str:
        return names.get(code) or ", ".join(person for person, _n in people[code].most_common(2)) or code

    return {
        "count": count,
        "events": weight_total,
        "mentions": sum(unit.mentions for unit in units),
        "quad": [quads[1], quads[2], quads[3], quads[4]],
        "factuality": dict(factuality.most_common()),
        "mean_goldstein": round(goldstein / weight_total, 3) if weight_total else None,
        "first": min(dates).isoformat() if dates else None,
        "last": max(dates).isoformat() if dates else None,
        "actors": [{"code": c, "name": label(c), "events": n} for c, n in actors.most_common(_TOP)],
        "partners": [{"code": c, "name": label(c), "events": n} for c, n in partners.most_common(_TOP)],
        "event_types": [{"label": k, "events": n} for k, n in kinds.most_common(_TOP)],
    }
