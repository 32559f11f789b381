"""``eventwire serve``: loopback by default, the store URL from --db, uvicorn given the app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store


def test_serve_defaults_to_loopback_and_opens_the_given_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(application: FastAPI, **options: Any) -> None:
        calls.append({"app": application, **options})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    database = tmp_path / "served.db"
    arguments = ["serve", "--db", f"sqlite:///{database}", "--port", "8123", "--create"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    assert isinstance(calls[0]["app"], FastAPI)
    assert database.is_file()
    assert "read-only" in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code != 0


def test_serve_refuses_a_store_that_does_not_exist_unless_asked_to_create_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mistyped --db is one line and exit code 2, and no empty database appears."""
    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_options: None)
    mistyped = tmp_path / "evnets.db"
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{mistyped}"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"eventwire: no event store at {mistyped} (check --db or $EVENTWIRE_DB; `eventwire ingest` "
        "creates one, or pass --create to serve a new, empty store)"
    )
    assert not mistyped.exists()
    created = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{mistyped}", "--create"])
    assert created.exit_code == 0, created.output
    assert mistyped.is_file()


def test_serve_serves_a_store_that_ingest_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's flow: ingest creates the store, serve opens it without --create."""
    calls: list[FastAPI] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **_options: calls.append(application))
    database = tmp_path / "events.db"
    Store(f"sqlite:///{database}").close()  # what `eventwire ingest` leaves
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{database}"])
    assert result.exit_code == 0, result.output
    client = TestClient(calls[0], base_url="http://localhost:8000")
    assert client.get("/api/v1/stats").json()["articles"] == 0


def test_serve_explains_a_missing_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "events.db"
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 2
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_serve_explains_a_store_that_cannot_be_opened(tmp_path: Path) -> None:
    not_a_database = tmp_path / "events.db"
    not_a_database.write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{not_a_database}"])
    assert result.exit_code == 2
    assert "cannot open the store" in result.output and "Traceback" not in result.output


def test_serve_checks_the_host_header_and_bounds_the_coding_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[FastAPI] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **_options: calls.append(application))
    arguments = ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--allowed-host", "events.example.org"]
    result = CliRunner().invoke(app, [*arguments, "--coding-queue", "3", "--create"])
    assert result.exit_code == 0, result.output
    client = TestClient(calls[0], base_url="http://localhost:8000")
    assert client.get("/api/v1/stats").status_code == 200
    assert client.get("/api/v1/stats", headers={"Host": "events.example.org"}).status_code == 200
    assert client.get("/api/v1/stats", headers={"Host": "rebound.attacker.test"}).status_code == 400
    assert calls[0].state.coding.max_waiting == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_serve_warns_that_a_read_only_store_is_served_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_options: None)
    database = tmp_path / "ro.db"
    CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{database}", "--create"])
    database.chmod(0o444)
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{database}"])
    assert result.exit_code == 0 and "read-only: it is served" in result.output
