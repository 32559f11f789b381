"""The dashboard's honest aggregates, map, timelines, event, actor and country pages, CSV and phone
layout, in real headless Chromium over a live server (the test articles, plus the shared seed report
when this machine has it). Screenshots go to test-artifacts/dashboard-*.png for a reviewer.

The issue's acceptance test: the RUS-UKR dyad shows no cooperation on 2025-08-07 by default and the
network has no RUSGOV-UKRGOV cooperation edge; both appear when negated events are asked for."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser

DENIED_DAY = calendar.timegm(dt.date(2025, 8, 7).timetuple())
PHONE = {"width": 375, "height": 812}


def _open(page: Any, base: str, route: str) -> None:
    page.goto(f"{base}/#{route}")
    page.wait_for_selector(f"#view[data-ready='{route.split('?')[0]}']")


_CHART_DRAWN = "() => Boolean(document.querySelector('.timechart')?.uplot)"
"""The chart is drawn after its view is marked ready; under load a query can land in between."""


def _chart_data(page: Any) -> list[list[float | None]]:
    """The uPlot chart's data: [x (Unix seconds), cooperation, -conflict, mean Goldstein]."""
    page.wait_for_function(_CHART_DRAWN)
    data: list[list[float | None]] = page.evaluate(
        "() => document.querySelector('.timechart').uplot.data.map((s) => Array.from(s))"
    )
    return data


def _cooperation_on(page: Any, t: int) -> float:
    xs, cooperation = _chart_data(page)[:2]
    return sum(value or 0 for x, value in zip(xs, cooperation, strict=True) if x == t)


def _cooperation_edges(page: Any, a: str, b: str) -> int:
    edges = page.locator("svg.network path.edge")
    found = 0
    for i in range(edges.count()):
        edge = edges.nth(i)
        ends = {edge.get_attribute("data-source"), edge.get_attribute("data-target")}
        if ends == {a, b} and edge.get_attribute("data-quad") in {"1", "2"}:
            found += 1
    return found


def _errors(page: Any) -> list[str]:
    """Console errors other than the 422 a rejected filter answers (shown to the user on purpose)."""
    return [error for error in page.errors if "422" not in error]


def test_rus_ukr_dyad_shows_no_denied_cooperation_until_negated_events_are_asked_for(
    page: Any, live_server: str, artifacts: Path, has_seed: bool
) -> None:
    _open(page, live_server, "/dyad/RUS/UKR")
    assert _cooperation_on(page, DENIED_DAY) == 0
    assert "Counting asserted events, each event once" in page.locator("#counting").inner_text()
    assert page.locator("#filters input[name=factuality][value=asserted]").is_checked()
    assert not page.locator("#filters input[name=factuality][value=negated]").is_checked()
    assert page.locator("table.clusters .badge.fact-negated").count() == 0
    page.screenshot(path=str(artifacts / "dashboard-dyad-default.png"), full_page=True)

    page.check("#filters input[name=factuality][value=negated]")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**factuality=asserted%2Cnegated**")
    page.wait_for_selector("#view[data-ready='/dyad/RUS/UKR'] .timechart")
    assert _cooperation_on(page, DENIED_DAY) >= 1
    assert "Counting asserted, negated events" in page.locator("#counting").inner_text()
    negated = page.locator("table.clusters tr.cluster-row", has=page.locator(".badge.fact-negated"))
    assert negated.count() >= 1
    if has_seed:
        # The seed's denied Putin-Zelenskiy meeting: one event, both directions, three mentions.
        meeting = negated.filter(has_text="3 mentions")
        assert meeting.count() == 1
        assert meeting.get_attribute("data-joint") == "true"
        assert _cooperation_on(page, DENIED_DAY) == 2  # the seed's meeting and the test article's
    page.screenshot(path=str(artifacts / "dashboard-dyad-negated.png"), full_page=True)
    assert page.errors == []


