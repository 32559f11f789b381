"""User dictionaries through the public faces: `eventwire eval --dictionary` on PETRARCH's validation set."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.coder import Coder

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


ACTOR_DICTIONARY = """\
VALDORIA [VAL]
+VALDORIAN
MARA_QUILL
\t[VALGOV 20170120-20210119]
\t[VALOPP >20210119]
"""
AGENT_DICTIONARY = "HARBOUR_WARDEN [~COP]\n"


@pytest.fixture(scope="module")
def dictionary_coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "test.actors.txt").write_text(ACTOR_DICTIONARY, encoding="utf-8")
    (folder / "test.agents.txt").write_text(AGENT_DICTIONARY, encoding="utf-8")
    return Coder(dictionaries=[folder / "test.actors.txt", folder / "test.agents.txt"])


def test_actor_dictionaries_without_verbs_refine_the_builtin_coder(dictionary_coder: Coder) -> None:
    """Users keep their actor dictionaries; the built-in verb lexicon codes the events."""
    result = dictionary_coder.code("Mara Quill met Emmanuel Macron in Paris.", date=dt.date(2019, 5, 2))
    pairs = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in result.events}
    assert ("VALGOV", "FRAGOV", "040") in pairs
    later = dictionary_coder.code("Mara Quill met Emmanuel Macron in Paris.", date=dt.date(2022, 5, 2))
    assert any(e.source.code == "VALOPP" for e in later.events)  # the dated code in force that day


def test_dictionary_agents_combine_with_dictionary_actors(dictionary_coder: Coder) -> None:
    result = dictionary_coder.code(
        "Valdorian harbour wardens arrested two Greek sailors.", date=dt.date(2020, 1, 1)
    )
    assert result.events and result.events[0].source.code == "VALCOP"
