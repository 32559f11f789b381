"""User dictionaries through the public faces: `eventwire eval --dictionary` on PETRARCH's validation set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

PETRARCH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "petrarch"


@pytest.mark.skipif(
    not PETRARCH.is_dir(), reason="the shared PETRARCH validation data is not on this machine"
)
def test_petrarch_validation_through_eval_cli() -> None:
    dictionaries = [
        arg
        for name in ("actors", "agents", "verbs", "discards")
        for arg in ("--dictionary", str(PETRARCH / f"PETR.Validate.{name}.txt"))
    ]
    result = CliRunner().invoke(
        app, ["eval", str(PETRARCH / "PETR.UnitTest.records.xml"), *dictionaries, "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["records"] == 284
    assert report["exact"] >= 235  # 242 when written; the issue asks for at least 200


def test_dictionary_event_keeps_codes_outside_cameo(tmp_path: Path) -> None:
    from eventwire.coder.engine import _code_or_placeholder

    assert _code_or_placeholder("040").name == "Consult"
    placeholder = _code_or_placeholder("345")
    assert placeholder.quad_class == 0 and "not in the CAMEO" in placeholder.name
