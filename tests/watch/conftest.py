"""The watch tests' fixture server, one per test so hit counts start at zero."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from watch_fixture_server import FixtureServer, serve_fixtures


@pytest.fixture
def fixture_server() -> Iterator[FixtureServer]:
    with serve_fixtures() as server:
        yield server
