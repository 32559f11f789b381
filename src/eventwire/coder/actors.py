"""Resolve noun phrases in a parsed document to actors, as they were on the article date.

"Russia's deputy UN ambassador Dmitry Polyanskiy" is one noun phrase whose parts say country (Russia),
sector (an ambassador is government) and person (Polyanskiy); the knowledge base's dated roles decide
when the text is silent or stale ("former U.S. President Donald Trump" in 2025 is the sitting US
president). Pronouns and later surnames resolve to earlier actors of the same document.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.coder.arguments import subjects
from eventwire.coder.cues import load_cues
from eventwire.coder.lexicon import load_lexicon
from eventwire.coder.mentions import Mention, SurfaceIndex
from eventwire.coder.places import EntityIndex, is_place_qualifier, town_taken_for_a_name, with_qualifier
from eventwire.geo import Gazetteer
from eventwire.knowledge import KnowledgeBase, Person, Role
from eventwire.model import Actor

# Dependencies that stay inside one noun phrase when collecting what it says about its head.
_NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "det", "case", "nummod", "flat", "npadvmod"}
)
_FORMER_WORDS = frozenset({"former", "ex", "ex-", "then", "outgoing", "erstwhile", "late"})
_OUT_OF_OFFICE_WORDS = frozenset({"former", "ex", "ex-", "erstwhile"})
"""Words saying the office is over at the time of the act ("the then president" and "the outgoing prime
minister" still hold it)."""
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_NEUTER = frozenset({"it", "its", "itself"})
_PRONOUNS = _MALE | _FEMALE | _PLURAL | _NEUTER
_FIRST_PLURAL = frozenset({"we", "us", "ourselves"})
"""First-person plural pronouns: inside a direct quote, the speaker's side."""
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
_MAX_QUOTE_CLIMB = 6
_ARMED_ROOTS = frozenset({"18", "19", "20"})
DictionaryLookup = Callable[[Token], str | None]
"""Token → code from user dictionaries (``--dictionary``), or None."""
_NON_ACTOR_HEADS = frozenset(load_cues().non_actor_heads)
_PAIR_NOUNS = frozenset(
    {
        "koreas",
        "side",
        "country",
        "party",
        "nation",
        "neighbour",
        "neighbor",
        "korea",
        "government",
        "leader",
        "capital",
        "army",
        "military",
        "man",
    }
)
_MEMBER_NOUNS = frozenset(load_cues().member_nouns)
_ANAPHOR_NOUNS = frozenset(load_cues().anaphor_nouns)
_PROPER_LEGISLATURES = load_cues().proper_legislatures
_PHRASE_PREPS = frozenset({"of", "in", "from", "for"})
_LEADER_NOUNS = frozenset({"leader", "head", "chief"})
_LEADER_OFFICES = ("president", "prime_minister", "chancellor", "supreme_leader", "monarch", "head_of_state")
_FORMER_OFFICIAL_SECTORS = frozenset({"GOV", "LEG"})
"""Sectors whose former members CAMEO codes as elites (ELI): former government officials."""
_LED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "OPP", "PTY", "UAF", "CRM", "REL", "LAB"})
"""Non-state groups whose leaders and commanders are coded as the group ("a rebel commander": REB)."""
_GROUP_LEADER_NOUNS = frozenset({"leader", "head", "chief", "commander"})
_PARTY_LEADER_NOUNS = frozenset({"leader", "head", "chief", "president", "chairman", "chairwoman", "chair"})
_OTHER_SIDE_NOUNS = frozenset({"counterpart"})
_ANTECEDENT_WINDOW = 80  # tokens back from a pronoun to look for its antecedent
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
"""CAMEO actor codes of organisations rather than states: intergovernmental, non-governmental,
international militarised groups and multinational corporations."""
UNKNOWN_COUNTRY = "---"
"""CAMEO's code for an actor whose country is unknown (followed by its sector, if any: ``---UAF``)."""


@dataclass(frozen=True, slots=True)
class Title:
    """An office named in front of (or in apposition to) a person: input for the stale-title check."""

    office: str
    country: str | None
    former: bool
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """An actor and where the text names it."""

    actor: Actor
    head: int
    start_char: int
    end_char: int
    person: Person | None = None
    titles: tuple[Title, ...] = ()
    from_knowledge: bool = False
    """True when the identity came from the knowledge base (a known person, country or organisation)."""
    head_end: int = 0
    """Character offset where the head word ends: a title's evidence stops at the name."""
    context_placed: bool = False
    """True when the actor's country came from its context (dateline, place, other party, the
    document), not from its own words."""


