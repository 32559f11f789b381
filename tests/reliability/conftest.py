"""Reliability fixtures: the store tests' throwaway PostgreSQL server, per-backend store URLs, and the
hand-made coded articles of ``synthetic_results.py`` (loaded by path: the tests are not a package)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import cast

import pytest

from eventwire.model import DocumentResult

HERE = Path(__file__).resolve().parent
CodedArticle = Callable[[int], DocumentResult]


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _load(HERE.parent / "store" / "conftest.py", "eventwire_store_test_fixtures")
_synthetic = _load(HERE / "synthetic_results.py", "eventwire_reliability_synthetic_results")
postgres_server = _fixtures.postgres_server
store_url = _fixtures.store_url


@pytest.fixture
def coded_article() -> CodedArticle:
    """``coded_article(n)``: the n-th hand-made coded article (see ``synthetic_results.py``)."""
    return cast(CodedArticle, _synthetic.coded_article)
