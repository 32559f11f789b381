"""Fixtures shared across the suite: one coder per session (spaCy loads once), and the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coder import Coder

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED_DATA / "seed_article.txt"
    if not path.is_file():
        pytest.skip("the shared seed article is not available on this machine")
    return path
