"""``eventwire actors``: look up what the knowledge base knows about a name, and on which day."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any

import typer

from eventwire.cli.options import parse_date

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

actors_app = typer.Typer(help="Look up people, countries and organisations in the actor knowledge base.")


def register(app: typer.Typer) -> None:
    """Add the ``actors`` sub-app to the main CLI."""
    app.add_typer(actors_app, name="actors")


def _parse_day(value: str | None) -> dt.date:
    return parse_date(value) or dt.date.today()


@actors_app.command()
def who(
    name: Annotated[
        str, typer.Argument(help="A person's name or alias, a country, a capital, an organisation.")
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", help="Show the roles active on this day (YYYY-MM-DD); default today."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Say who or what NAME denotes, the roles active on the date, and every known role."""
    from eventwire.knowledge import KnowledgeBase  # deferred: loading the CLI loads no knowledge base
    from eventwire.knowledge.describe import describe

    day = _parse_day(date)
    matches = describe(KnowledgeBase.default(), name, day)
    if not matches:
        typer.echo(f"Unknown actor: {name!r} is not in the knowledge base.", err=True)
        raise typer.Exit(code=1)
    if as_json:
        typer.echo(
            json.dumps({"query": name, "date": day.isoformat(), "matches": matches}, ensure_ascii=False)
        )
        return
    typer.echo("\n\n".join(_as_text(match, day) for match in matches))


def _as_text(match: dict[str, Any], day: dt.date) -> str:
    if match["kind"] == "person":
        lines = [f"{match['name']} (person, id {match['id']})"]
        active = match["active_roles"]
        lines.append(
            f"  on {day.isoformat()}: " + ("; ".join(_role_text(r) for r in active) if active else "no role")
        )
        lines.append("  all roles:")
        lines += [f"    {_role_text(role)}" for role in match["roles"]] or ["    none"]
        return "\n".join(lines)
    if match["kind"] == "country":
        lines = [f"{match['name']} (country, code {match['code']}, ISO-3 {match['iso3']})"]
        if match["as"] != "country":
            implied = f", sector {match['sector']}" if match["sector"] else ""
            lines.append(f"  matched as: {match['as'].replace('_', ' ')}{implied}")
        if match["capital"]:
            lines.append(f"  capital: {match['capital']}")
        if match["aliases"]:
            lines.append(f"  also: {', '.join(match['aliases'])}")
        return "\n".join(lines)
    lines = [f"{match['name']} ({match['type'].upper()}, code {match['code']})"]
    if match["parent"]:
        lines.append(f"  part of: {match['parent_name']} ({match['parent']})")
    if match["aliases"]:
        lines.append(f"  also: {', '.join(match['aliases'])}")
    return "\n".join(lines)


def _role_text(role: dict[str, Any]) -> str:
    period = f"{role['start']} to {role['end'] or 'now'}"
    return f"{role['office']} of {role['country_name']} [{role['code']}] {period}"
