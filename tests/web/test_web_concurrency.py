"""Many parallel requests against the live server: every one answered 200 (no pool or thread errors)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

PATHS = [
    "/api/v1/events?limit=50",
    "/api/v1/events?country=RUS",
    "/api/v1/articles",
    "/api/v1/actors",
    "/api/v1/dyads/RUS/USA?freq=week",
    "/api/v1/network",
    "/api/v1/claims",
    "/api/v1/stats",
    "/",
    "/static/app.js",
]


def test_fifty_parallel_gets_all_succeed(live_server: str) -> None:
    with httpx.Client(base_url=live_server, timeout=30) as client, ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda i: client.get(PATHS[i % len(PATHS)]).status_code, range(50)))
    assert statuses == [200] * 50
