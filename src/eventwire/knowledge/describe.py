"""What a name denotes, as plain JSON-ready records: the shared answer behind ``eventwire actors who``.

Kept out of the CLI so the API and the web face can give the same answer for the same name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.knowledge.base import KnowledgeBase
from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import Country, Organisation, Person, Role

_STATE_KINDS = ("country", "country_adjective", "demonym", "metonym")


def describe(kb: KnowledgeBase, name: str, day: dt.date) -> list[dict[str, Any]]:
    """Every person, country or organisation ``name`` denotes, with roles active on ``day``.

    A country match says ``as`` which form matched (``metonym``, ``demonym``...) and the ``sector`` a
    metonym implies ("the Pentagon": USA, MIL).

    People come first: a name that is both a person and something else is usually the person.
    """
    found: list[dict[str, Any]] = [_person(kb, person, day) for person in kb.find_people(name)]
    seen: set[str] = set()
    for denotation in kb.surface_forms().get(normalise(name), ()):
        if denotation.key in seen:
            continue
        if denotation.kind in _STATE_KINDS:
            seen.add(denotation.key)
            found.append(
                {**_country(kb.countries[denotation.key]), "as": denotation.kind, "sector": denotation.sector}
            )
        elif denotation.kind == "organisation":
            seen.add(denotation.key)
            found.append(_organisation(kb, kb.organisations[denotation.key]))
    return found


def _person(kb: KnowledgeBase, person: Person, day: dt.date) -> dict[str, Any]:
    return {
        "kind": "person",
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "gender": person.gender,
        "active_roles": [_role(kb, role) for role in person.roles_on(day)],
        "roles": [_role(kb, role) for role in sorted(person.roles, key=lambda role: role.start)],
    }


def _role(kb: KnowledgeBase, role: Role) -> dict[str, Any]:
    return {
        "office": role.office,
        "country": role.country,
        "country_name": _actor_name(kb, role.country),
        "sector": role.sector,
        "code": kb.actor_code(role.country, role.sector),
        "start": role.start.isoformat(),
        "end": role.end.isoformat() if role.end else None,
    }


def _actor_name(kb: KnowledgeBase, code: str) -> str:
    if code in kb.countries:
        return kb.countries[code].name
    if code in kb.organisations:
        return kb.organisations[code].name
    return code


def _country(country: Country) -> dict[str, Any]:
    return {
        "kind": "country",
        "code": country.code,
        "iso3": country.iso3,
        "name": country.name,
        "aliases": list(country.aliases),
        "capital": country.capital,
        "metonyms": [{"text": metonym.text, "sector": metonym.sector} for metonym in country.metonyms],
    }


def _organisation(kb: KnowledgeBase, organisation: Organisation) -> dict[str, Any]:
    return {
        "kind": "organisation",
        "code": organisation.code,
        "name": organisation.name,
        "aliases": list(organisation.aliases),
        "type": organisation.kind,
        "parent": organisation.parent,
        "parent_name": _actor_name(kb, organisation.parent) if organisation.parent else None,
    }
