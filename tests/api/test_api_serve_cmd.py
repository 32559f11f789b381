"""``eventwire serve``: loopback by default, the store URL from --db, uvicorn given the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from eventwire.cli import app


def test_serve_defaults_to_loopback_and_opens_the_given_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(application: FastAPI, **options: Any) -> None:
        calls.append({"app": application, **options})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    database = tmp_path / "served.db"
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{database}", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    assert isinstance(calls[0]["app"], FastAPI)
    assert database.is_file()
    assert "read-only" in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code != 0
