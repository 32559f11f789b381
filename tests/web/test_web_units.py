"""Event units and the views built on them, on hand-made clusters: a joint act counted once, feed
order, a true time axis, map points, a mutual network edge, CSV keeping codes as text."""

from __future__ import annotations

import csv
import io
from typing import Any

from eventwire.web import csv_out, queries
from eventwire.web.units import EventUnit, MentionRow, build_units


def _actor(code: str) -> dict[str, Any]:
    return {"code": code, "name": code, "country": code[:3], "sector": code[3:] or None, "person": None}


def _cluster(
    cluster_id: int,
    source: str,
    target: str | None,
    *,
    date: str | None = "2025-08-07",
    cameo: str = "040",
    quad: int = 1,
    factuality: str = "asserted",
    mentions: int = 1,
    location: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": cluster_id,
        "date": date,
        "source": _actor(source),
        "target": _actor(target) if target else None,
        "cameo": cameo,
        "cameo_name": "Consult",
        "quad_class": quad,
        "goldstein": 1.0 if quad < 3 else -5.0,
        "factuality": factuality,
        "evidence": {"start": 0, "end": 5, "text": "met"},
        "location": location,
        "num_mentions": mentions,
        "num_articles": mentions,
        "num_sources": 1,
    }


def _mention(cluster: dict[str, Any], article: int, sentence: int) -> MentionRow:
    target = cluster["target"]["code"] if cluster["target"] else None
    return MentionRow(
        cluster["id"],
        article,
        sentence,
        cluster["cameo"][:2],
        cluster["factuality"],
        cluster["source"]["code"],
        target,
        "wire",
    )


def _negated_meeting() -> list[EventUnit]:
    """The seed report's shape: a negated Putin-Zelenskiy meeting, three sentences, both directions."""
    there = _cluster(4, "RUSGOV", "UKRGOV", factuality="negated", mentions=3)
    back = _cluster(5, "UKRGOV", "RUSGOV", factuality="negated", mentions=3)
    mentions = [_mention(c, 1, s) for c in (there, back) for s in (1, 17, 39)]
    return build_units([there, back], mentions)


def test_a_joint_act_is_one_event_with_its_mentions_counted_once() -> None:
    [unit] = _negated_meeting()
    assert unit.joint
    assert [c["id"] for c in unit.clusters] == [4, 5]
    assert unit.mentions == 3
    assert unit.articles == 1


def test_two_acts_between_the_same_actors_stay_two() -> None:
    """A condemns B, B condemns A in different sentences: two events, not a joint act."""
    there = _cluster(1, "RUS", "UKR", cameo="111", quad=3)
    back = _cluster(2, "UKR", "RUS", cameo="111", quad=3)
    units = build_units([there, back], [_mention(there, 1, 0), _mention(back, 1, 1)])
    assert len(units) == 2
    assert not any(unit.joint for unit in units)


def test_feed_is_newest_first_with_undated_last_and_totals() -> None:
    clusters = [
        _cluster(1, "RUS", "UKR", date="2022-01-01"),
        _cluster(2, "RUS", "UKR", date=None),
        _cluster(3, "RUS", "UKR", date="2025-08-12", mentions=4),
    ]
    page = queries.page(build_units(clusters, []), limit=2, offset=0)
    assert [row["id"] for row in page["items"]] == [3, 1]
    assert page["total"] == 3
    assert page["mentions"] == 6
    assert page["next_offset"] == 2
    assert page["items"][0]["num_mentions"] == 4


def test_timeline_points_sit_at_their_dates() -> None:
    clusters = [
        _cluster(1, "RUS", "UKR", date="2022-01-01", cameo="190", quad=4),
        _cluster(2, "RUS", "UKR", date="2025-08-07", mentions=3),
        _cluster(3, "RUS", "UKR", date="2025-08-08", cameo="111", quad=3),
    ]
    units = build_units(clusters, [])
    series = queries.timeline(units, "day", "events")["series"]
    assert [point["period"] for point in series] == ["2022-01-01", "2025-08-07", "2025-08-08"]
    assert series[1]["t"] - series[0]["t"] == (1314 * 86400)
    assert [p["cooperation"] for p in series] == [0, 1, 0]
    assert [p["conflict"] for p in series] == [1, 0, 1]
    weighted = queries.timeline(units, "month", "mentions")["series"]
    assert [(p["period"], p["events"]) for p in weighted] == [("2022-01-01", 1), ("2025-08-01", 4)]


def test_week_periods_start_on_monday() -> None:
    units = build_units([_cluster(1, "RUS", "UKR", date="2025-08-07")], [])
    assert queries.timeline(units, "week", "events")["series"][0]["period"] == "2025-08-04"


def test_map_groups_by_place_and_counts_unlocated() -> None:
    kyiv = {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52}
    clusters = [
        _cluster(1, "RUS", "UKR", location=kyiv, cameo="190", quad=4),
        _cluster(2, "POL", "UKR", location=kyiv),
        _cluster(3, "RUS", "USA"),
    ]
    data = queries.map_points(build_units(clusters, []), "events")
    [point] = data["points"]
    assert (point["name"], point["events"], point["conflict"], point["cooperation"]) == ("Kyiv", 2, 1, 1)
    assert [row["id"] for row in point["newest"]] == [2, 1]
    assert data["countries"] == [{"iso3": "UKR", "events": 2}]
    assert data["unlocated"] == 1


def test_network_draws_a_joint_act_as_one_mutual_edge() -> None:
    network = queries.network(_negated_meeting(), 10, "events")
    assert network["edges"] == [
        {"source": "RUSGOV", "target": "UKRGOV", "quad_class": 1, "mutual": True, "events": 1}
    ]


def test_event_csv_keeps_codes_as_text() -> None:
    rows = [queries.row(unit) for unit in _negated_meeting()]
    parsed = list(csv.DictReader(io.StringIO(csv_out.events_csv(rows))))
    assert parsed[0]["cameo"] == "040"
    assert parsed[0]["factuality"] == "negated"
    assert parsed[0]["num_mentions"] == "3"
    assert parsed[0]["joint"] == "True"


def test_lazy_record_parses_its_json_only_when_a_record_key_is_read() -> None:
    from eventwire.web.units import LazyRecord

    record = LazyRecord({"id": 7, "quad_class": 1}, '{"quad_class": 4, "cameo_name": "Consult"}')
    assert record["quad_class"] == 1  # a column, no parsing
    assert record._raw is not None
    assert record.get("cameo_name") == "Consult"
    assert record["quad_class"] == 1  # columns win over the parsed record
    assert record.get("location") is None
    assert record._raw is None
