"""Shapes the dashboard needs that the store does not serve directly, built from its public read API."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, Literal

from eventwire.store import EventFilter, Store

Frequency = Literal["day", "week"]
COOPERATION = (1, 2)
CONFLICT = (3, 4)
_PEOPLE_PER_NODE = 5


def _period(day: dt.date, freq: Frequency) -> dt.date:
    return day - dt.timedelta(days=day.weekday()) if freq == "week" else day


def dyad_timeline(store: Store, a: str, b: str, freq: Frequency) -> list[dict[str, Any]]:
    """The store's ``dyad_series`` with cooperation (quad 1-2) and conflict (quad 3-4) counts added."""
    split: dict[str, Counter[str]] = {}
    for event in store.iter_events(EventFilter(dyad=(a, b))):
        if not event.get("date"):
            continue
        period = _period(dt.date.fromisoformat(event["date"]), freq).isoformat()
        side = "cooperation" if event["quad_class"] in COOPERATION else "conflict"
        split.setdefault(period, Counter())[side] += 1
    series = []
    for point in store.dyad_series(a, b, freq):
        counts = split.get(point["period"], Counter())
        series.append({**point, "cooperation": counts["cooperation"], "conflict": counts["conflict"]})
    return series


def actor_network(store: Store, where: EventFilter | None, max_edges: int) -> dict[str, Any]:
    """Who acts on whom: one edge per (source, target, quad class) with its event count, busiest first.

    A code such as ``RUSGOV`` stands for many people, so a node carries its generic name (when an event
    named the role rather than a person) and the people seen under it.
    """
    edges: Counter[tuple[str, str, int]] = Counter()
    names: dict[str, str] = {}
    people: dict[str, Counter[str]] = {}
    for event in store.iter_events(where):
        source, target = event["source"], event.get("target")
        if not target or source["code"] == target["code"]:
            continue
        for actor in (source, target):
            people.setdefault(actor["code"], Counter())
            if actor.get("person"):
                people[actor["code"]][actor["person"]] += 1
            else:
                names.setdefault(actor["code"], actor["name"])
        edges[(source["code"], target["code"], int(event["quad_class"]))] += 1
    kept = edges.most_common(max_edges)
    used = {code for (source, target, _quad), _n in kept for code in (source, target)}
    return {
        "nodes": [
            {
                "code": code,
                "name": names.get(code),
                "people": [person for person, _n in people[code].most_common(_PEOPLE_PER_NODE)],
            }
            for code in sorted(used)
        ],
        "edges": [
            {"source": source, "target": target, "quad_class": quad, "events": count}
            for (source, target, quad), count in kept
        ],
    }