@dataclass(slots=True)
class _Parts:
    """What the tokens of one noun phrase say."""

    countries: list[tuple[str, str | None]] = field(default_factory=list)  # (country code, sector)
    organisations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    offices: list[tuple[str, int, int]] = field(default_factory=list)  # (office id, first, last token)
    sectors: list[str] = field(default_factory=list)
    former: bool = False
    out_of_office: bool = False
    leader: bool = False


class DocumentActors:
    """Actor resolution for one document; caches every noun phrase it resolves."""

    def __init__(
        self,
        doc: Doc,
        kb: KnowledgeBase,
        index: SurfaceIndex,
        day: dt.date | None,
        text_start: int = 0,
        dictionary: DictionaryLookup | None = None,
    ) -> None:
        """``text_start``: character offset where the story proper begins (after a dateline such as
        "MOSCOW, Aug 7 (Reuters) -", whose city is where the report was filed, not an actor)."""
        self.doc = doc
        self.text_start = text_start
        self.dictionary = dictionary
        self.kb = kb
        self.day = day
        self.entities = EntityIndex(doc)
        self.mentions = [
            m
            for m in index.find(doc)
            if doc[m.start].idx >= text_start
            and not _inside_longer_name(doc, m, self.entities)
            and not is_place_qualifier(doc, m.start, m.end)
            and not _inside_unit_name(doc, m)
            and not _qualified_elsewhere(doc, m)
        ]
        self._mention_at: dict[int, Mention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._mention_at[i] = mention
        self._cache: dict[int, ResolvedActor | None] = {}
        self._surnames: dict[str, ResolvedActor] = {}
        # full names in text order, so "Polyanskiy" finds "Dmitry Polyanskiy" whatever was resolved first
        self._full_names: dict[str, Token] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                self._full_names.setdefault(ent[-1].lower_, ent.root)

    def main_country(self) -> str | None:
        """The state the document names most often (first named wins a tie), or None."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            country = self._country_of(self.doc[mention.start])
            if country is not None and country in self.kb.countries:
                counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def is_person(self, name: str) -> bool:
        """Whether the knowledge base knows ``name`` as a person (people are never places)."""
        return bool(self.kb.find_people(name))

    # ----------------------------------------------------------------------------------------- public
    def actors_at(self, token: Token) -> list[ResolvedActor]:
        """The actors a token denotes: the phrase it heads plus its coordinated phrases ("A and B")."""
        pair = self._pair_reference(token)
        if pair:
            return pair
        found: list[ResolvedActor] = []
        for candidate in (token, *_conjuncts(token)):
            resolved = self.resolve(candidate)
            if resolved is not None and all(resolved.actor != other.actor for other in found):
                found.append(resolved)
                found.extend(self._distributed(candidate, resolved))
        return found

    def _pair_reference(self, token: Token) -> list[ResolvedActor]:
        """'both sides', 'the two countries', 'both Koreas': the two states named most recently."""
        if token.lemma_.lower() not in _PAIR_NOUNS or not any(
            c.lower_ in ("both", "two")
            for c in token.children
            if c.dep_ in ("det", "nummod", "predet", "amod")
        ):
            return []
        sector = "GOV" if token.lemma_.lower() in ("government", "leader", "capital") else None
        countries: list[str] = []
        own = self._subject_country(token)  # "Malaysia urged both sides": not Malaysia
        for mention in reversed(self.mentions):
            if mention.start >= token.i or self._country_of(self.doc[mention.start]) == own:
                continue
            country = self._country_of(self.doc[mention.start])
            if country is not None and country not in countries:
                countries.append(country)
            if len(countries) == 2:
                break
        if len(countries) < 2:
            return []
        start, end = token.idx, token.idx + len(token.text)
        return [
            ResolvedActor(
                Actor(self.kb.actor_code(c, sector), self.kb.countries[c].name, c, sector),
                token.i,
                start,
                end,
            )
            for c in countries
            if c in self.kb.countries
        ]

    def _subject_country(self, token: Token) -> str | None:
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                resolved = self.resolve(child)
                return resolved.actor.country if resolved else None
        return None

    def _distributed(self, head: Token, resolved: ResolvedActor) -> list[ResolvedActor]:
        """'The foreign ministers of Armenia and Azerbaijan', 'the Thai and Cambodian governments': the
        role applies to each coordinated country."""
        if resolved.actor.person is not None or resolved.actor.country is None:
            return []
        coordinated: list[Token] = []
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
                coordinated.extend(
                    c for pobj in child.children if pobj.dep_ == "pobj" for c in _conjuncts(pobj)
                )
            elif child.dep_ in ("amod", "nmod", "compound"):
                coordinated.extend(c for c in child.conjuncts if c.pos_ in ("ADJ", "PROPN"))
        extra: list[ResolvedActor] = []
        for conj in coordinated:
            country = self._country_of(conj)
            if country is None and conj.pos_ in ("NOUN", "PROPN"):
                other = self.resolve(conj)  # "the government of Mozambique and opposition parties"
                if other is not None and all(other.actor != e.actor for e in extra):
                    extra.append(other)
                continue
            if country is None or country == resolved.actor.country:
                continue
            sector = resolved.actor.sector
            actor = Actor(
                self.kb.actor_code(country, sector), self.kb.countries[country].name, country, sector
            )
            extra.append(ResolvedActor(actor, conj.i, conj.idx, conj.idx + len(conj.text), None, (), True))
        return extra

    def _country_of(self, token: Token) -> str | None:
        mention = self._mention_at.get(token.i)
        if mention is None:
            return None
        for d in mention.denotations:
            if d.kind in ("country", "country_adjective", "demonym", "metonym"):
                return d.key
        return None

    def resolve(self, head: Token) -> ResolvedActor | None:
        """The actor the noun phrase headed by ``head`` denotes, or None."""
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve(head)
        return self._cache[head.i]

    def all_people(self) -> list[ResolvedActor]:
        """Every person mention in the document, resolved (used by the title checks)."""
        result = []
        for token in self.doc:
            if token.ent_type_ == "PERSON" or self._denotes(token, "person"):
                resolved = self.resolve(_np_head(token))
                if resolved is not None and resolved.person is not None and resolved not in result:
                    result.append(resolved)
        return result

    # ---------------------------------------------------------------------------------------- private
    def _denotes(self, token: Token, kind: str) -> bool:
        mention = self._mention_at.get(token.i)
        return mention is not None and kind in mention.kinds()

    def _from_dictionary(self, head: Token) -> ResolvedActor | None:
        """A user dictionary's code wins over the built-in knowledge: users keep the coding they chose."""
        if self.dictionary is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        code = self.dictionary(head)
        if not code or code.startswith("---"):
            return None
        tokens = _noun_phrase(head)
        start, end = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
        person = _person_name(head)
        actor = actor_from_code(code, person or self.doc.text[start:end], person)
        return ResolvedActor(actor, head.i, start, end, None, (), True)

    def _resolve(self, head: Token) -> ResolvedActor | None:
        from_dictionary = self._from_dictionary(head)
        if from_dictionary is not None:
            return from_dictionary
        if head.lower_ in _FIRST_PLURAL and head.pos_ == "PRON":
            return self._quoted_speaker(head)
        if (head.lower_ in _PRONOUNS and head.pos_ == "PRON") or head.tag_ == "PRP$":
            return self._antecedent(head)
        if _definite_anaphor(head) and head.i not in self._mention_at:
            return self._antecedent(head)  # "the group", "the bloc", "the country": an earlier actor
        # a dateline parsed into the phrase ("MOSCOW, Aug 7 (eventwire) - Russian President") is left out
        phrase = _noun_phrase(head)
        if _possessed_act(head) and head.i not in self._mention_at:
            # "Russia's support of Syria's Bashar al-Assad": the possessor acts, the of-phrase is what
            # it acts on, so neither its people nor its states are the possessor's
            inner = _located_tokens(head, _PHRASE_PREPS)
            phrase = [t for t in phrase if t.i not in inner]
        entity = self.entities.at(head)
        if entity is not None and entity.label_ == "ORG" and head.ent_type_ == "ORG":
            # "the Kenya National Commission on Human Rights": every word of the name says who it is
            phrase = sorted({*phrase, *entity}, key=lambda t: t.i)
        tokens = [t for t in phrase if t.idx >= self.text_start] or [head]
        parts = self._parts(tokens, head)
        if not parts.countries:
            self._party_country(tokens, head, parts)
        if not (parts.countries or parts.organisations or parts.people) and (parts.sectors or parts.offices):
            self._possessive_owner(head, parts)
        person = self._person(parts, head)
        span_start = min(t.idx for t in tokens)
        span_end = max(t.idx + len(t.text) for t in tokens)
        if person is None and head.ent_type_ == "PERSON":
            earlier = self._surnames.get(head.lower_)
            full = self._full_names.get(head.lower_)
            if earlier is None and full is not None and full.i < head.i:
                earlier = self.resolve(full)
            if earlier is not None:
                return _relocated(earlier, head, span_start, span_end)
        actor, from_kb = self._compose(parts, person, head)
        if actor is None:
            return None
        titles = tuple(
            Title(
                office,
                parts.countries[0][0] if parts.countries else None,
                parts.former,
                self.doc[first].idx,
                self.doc[last].idx + len(self.doc[last].text),
            )
            for office, first, last in parts.offices
        )
        head_end = head.idx + len(head.text)
        resolved = ResolvedActor(actor, head.i, span_start, span_end, person, titles, from_kb, head_end)
        if actor.person and (person is not None or head.ent_type_ == "PERSON"):
            surname = head.lower_ if head.ent_type_ == "PERSON" else actor.person.split()[-1].lower()
            self._surnames.setdefault(surname, resolved)
        return resolved

    def _parts(self, tokens: list[Token], head: Token) -> _Parts:
        parts = _Parts()
        seen: set[int] = set()
        located = _located_tokens(head)
        # "the listing of its companies" is no business actor: roles inside of/for-phrases describe
        # another noun ("the foreign minister of Russia" takes only the country from its phrase)
        phrased = _located_tokens(head, _PHRASE_PREPS)
        for token in tokens:
            if token.lower_ in _FORMER_WORDS or token.lower_.startswith("ex-"):
                parts.former = True
                parts.out_of_office = parts.out_of_office or token.lower_ in _OUT_OF_OFFICE_WORDS
                parts.out_of_office = parts.out_of_office or token.lower_.startswith("ex-")
            if token.lemma_.lower() in _LEADER_NOUNS and token.i == head.i:
                parts.leader = True
            mention = self._mention_at.get(token.i)
            if mention is None and token.pos_ == "PROPN" and token.lower_ in _PROPER_LEGISLATURES:
                parts.sectors.append("LEG")  # "the House spending plan": capitalised, the chamber
            if mention is None or mention.start in seen:
                continue
            seen.add(mention.start)
            for d in mention.denotations:
                if d.kind in ("country", "country_adjective", "demonym"):
                    # "Guyanese" names people only when it is the head ("the Guyanese"), not as a modifier
                    as_people = d.kind == "demonym" and mention.start <= head.i < mention.end
                    parts.countries.append((d.key, "CVL" if as_people else None))
                elif d.kind == "metonym":
                    # "police in Kampala": a place in a prepositional phrase gives the state, not the sector
                    parts.countries.append((d.key, None if token.i in located else d.sector))
                elif d.kind == "organisation":
                    parts.organisations.append(d.key)
                elif d.kind == "person":
                    parts.people.append(d.key)
                elif d.kind == "office":
                    parts.offices.append((d.key, mention.start, mention.end - 1))
                elif d.kind == "sector" and (
                    mention.start not in phrased or head.lemma_.lower() in _MEMBER_NOUNS
                ):
                    if mention.start <= head.i < mention.end:
                        parts.sectors.insert(0, d.key)  # the head's own sector wins: "government drones"
                    elif head.lemma_.lower() not in _NON_ACTOR_HEADS and not _event_noun(head):
                        parts.sectors.append(d.key)  # "rebel positions", "opposition rallies"
        _group_leader_first(parts, tokens)
        return parts

    def _party_country(self, tokens: list[Token], head: Token, parts: _Parts) -> None:
        """'Labour MP Diane Okafor', 'the Conservative government', 'Republican senators', 'the ANC': a
        party named in the phrase gives its country; the party itself, as the head, is PTY."""
        names = [t for t in tokens if t.pos_ in ("PROPN", "ADJ") or t.i == head.i]
        for size in (3, 2, 1):
            for first in range(len(names) - size + 1):
                window = names[first : first + size]
                if any(b.i != a.i + 1 for a, b in itertools.pairwise(window)):
                    continue
                party = self.kb.party(" ".join(t.text for t in window), day=self.day)
                if party is None:
                    continue
                own = window[-1].i == head.i and not parts.sectors and not parts.offices
                if not own and _party_leader(tokens, parts):
                    # "CHP leader Ozgur Ozel", "the BJP president": the party's leader speaks for the
                    # party, not for the state (nor is he its head of state)
                    own, parts.leader = True, False
                    parts.offices = []
                parts.countries.append((party.country, "PTY" if own else None))
                return

    def _possessive_owner(self, head: Token, parts: _Parts) -> None:
        """'its jets', 'their troops': the owner is the pronoun's antecedent ('our troops' in a quote: the
        speaker's side)."""
        if head.lemma_.lower() in _OTHER_SIDE_NOUNS:
            return  # "his counterpart": the same office on the other side, never the owner's state
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in (*_PRONOUNS, "our"):
                # '"Our troops will stay," the minister said': "our" in a quote is the speaker's side
                owner = self._quoted_speaker(child) if child.lower_ == "our" else self._antecedent(child)
                if owner is not None and owner.actor.country is not None:
                    parts.countries.append((owner.actor.country, None))
                return

    def _person(self, parts: _Parts, head: Token) -> Person | None:
        """A known person named in the phrase, or the holder of the office it names ("the Russian
        president")."""
        keys = list(dict.fromkeys(parts.people))
        at_head = self._mention_at.get(head.i)
        if at_head is not None:
            # "Putin-Trump" parses as compounds: the name under the head is the phrase's person.
            own = [d.key for d in at_head.denotations if d.kind == "person"]
            keys = own + [key for key in keys if key not in own] if own else keys
        candidates = [self.kb.people[key] for key in keys if key in self.kb.people]
        if len(candidates) > 1 and parts.countries:
            country = parts.countries[0][0]
            candidates = [p for p in candidates if any(r.country == country for r in p.roles)] or candidates
        if candidates:
            return candidates[0]
        if head.ent_type_ == "PERSON" or parts.former or not parts.countries:
            return None
        offices = [office for office, _, _ in parts.offices]
        if parts.leader and not offices:
            offices = list(_LEADER_OFFICES)
        if not offices or self.day is None:
            return None
        country = parts.countries[0][0]
        for office in offices:
            holders = [p for p in self.kb.people.values() if p.held(office, country, self.day)]
            if len(holders) == 1:
                return holders[0]
        return None

    def _compose(self, parts: _Parts, person: Person | None, head: Token) -> tuple[Actor | None, bool]:
        text_country = parts.countries[0][0] if parts.countries else None
        text_sector = _sector_from_text(parts, self.kb)
        if text_sector is None and text_country is not None and _armed_act(head):
            text_sector = "MIL"  # "killed by Russian shelling", "Israeli air strikes": its armed forces
        if person is not None:
            role = self._role(person, text_country, former=parts.out_of_office)
            if role is not None:
                country, sector = _role_country_sector(role)
                if self.day is None and text_sector in _LED_GROUP_SECTORS and country is not None:
                    # undated "rebel leader Riek Machar": the text's group is his side in the story,
                    # whatever office the knowledge base gives him since
                    sector = text_sector
                code = self.kb.actor_code(country, sector) if country else role.country
                return Actor(code, person.name, country, sector, person.name), True
            latest = _latest_role(person, self.day)
            country = text_country or (
                latest.country if latest and not latest.country.startswith("IGO") else None
            )
            if country is None:
                return None, False
            # Out of office on this date: the text's own title wins ("deputy UN ambassador"), unless it
            # says "former"; otherwise CAMEO's ELI (former officials).
            sector = text_sector if text_sector and not parts.former else "ELI"
            return Actor(self.kb.actor_code(country, sector), person.name, country, sector, person.name), True
        head_mention = self._mention_at.get(head.i)
        names_place = head_mention is not None and bool(
            head_mention.kinds() & {"country", "metonym", "organisation", "country_adjective", "demonym"}
        )
        name = None if names_place else _person_name(head)
        if parts.organisations and not (text_country and (parts.offices or parts.sectors)):
            organisation = self.kb.organisations[parts.organisations[0]]
            return Actor(organisation.code, organisation.name, None, None, name), True
        if text_country is None:
            if head.pos_ not in ("NOUN", "PROPN"):
                return None, False
            if text_sector is None:
                return self._unknown_named(head, name), False
            # "police", "protesters": a role without a state; the coder localises it from context.
            # "the former chief minister": a former official is CAMEO's ELI wherever he is placed
            sector = _former_sector(text_sector) if parts.out_of_office else text_sector
            return Actor(sector, name or self.sector_name(sector), None, sector, name), False
        country_name = self.kb.countries[text_country].name
        phrase_sector = (
            "ELI"
            if (parts.former and text_sector == "GOV") or (parts.out_of_office and text_sector == "LEG")
            else text_sector
        )
        label = (
            self.kb.sectors[phrase_sector].label
            if phrase_sector in self.kb.sectors and phrase_sector
            else None
        )
        short = label.split(":")[0] if label else None  # "Military: armed forces, ..." -> "Military"
        display = name or (f"{country_name} {short.lower()}" if short else country_name)
        code = self.kb.actor_code(text_country, phrase_sector)
        return Actor(code, display, text_country, phrase_sector, name), True

    def _unknown_named(self, head: Token, person: str | None) -> Actor | None:
        """Someone the knowledge base does not know and the phrase does not place: a named person or
        organisation keeps its name under CAMEO's unknown-country code ``---``; anything else is no actor.
        (The coder may still place it from the sentence, the dateline or the document.)"""
        if head.idx < self.text_start:
            return None  # the dateline's city ("WARSAW (eventwire) -") is where the report was filed
        entity = self.entities.at(head)
        if (
            entity is not None
            and town_taken_for_a_name(head, entity)
            and not self.is_person(entity.text)
            and Gazetteer.default().geocode(entity.text) is not None
        ):
            return None  # "attacked Kharkiv": a town the model took for a person or organisation
        if person:
            return Actor(UNKNOWN_COUNTRY, person, None, None, person)
        if entity is not None and entity.label_ == "ORG" and head.ent_type_ == "ORG":
            return Actor(UNKNOWN_COUNTRY, entity.text.removeprefix("the ").removeprefix("The "))
        return None

    def sector_name(self, sector: str) -> str:
        """'Military: armed forces, ...' → 'military'."""
        label = self.kb.sectors[sector].label if sector in self.kb.sectors else sector
        return label.split(":")[0].lower()

    def _role(self, person: Person, text_country: str | None, *, former: bool = False) -> Role | None:
        """The role the person holds on the article date; undated, an open role, else (unless the text
        says "former": CAMEO's ELI) the last one."""
        if self.day is None:
            roles = [r for r in person.roles if r.end is None] or ([] if former else list(person.roles[-1:]))
        else:
            roles = list(person.roles_on(self.day))
        if text_country is not None:
            roles = [r for r in roles if r.country == text_country] or roles
        return roles[0] if roles else None

    def _quoted_speaker(self, pronoun: Token) -> ResolvedActor | None:
        """'"We will not negotiate with Hamas," Netanyahu told reporters': a first-person plural inside
        a direct quote is the speaker's side: the state (and sector) of whoever the quote is attributed
        to, or the speaker's organisation. Outside a quote, or with no resolvable speaker, nobody."""
        speaker = _quote_speaker(pronoun)
        if speaker is None:
            return None
        said = self.resolve(speaker)
        if said is None:
            return None
        actor = said.actor
        if actor.country is not None and actor.country in self.kb.countries:
            sector = actor.sector if actor.sector not in (None, "ELI", "CVL") else None
            code = self.kb.actor_code(actor.country, sector)
            side = Actor(code, self.kb.countries[actor.country].name, actor.country, sector)
        elif actor.code.startswith(ORGANISATION_PREFIXES) or actor.person is None:
            side = Actor(actor.code, actor.name, actor.country, actor.sector)
        else:
            return None
        start, end = pronoun.idx, pronoun.idx + len(pronoun.text)
        return ResolvedActor(side, pronoun.i, start, end, None, (), said.from_knowledge, end)

    def _antecedent(self, pronoun: Token) -> ResolvedActor | None:
        """The nearest compatible actor in this or the previous sentence, preferring a subject: in
        "Macron hosted Zelensky in Paris. He promised more aid", "he" is Macron."""
        word = pronoun.lower_ if pronoun.lower_ in _PRONOUNS else "it"
        candidates = list(self._antecedent_candidates(pronoun, word))
        if pronoun.dep_ in ("dobj", "pobj", "dative", "iobj"):
            # "Moldova expelled the diplomats, accusing them": an object pronoun is not its clause's subject
            own = {token.i for token in subjects(pronoun.head)}
            candidates = [(resolved, token) for resolved, token in candidates if token.i not in own]
        if word in _PLURAL:
            plural = [(r, t) for r, t in candidates if t.tag_ in ("NNS", "NNPS") or t.conjuncts]
            candidates = plural or candidates
        subjects_first = [resolved for resolved, token in candidates if token.dep_ in ("nsubj", "nsubjpass")]
        ranked = subjects_first or [resolved for resolved, _ in candidates]
        if not ranked:
            return None
        chosen = ranked[0]
        return _relocated(chosen, pronoun, pronoun.idx, pronoun.idx + len(pronoun.text))

    def _antecedent_candidates(self, pronoun: Token, word: str) -> Iterator[tuple[ResolvedActor, Token]]:
        """Compatible actors before the pronoun, nearest first, back to the start of the previous
        sentence."""
        sentence_start = pronoun.sent.start
        window_start = self.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
        window_start = max(window_start, pronoun.i - _ANTECEDENT_WINDOW)
        for i in range(pronoun.i - 1, window_start - 1, -1):
            token = self.doc[i]
            if token.lower_ in _PRONOUNS or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if word in _NEUTER and token.tag_ in ("NNS", "NNPS"):
                continue  # "it" does not refer to a plural noun
            if token.head.i != token.i and token.dep_ in ("compound", "amod", "flat"):
                continue
            resolved = self.resolve(token)
            if resolved is not None and _compatible(word, resolved):
                yield resolved, token


_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


def actor_from_code(code: str, name: str | None = None, person: str | None = None) -> Actor:
    """An actor known only by a dictionary code: the first three letters are its country (even a state
    the knowledge base does not know), the next three its sector; organisation codes have no country."""
    if len(code) >= 3 and not code.startswith(ORGANISATION_PREFIXES):
        return Actor(code, name or code, code[:3], code[3:6] or None, person)
    return Actor(code, name or code, None, None, person)


def _inside_longer_name(doc: Doc, mention: Mention, entities: EntityIndex) -> bool:
    """'Real Madrid', 'Bayern Munich', 'the Moscow Stock Exchange': a place name that is only part of an
    organisation's name does not denote the state ("The White House" is the same name with its article)."""
    if _inside_person_name(doc, mention, entities):
        return True
    if mention.kinds() - {"metonym"}:
        return False
    ent = entities.at(doc[mention.start])
    if ent is None or ent.label_ not in _NAME_LABELS or mention.end > ent.end:
        return False
    words = [t for t in ent if t.dep_ != "det" and t.lower_ != "the"]
    return len(words) > mention.end - mention.start


def _inside_unit_name(doc: Doc, mention: Mention) -> bool:
    """'New Mexico', 'Western Australia': a state's name that ends the name of a sub-national unit of
    another country (or of its own: "Western Australia") names the unit, not the state; so does a
    state's name before the word "state" that a unit of another country bears ("Georgia state")."""
    if not mention.kinds() & {"country", "country_adjective", "metonym"}:
        return False
    name = doc[mention.start : mention.end].text
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.lower_ == "state" and after.text.islower():
        # "Georgia state troopers": the US state (the country's territory is not "Georgia state")
        unit = Gazetteer.default().admin1(name)
        if unit is not None and unit.country not in {d.key for d in mention.denotations}:
            return True
    if mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if not before.text[:1].isupper() or before.pos_ not in ("PROPN", "ADJ"):
        return False
    return Gazetteer.default().admin1(f"{before.text} {name}") is not None


def _qualified_elsewhere(doc: Doc, mention: Mention) -> bool:
    """'Kingston, Ontario', 'Athens, Ga.': a capital's name (a metonym of its state) that its qualifier
    puts in another country is a town there, not the state."""
    if "metonym" not in mention.kinds():
        return False
    qualified = with_qualifier(doc[mention.start : mention.end])
    if qualified.end == mention.end:
        return False
    found = Gazetteer.default().geocode(qualified.text)
    own = {d.key for d in mention.denotations if d.kind == "metonym"}
    return found is not None and found.country not in own


def _inside_person_name(doc: Doc, mention: Mention, entities: EntityIndex) -> bool:
    """'Homeland Security Secretary Chad Wolf', 'Georgia Meloni': a state's name inside a longer personal
    name is part of the name ("Jordan's King Abdullah", a possessive, still names the state)."""
    if not mention.kinds() & {"country", "metonym"}:
        return False
    ent = entities.at(doc[mention.start])
    if ent is None or ent.label_ != "PERSON" or len(ent) <= mention.end - mention.start:
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is None or after.lower_ not in ("'s", "’s")


def _definite_anaphor(head: Token) -> bool:
    """'the group', 'the bloc', 'the movement': a bare definite noun that points back to an actor."""
    lemma = head.lemma_.lower()
    if lemma not in _ANAPHOR_NOUNS or head.tag_ in ("NNS", "NNPS"):
        return False
    children = [c for c in head.children if c.dep_ not in ("punct",)]
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def _compatible(pronoun: str, resolved: ResolvedActor) -> bool:
    is_person = resolved.actor.person is not None
    gender = resolved.person.gender if resolved.person is not None else None
    if pronoun in _MALE:
        return is_person and gender in ("m", None)
    if pronoun in _FEMALE:
        return is_person and gender in ("f", None)
    if pronoun in _NEUTER:
        return not is_person
    return not is_person  # they/them: states, organisations, groups


def _relocated(resolved: ResolvedActor, head: Token, start: int, end: int) -> ResolvedActor:
    return ResolvedActor(resolved.actor, head.i, start, end, resolved.person, (), resolved.from_knowledge)


def _role_country_sector(role: Role) -> tuple[str | None, str]:
    if role.country.startswith(("IGO", "NGO")):
        return None, role.sector
    return role.country, role.sector


def _latest_role(person: Person, day: dt.date | None) -> Role | None:
    past = [r for r in person.roles if day is None or r.start <= day]
    return max(past, key=lambda r: r.start) if past else None


def _party_leader(tokens: list[Token], parts: _Parts) -> bool:
    """Whether the phrase names a party's leader ("CHP leader Ozgur Ozel", "the BJP president"): a
    leading noun, and nothing but that noun's "government" for its sector."""
    leads = any(t.lemma_.lower() in _PARTY_LEADER_NOUNS for t in tokens)
    return leads and all(s == "GOV" for s in parts.sectors)


def _group_leader_first(parts: _Parts, tokens: list[Token]) -> None:
    """'a rebel commander', 'Ali Kushayb, a Sudanese militia leader': the leader of a non-state group is
    coded as the group (CAMEO codes an actor by the group it speaks or fights for), not as government or
    military."""
    leaders = {t.i for t in tokens if t.lemma_.lower() in _GROUP_LEADER_NOUNS}
    if len(parts.sectors) < 2 or not leaders:
        return
    group = next((s for s in parts.sectors if s in _LED_GROUP_SECTORS), None)
    if group is not None and all(s in ("GOV", "MIL", group) for s in parts.sectors):
        parts.sectors.remove(group)
        parts.sectors.insert(0, group)
        # "leader" read as an office (head of state) is the group's leader here
        parts.offices = [o for o in parts.offices if not any(o[1] <= i <= o[2] for i in leaders)]
        parts.leader = False  # nor is its holder the state's leader


def _former_sector(sector: str) -> str:
    """CAMEO's ELI for a former government official or legislator ("former Senator Bob Dole",
    "ex-prime minister"); any other sector stays."""
    return "ELI" if sector in _FORMER_OFFICIAL_SECTORS else sector


def _sector_from_text(parts: _Parts, kb: KnowledgeBase) -> str | None:
    for _, sector in parts.countries:
        if sector is not None and sector != "CVL":
            return sector
    for office, _, _ in parts.offices:
        if office in kb.offices:
            return kb.offices[office].sector
    if parts.sectors:
        return parts.sectors[0]
    for _, sector in parts.countries:
        if sector is not None:
            return sector
    return None


def _person_name(head: Token) -> str | None:
    """The full name of a PERSON entity the head belongs to."""
    if head.ent_type_ != "PERSON":
        return None
    start, end = head.i, head.i + 1
    while start > 0 and head.doc[start - 1].ent_type_ == "PERSON" and head.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(head.doc) and head.doc[end].ent_iob_ == "I":
        end += 1
    return head.doc[start:end].text.replace("’s", "").replace("'s", "").strip()


def _noun_phrase(head: Token) -> list[Token]:
    """The head and the dependents that describe it (not its clauses or prepositional phrases),
    plus ``of``-phrases of title heads ("the foreign minister of Russia")."""
    tokens = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            keep = child.dep_ in _NP_DEPS
            if child.dep_ == "prep" and child.lower_ in _PHRASE_PREPS and token.i == head.i:
                keep = True
            if child.dep_ == "pobj" and token.dep_ == "prep" and token.lower_ in _PHRASE_PREPS:
                keep = True
            if keep:
                tokens.append(child)
                stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


def _quote_speaker(token: Token) -> Token | None:
    """The subject of the reporting verb a direct quote holding ``token`` is attributed to ('"We will
    ...," Netanyahu told reporters'), or None when the token is not inside quotation marks of its
    sentence or no verb outside the quote has a subject."""
    sent = token.sent
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
    opened = [i for i in marks if i < token.i]
    closed = [i for i in marks if i > token.i]
    if len(opened) % 2 == 0 or not closed:
        return None
    start, end = opened[-1], closed[0]
    verb = token
    for _ in range(_MAX_QUOTE_CLIMB):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if start < verb.i < end:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and not start < c.i < end), None)
        if subject is not None and subject.lower_ not in _FIRST_PLURAL:
            return subject
    return None


