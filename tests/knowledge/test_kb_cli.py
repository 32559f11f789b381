"""``eventwire actors who``: the knowledge base from the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_person_with_roles_on_a_date() -> None:
    result = runner.invoke(app, ["actors", "who", "Putin", "--date", "2024-03-01"])
    assert result.exit_code == 0, result.output
    assert "Vladimir Putin" in result.output
    assert "on 2024-03-01: president of Russia [RUSGOV]" in result.output


def test_json_output() -> None:
    result = runner.invoke(app, ["actors", "who", "vladimir putin", "--date", "2024-03-01", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["date"] == "2024-03-01"
    person = data["matches"][0]
    assert person["id"] == "vladimir-putin"
    assert {role["code"] for role in person["active_roles"]} == {"RUSGOV"}
    assert person["roles"]


def test_metonym_names_the_country_and_sector() -> None:
    result = runner.invoke(app, ["actors", "who", "the Pentagon", "--json"])
    assert result.exit_code == 0, result.output
    match = json.loads(result.output)["matches"][0]
    assert (match["kind"], match["code"], match["as"], match["sector"]) == (
        "country",
        "USA",
        "metonym",
        "MIL",
    )


def test_organisation() -> None:
    result = runner.invoke(app, ["actors", "who", "U.N."])
    assert result.exit_code == 0, result.output
    assert "United Nations (IGO, code IGOUNO)" in result.output


def test_unknown_name_exits_1() -> None:
    result = runner.invoke(app, ["actors", "who", "Nobody Anyone"])
    assert result.exit_code == 1
    assert "Unknown actor" in result.output


def test_bad_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["actors", "who", "Putin", "--date", "yesterday"])
    assert result.exit_code == 2
