"""Reliability fixtures: the store tests' throwaway PostgreSQL server and per-backend store URLs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _store_fixtures() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("eventwire_store_test_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _store_fixtures()
postgres_server = _fixtures.postgres_server
store_url = _fixtures.store_url