def test_network_has_no_rusgov_ukrgov_cooperation_edge_by_default(
    page: Any, live_server: str, artifacts: Path, has_seed: bool
) -> None:
    _open(page, live_server, "/network")
    page.wait_for_selector("svg.network path.edge")
    assert _cooperation_edges(page, "RUSGOV", "UKRGOV") == 0
    assert page.locator("svg.network path.edge.q4").count() >= 1
    page.screenshot(path=str(artifacts / "dashboard-network-default.png"), full_page=True)
    _open(page, live_server, "/network?factuality=asserted,negated")
    page.wait_for_selector("svg.network path.edge")
    assert _cooperation_edges(page, "RUSGOV", "UKRGOV") >= 1
    if has_seed:
        mutual = "svg.network path.edge.mutual[data-source=RUSGOV][data-target=UKRGOV]"
        assert page.locator(mutual).count() == 1
    page.screenshot(path=str(artifacts / "dashboard-network-negated.png"), full_page=True)
    assert page.errors == []


def test_feed_is_newest_first_one_row_per_event_with_counts(
    page: Any, live_server: str, artifacts: Path
) -> None:
    _open(page, live_server, "/events?factuality=all")
    rows = page.locator("table.clusters tbody tr")
    assert rows.count() >= 5
    dates = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    dated = [day for day in dates if day != "undated"]
    assert dated == sorted(dated, reverse=True)
    assert all("mention" in rows.nth(i).locator("td.reports").inner_text() for i in range(rows.count()))
    total = int(page.locator("p.total strong").inner_text())
    assert total == rows.count()  # under one page: every event is one row
    page.screenshot(path=str(artifacts / "dashboard-feed.png"), full_page=True)
    assert page.errors == []


def test_event_page_shows_every_mention_its_rule_and_the_claim_it_settled(
    page: Any, live_server: str, artifacts: Path
) -> None:
    _open(page, live_server, "/events?dyad=RUS,USA&root=04&since=2025-08-12&until=2025-08-12")
    page.locator("table.clusters a.event-link").first.click()
    page.wait_for_selector("#view[data-ready^='/event/'] ol.mentions")
    mention = page.locator("li.mention").first
    assert "Putin met" in mention.locator("blockquote.evidence").inner_text() or mention.count() == 1
    assert mention.locator("code.rule").inner_text().strip() not in {"", "—"}
    assert mention.locator(".badge.fact-asserted").count() == 1
    assert "mention" in page.locator("#report-counts").inner_text()
    claims = page.locator("ul.claim-links li")
    assert claims.filter(has_text="settled (confirmed)").count() >= 1
    page.screenshot(path=str(artifacts / "dashboard-event.png"), full_page=True)
    # The mention links to its article, where the evidence is highlighted.
    mention.locator("a[href^='#/article/']").click()
    page.wait_for_selector("#view[data-ready^='/article/'] .article-text mark.hl")
    assert page.errors == []


def test_map_works_offline_and_leads_to_event_pages(page: Any, live_server: str, artifacts: Path) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    _open(page, live_server, "/map")
    page.wait_for_selector("#event-map path.country-shape", state="attached")
    assert page.locator("#event-map path.country-shape").count() > 150
    points = page.locator("#event-map path.event-point")
    assert points.count() >= 3
    page.screenshot(path=str(artifacts / "dashboard-map.png"), full_page=True)
    points.first.click(force=True)
    link = page.locator(".leaflet-popup a[href^='#/event/']").first
    link.wait_for()
    link.click()
    page.wait_for_selector("#view[data-ready^='/event/'] ol.mentions")
    assert requested and all(url.startswith(live_server) for url in requested), requested
    assert page.errors == []


