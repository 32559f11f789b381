"""Fixtures of the coder tests: sentences coded on one article date, seen as (source, target, CAMEO)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from eventwire.coder import Coder

ARTICLE_DATE = dt.date(2025, 8, 16)
Triple = tuple[str, str | None, str]
"""An event as (source code, target code or None, CAMEO code)."""
Triples = Callable[[str], set[Triple]]


@pytest.fixture
def triples(coder: Coder) -> Triples:
    """Code a text dated ``ARTICLE_DATE`` and give its events as triples."""

    def code(text: str) -> set[Triple]:
        return {
            (e.source.code, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=ARTICLE_DATE).events
        }

    return code
