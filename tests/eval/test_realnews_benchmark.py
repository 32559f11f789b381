"""``benchmarks/realnews.py`` on a small slice of the shared real news (skipped where it is absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.coder import Coder

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "realnews.py"
REALNEWS = REPO.parent / "shared" / "data" / "realnews"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realnews_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_benchmark_skips_cleanly_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _benchmark().main([str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_benchmark_prints_every_figure(coder: Coder, capsys: pytest.CaptureFixture[str]) -> None:
    if not (REALNEWS / "cameo_pentaclass.jsonl").is_file():
        pytest.skip("the shared real-news data is not available on this machine")
    benchmark = _benchmark()
    assert benchmark.main(["--limit", "20"], coder=coder) == 0
    out = capsys.readouterr().out
    figures = [
        "coverage (all)",
        "class hit (test)",
        "target overlap",
        "PLOVER type hit",
        "events/article politics",
        "(sport+entertainment+tech) / politics",
        "business / politics",
    ]
    assert all(figure in out for figure in figures), out
    assert "target ≥ 0.85" in out and ("pass" in out or "FAIL" in out)

    assert benchmark.main(["--limit", "5", "--only", "plover", "--json"], coder=coder) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["sets"]) == ["plover"] and data["sets"]["plover"]["records"] == 5
    assert data["sets"]["plover"]["figures"][0]["target"] == "≥ 0.55"