def _possessed_act(head: Token) -> bool:
    """'Russia's support of Assad', 'Iran's arming of the Houthis': a common noun with a possessor is
    something the possessor does or has, not a title of what its of-phrase names."""
    return head.pos_ in ("NOUN", "VERB") and any(c.dep_ == "poss" for c in head.children)


def _armed_act(token: Token) -> bool:
    """'shelling', 'air strikes', 'drone attacks': a noun naming an attack or other violent act (CAMEO
    18-20), whose state-adjective names the state's armed forces as the doer."""
    entry = load_lexicon().match_noun(token)
    return entry is not None and entry.code[:2] in _ARMED_ROOTS


def _event_noun(token: Token) -> bool:
    """'missile attacks', 'military exercises': a noun that names an event is not an actor."""
    return load_lexicon().match_noun(token) is not None


def _located_tokens(head: Token, preps: frozenset[str] = frozenset({"in", "from"})) -> set[int]:
    """Tokens inside "in X" / "from X" (or the given) prepositional phrases on the head."""
    return {
        t.i
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in preps
        for t in child.subtree
    }


def _np_head(token: Token) -> Token:
    """Climb compound/flat links to the head of the noun phrase a name token sits in."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _conjuncts(token: Token) -> tuple[Token, ...]:
    return tuple(t for t in token.conjuncts if t.pos_ in ("PROPN", "NOUN", "PRON"))