def test_timeline_has_a_true_time_axis(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/timeline?factuality=all")
    xs = _chart_data(page)[0]
    assert len(xs) >= 3
    first, second, last = float(xs[0] or 0), float(xs[1] or 0), float(xs[-1] or 0)
    page.wait_for_function(_CHART_DRAWN)
    positions = page.evaluate(
        "(xs) => xs.map((x) => document.querySelector('.timechart').uplot.valToPos(x, 'x'))",
        [first, second, last],
    )
    # Pixels are proportional to time, not to the rank of the period.
    expected = (second - first) / (last - first)
    assert abs((positions[1] - positions[0]) / (positions[2] - positions[0]) - expected) < 0.02
    page.click(".tabs.freq a[data-freq=week]")
    page.wait_for_url("**freq=week**")
    page.wait_for_selector("#view[data-ready='/timeline'] .timechart")
    weeks = [dt.datetime.fromtimestamp(float(x or 0), dt.UTC).date() for x in _chart_data(page)[0]]
    assert weeks and all(week.weekday() == 0 for week in weeks)
    page.screenshot(path=str(artifacts / "dashboard-timeline.png"), full_page=True)
    assert page.errors == []


def test_actor_and_country_pages(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/actor/RUSGOV")
    page.wait_for_selector(".timechart")
    assert int(page.locator("#summary-events strong").inner_text()) >= 1
    rows = page.locator("table.clusters tbody tr")
    assert rows.count() >= 1
    assert all("RUSGOV" in rows.nth(i).locator("td.who").inner_text() for i in range(rows.count()))
    page.screenshot(path=str(artifacts / "dashboard-actor.png"), full_page=True)
    _open(page, live_server, "/country/UKR")
    page.wait_for_selector("#event-map path.country-shape", state="attached")
    assert page.locator("h1").inner_text().startswith("Ukraine")
    assert page.locator(".timechart").count() == 1
    page.screenshot(path=str(artifacts / "dashboard-country.png"), full_page=True)
    assert page.errors == []


def test_csv_download_holds_the_filtered_view(page: Any, live_server: str) -> None:
    _open(page, live_server, "/events?factuality=asserted,negated&dyad=RUS,UKR")
    href = page.locator("a.csv").first.get_attribute("href")
    assert href.startswith("/api/v1/dashboard/events.csv?")
    assert "factuality=asserted%2Cnegated" in href and "dyad=RUS%2CUKR" in href
    total = int(page.locator("p.total strong").inner_text())
    response = httpx.get(f"{live_server}{href}", timeout=30)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total
    assert {row["factuality"] for row in rows} <= {"asserted", "negated"}
    assert all(len(row["cameo"]) == 3 and row["cameo"].isdigit() for row in rows)
    assert any(row["cameo"].startswith("0") for row in rows)


def test_a_bad_filter_says_what_to_fix(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/events?actor=RUS(")
    message = page.locator(".results .error").inner_text()
    assert message.startswith("Actor: “RUS(” is not an actor code")
    assert "pattern" not in message and "^" not in message and "422" not in message
    page.fill("#filters input[name=since]", "2025-09-01")
    page.fill("#filters input[name=until]", "2025-08-01")
    page.fill("#filters input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**until=2025-08-01**")
    page.wait_for_selector("#view[data-ready='/events'] .results .error")
    assert "Since (2025-09-01) is after Until (2025-08-01)" in page.locator(".results .error").inner_text()
    page.screenshot(path=str(artifacts / "dashboard-bad-filter.png"), full_page=True)
    assert _errors(page) == []


@pytest.mark.parametrize(
    "route", ["/events", "/map", "/timeline", "/dyad/RUS/UKR", "/network", "/actor/RUSGOV", "/country/UKR"]
)
def test_phone_layout_keeps_the_navigation_on_screen(
    page: Any, live_server: str, artifacts: Path, route: str
) -> None:
    page.set_viewport_size(PHONE)
    _open(page, live_server, route)
    links = page.locator("nav.main a")
    assert links.count() >= 6
    for i in range(links.count()):
        box = links.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], links.nth(
            i
        ).inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    name = route.strip("/").replace("/", "-")
    page.screenshot(path=str(artifacts / f"dashboard-phone-{name}.png"), full_page=False)
    assert page.errors == []
