"""The dashboard in a real browser (headless Chromium): feed and filters, article highlights and badges,
hostile text shown as text, dyad chart, network, claims, "code this text", the API docs. Screenshots go
to test-artifacts/ for a human to look at; console errors (including CSP violations) fail the test.
Waits use locators, not ``wait_for_function``: its polling evaluates strings, which the CSP forbids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _open(page: Any, base: str, route: str) -> None:
    page.goto(f"{base}/#{route}")
    page.wait_for_selector(f"#view[data-ready='{route.split('?')[0]}']")


def _article_of_first_event(page: Any) -> None:
    """From a feed, open the first event's page, then the article of its first mention."""
    page.locator("table.clusters a.event-link").first.click()
    page.wait_for_selector("#view[data-ready^='/event/'] li.mention")
    page.locator("li.mention a[href^='#/article/']").first.click()
    page.wait_for_selector("#view[data-ready^='/article/'] .article-text")


def test_feed_filters_by_quad_class(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/events")
    rows = page.locator("table.clusters tbody tr")
    assert rows.count() >= 5
    assert page.locator("#stats").inner_text().count("articles") == 1
    page.screenshot(path=str(artifacts / "web-feed.png"), full_page=True)
    page.select_option("#filters select[name=quad_class]", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**quad_class=4**")
    page.wait_for_selector("#view[data-ready='/events'] table.clusters")
    expect(page.locator("table.clusters tbody tr:not(.q4)")).to_have_count(0)
    assert rows.count() >= 1
    assert "RUSMIL" in page.locator("table.clusters", has_text="Kharkiv").inner_text()
    page.screenshot(path=str(artifacts / "web-feed-filtered.png"), full_page=True)
    assert page.errors == []


def test_article_shows_highlights_badges_and_flags(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/events?factuality=planned&since=2025-08-11&until=2025-08-11&root=04")
    _article_of_first_event(page)
    assert "Putin will meet" in page.locator("h1").inner_text() or page.locator("h1").inner_text()
    highlights = page.locator(".article-text mark.hl")
    assert highlights.count() >= 2
    # "will meet" is coded twice on one span (036 asserted intent, 040 planned meeting): one q1 mark.
    assert page.locator(".article-text mark.hl.q1").count() >= 1
    assert page.locator(".article-text mark.flagged").count() >= 1
    assert page.locator("ul.flags li", has_text="stale title").count() >= 1
    assert page.locator("table.events .badge.fact-planned").count() >= 1
    assert page.locator("table.events .badge.fact-negated").count() >= 1
    page.locator("table.events tbody tr").first.click()
    page.wait_for_selector(".article-text mark.active")
    page.screenshot(path=str(artifacts / "web-article.png"), full_page=True)
    assert page.errors == []


def test_hostile_text_is_shown_as_text_and_never_runs(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/events?country=USA&since=2025-08-14")
    _article_of_first_event(page)
    assert page.locator("h1").inner_text().startswith("<script>window.__pwned = 1</script>")
    text = page.locator(".article-text").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#view script, #view img, #view b").count() == 0
    page.screenshot(path=str(artifacts / "web-hostile.png"), full_page=True)
    assert page.errors == []


def test_dyad_chart_shows_cooperation_and_conflict(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/dyad/RUS/USA")
    page.wait_for_selector(".timechart canvas")
    _xs, cooperation, conflict, goldstein = page.evaluate(
        "() => document.querySelector('.timechart').uplot.data.map((s) => Array.from(s))"
    )
    assert sum(1 for value in cooperation if value) >= 2
    assert sum(1 for value in conflict if value) >= 1
    assert any(value is not None for value in goldstein)
    page.click(".tabs.freq a[data-freq=week]")
    page.wait_for_url("**freq=week")
    page.wait_for_selector("#view[data-ready='/dyad/RUS/USA'] .timechart canvas")
    weeks = page.evaluate("() => Array.from(document.querySelector('.timechart').uplot.data[0])")
    assert len(weeks) >= 2
    page.screenshot(path=str(artifacts / "web-dyad.png"), full_page=True)
    assert page.errors == []


def test_network_and_claims(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/network")
    page.wait_for_selector("svg.network")
    assert page.locator("svg.network path.edge.q4").count() >= 1
    assert page.locator("svg.network g.node").count() >= 4
    page.screenshot(path=str(artifacts / "web-network.png"), full_page=True)
    page.click("nav.main a[data-section=claims]")
    page.wait_for_selector("#view[data-ready='/claims'] .claims")
    page.wait_for_selector("article.claim")
    claim = page.locator("article.claim").first
    assert claim.locator("ol.chain li").count() >= 1
    page.screenshot(path=str(artifacts / "web-claims.png"), full_page=True)
    assert page.errors == []


def test_code_this_text_box(page: Any, live_server: str, artifacts: Path) -> None:
    _open(page, live_server, "/code")
    page.fill(
        "#code-form textarea", "Ukraine condemned Russia on Monday. Poland may send generators to Ukraine."
    )
    page.fill("#code-form input[name=date]", "2025-08-18")
    page.click("#code-form button[name=code]")
    page.wait_for_selector(".results .article-text mark.hl")
    assert page.locator(".results table.events tbody tr").count() >= 1
    page.screenshot(path=str(artifacts / "web-code.png"), full_page=True)
    page.click("#code-form button[name=store]")
    page.wait_for_selector(".results .error")
    assert "401" in page.locator(".results .error").inner_text()
    assert [error for error in page.errors if "401" not in error] == []


def test_highlighting_keeps_the_text_whatever_the_offsets(page: Any, live_server: str) -> None:
    """Overlapping, nested, reversed and out-of-range evidence offsets never lose or duplicate text."""
    _open(page, live_server, "/code")
    outcome = page.evaluate(
        """async () => {
          const { highlightedText } = await import('/static/highlight.js');
          const text = 'Putin met Trump. <b>Xi</b> condemned Japan & the US.';
          const spans = [[0, 15], [6, 9], [10, 40], [-5, 3], [30, 999], [20, 10], [45, 45]];
          const events = spans.map(([start, end], i) => ({
            quad_class: (i % 4) + 1, cameo: '040', cameo_name: 'Consult', factuality: 'asserted',
            evidence: { start, end },
          }));
          const flags = [{ kind: 'stale_title', evidence: { start: 2, end: 12 } }];
          const node = highlightedText(text, events, flags);
          return { same: node.textContent === text, marks: node.querySelectorAll('mark').length,
                   elements: node.querySelectorAll('b').length };
        }"""
    )
    assert outcome == {"same": True, "marks": outcome["marks"], "elements": 0}
    assert outcome["marks"] >= 5


def test_offline_api_docs_page_loads_nothing_remote(page: Any, live_server: str, artifacts: Path) -> None:
    """/docs is Swagger UI from a package: it loads, from this server only."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server}/docs")
    page.wait_for_selector(".swagger-ui")
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/openapi.json") for url in requested)
    assert all(url.startswith(live_server) for url in requested), requested
    page.screenshot(path=str(artifacts / "web-docs.png"), full_page=False)
    assert page.errors == []


def test_api_docs_render_every_route(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=8000)
    text = page.locator(".swagger-ui").inner_text()
    assert "/api/v1/events" in text and "/api/v1/dashboard/events" in text
