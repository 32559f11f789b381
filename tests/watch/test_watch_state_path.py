"""Where ``watch`` keeps the URLs it has handled when no ``--state`` is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.watch import default_state_path


def test_the_state_file_follows_xdg_state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert default_state_path() == tmp_path / "eventwire" / "watch-seen.json"


def test_without_xdg_state_home_it_is_under_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_state_path() == tmp_path / ".local" / "state" / "eventwire" / "watch-seen.json"
