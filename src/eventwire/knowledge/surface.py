"""The surface-form index: which strings in text name which actor, sector or office.

Kept apart from loading so the index rules (what counts as a form, what is ambiguous) live in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import Country, Denotation, Office, Organisation, Person, Sector

_ACRONYM = re.compile(r"[A-Z][A-Z.]*")


def collect_surface_forms(
    countries: Iterable[Country],
    organisations: Iterable[Organisation],
    sectors: Iterable[Sector],
    offices: Iterable[Office],
    people: Iterable[Person],
) -> tuple[dict[str, tuple[Denotation, ...]], frozenset[str]]:
    """Map each normal form to its denotations (several when ambiguous: "congolese", "dominican").

    Also returns the normal forms that appear in the data only as all-capital acronyms ("US", "PM"),
    which running text must write in capitals to mean them.
    """
    found: dict[str, list[Denotation]] = {}
    written: dict[str, set[bool]] = {}

    def add(text: str, denotation: Denotation) -> None:
        key = normalise(text)
        meanings = found.setdefault(key, [])
        if denotation not in meanings:
            meanings.append(denotation)
        written.setdefault(key, set()).add(bool(_ACRONYM.fullmatch(text.strip())))

    for country in countries:
        for name in (country.name, *country.aliases):
            add(name, Denotation("country", country.code))
        for adjective in country.adjectives:
            add(adjective, Denotation("country_adjective", country.code))
        for demonym in country.demonyms:
            add(demonym, Denotation("demonym", country.code))
        for metonym in country.metonyms:
            add(metonym.text, Denotation("metonym", country.code, metonym.sector))
    for organisation in organisations:
        for name in (organisation.name, *organisation.aliases):
            add(name, Denotation("organisation", organisation.code))
    for person in people:
        for name in (person.name, *person.aliases):
            add(name, Denotation("person", person.id))
    for sector in sectors:
        for term in sector.terms:
            add(term, Denotation("sector", sector.code, sector.code))
    for office in offices:
        for title in office.titles:
            add(title, Denotation("office", office.id, office.sector))
    forms = {key: tuple(meanings) for key, meanings in found.items()}
    acronyms = frozenset(key for key, kinds in written.items() if kinds == {True})
    return forms, acronyms
