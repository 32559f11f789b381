"""The verb and noun lexicons (data files ``verbs.tsv`` and ``nouns.tsv``) and matching against a parse.

A lexicon row says which phrasing maps to which CAMEO code and where its source and target sit in the
dependency parse. Keeping this in data lets users and reviewers read and extend the coder without Python.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

NULL_CODE = "---"
"""The code of a row that says its phrasing is not an event ("struck a chord"): nothing is coded."""

CONDITION_KINDS = frozenset({"dobj", "prt", "prep", "xcomp", "ccomp", "pobj", "subj"})


class LexiconError(ValueError):
    """A malformed lexicon row; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Condition:
    """One requirement on a verb's dependents, e.g. ``dobj=meeting|talks``."""

    kind: str
    values: frozenset[str]

    def holds(self, verb: Token) -> bool:
        if self.kind == "dobj":
            return any(_object_words(obj) & self.values for obj in _objects(verb))
        if self.kind == "subj":  # "protesters gathered", not "leaders gathered"
            return any(
                child.dep_ in ("nsubj", "nsubjpass")
                and (child.lemma_.lower() in self.values or child.lower_ in self.values)
                for child in verb.children
            )
        if self.kind == "pobj":  # "went on a hunger strike": the object's modifiers count, as for dobj
            return any(_object_words(pobj) & self.values for pobj in _prep_objects(verb))
        if self.kind == "prt":  # "pull back" is often parsed with an adverb, not a particle
            return any(
                child.dep_ in ("prt", "advmod") and child.lower_ in self.values for child in verb.children
            )
        if self.kind == "prep":  # "pushed for the constitution to be revised": "for" marks a clause
            return any(
                child.dep_ in ("prep", "agent", "prt")
                and child.lower_ in self.values
                and not _temporal(child)
                for child in verb.children
            ) or any(
                mark.dep_ == "mark" and mark.lower_ in self.values
                for clause in verb.children
                if clause.dep_ == "advcl"
                for mark in clause.children
            )
        if self.kind in ("xcomp", "ccomp"):  # "*" accepts any: "agreed to <do anything>", "said that ..."
            return any(
                child.dep_ == self.kind and ("*" in self.values or child.lemma_.lower() in self.values)
                for child in verb.children
            )
        return False


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _temporal(preposition: Token) -> bool:
    """A phrase of time ("on Monday", "on Nov. 18"): no preposition a phrasing names ("called on X")."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    return bool(objects) and all(obj.ent_type_ in _TIME_ENTITIES for obj in objects)


def _prep_objects(verb: Token) -> list[Token]:
    """Objects of the verb's prepositions (and of its direct object's), also through a preposition that
    heads another one: "pulled out of the deal", "walked out of the talks" (spaCy often reads "out" as a
    preposition there)."""
    found = []
    # "sent 300 soldiers to the peacekeeping force": the parse often hangs the phrase on the object
    holders = [*verb.children, *(p for obj in _objects(verb) for p in obj.children if p.dep_ == "prep")]
    for child in holders:
        if child.dep_ not in ("prep", "agent", "prt"):
            continue
        for grandchild in child.children:
            if grandchild.dep_ in ("pobj", "pcomp") and child.dep_ != "prt":  # "for collaborating"
                found.append(grandchild)
            elif grandchild.dep_ == "prep":
                found.extend(pobj for pobj in grandchild.children if pobj.dep_ == "pobj")
    return found


def _hyphen_joined(noun: Token) -> str | None:
    """A word spaCy split at its hyphen, joined again: "cease - fire" → "cease-fire"; else None."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 1].whitespace_:
        return None
    first = doc[noun.i - 2]
    if first.whitespace_:
        return None
    return f"{first.lower_}-{noun.lower_}"


def _object_words(obj: Token) -> set[str]:
    """The object's words that a row may name: its lemma and form, its compounds and adjectives ("alert
    level"), and for measure phrases the noun they measure ("truckloads of food", "50 million crowns in
    aid")."""
    words = {obj.lemma_.lower(), obj.lower_}
    joined = _hyphen_joined(obj)
    if joined is not None:
        words.update((joined, joined.replace("-", "")))
    for child in obj.children:
        if child.dep_ in ("compound", "amod"):
            words.update((child.lemma_.lower(), child.lower_))
        elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words.update((pobj.lemma_.lower(), pobj.lower_))
    return words


def _objects(verb: Token) -> list[Token]:
    """Direct objects, including a passive subject (the object of the underlying active verb)."""
    return [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """One row of ``verbs.tsv``."""

    lemma: str
    conditions: tuple[Condition, ...]
    source_slots: tuple[str, ...]
    target_slots: tuple[str, ...]
    code: str
    line: int

    @property
    def rule(self) -> str:
        needs = ",".join(f"{c.kind}={'|'.join(sorted(c.values))}" for c in self.conditions)
        return f"verbs.tsv:{self.line} {self.lemma}{'[' + needs + ']' if needs else ''} -> {self.code}"

    def matches(self, verb: Token) -> bool:
        return all(condition.holds(verb) for condition in self.conditions)


@dataclass(frozen=True, slots=True)
class NounEntry:
    """One row of ``nouns.tsv``."""

    lemma: str
    target_preps: tuple[str, ...]
    code: str
    line: int

    @property
    def rule(self) -> str:
        return f"nouns.tsv:{self.line} {self.lemma} -> {self.code}"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Verb entries by lemma (most specific first) and noun entries by lemma."""

    verbs: Mapping[str, tuple[VerbEntry, ...]]
    nouns: Mapping[str, NounEntry]
    carriers: frozenset[str] = frozenset()
    """Nouns that carry the event their modifier names ("a mediation effort"): ``carrier_nouns.txt``."""

    def match_verb(self, verb: Token) -> VerbEntry | None:
        """The first row that matches the verb; None when none does or that row has the null code."""
        for entry in self.verbs.get(verb.lemma_.lower(), ()):
            if entry.matches(verb):
                return None if entry.code == NULL_CODE else entry
        return None

    def match_noun(self, noun: Token) -> NounEntry | None:
        """The noun's own row, else, for a carrier noun ("a mediation effort", "an aid package"), the
        row of its compound modifier; None when neither names an event."""
        found = self.nouns.get(noun.lemma_.lower()) or self.nouns.get(noun.lower_)
        joined = _hyphen_joined(noun)
        if found is None and joined is not None:  # "cease-fire" is three tokens: the row is "ceasefire"
            found = self.nouns.get(joined) or self.nouns.get(joined.replace("-", ""))
        if found is None and noun.lemma_.lower() in self.carriers:
            for child in noun.children:
                if child.dep_ == "compound" and child.i == noun.i - 1:
                    return self.nouns.get(child.lemma_.lower()) or self.nouns.get(child.lower_)
        return found


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("eventwire.coder").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, line.rstrip("\n").split("\t")))
    return rows


def _parse_conditions(field: str, where: str) -> tuple[Condition, ...]:
    if field == "-":
        return ()
    conditions = []
    for part in field.split(","):
        kind, _, values = part.partition("=")
        if kind not in CONDITION_KINDS or not values:
            raise LexiconError(f"{where}: bad condition {part!r}")
        conditions.append(Condition(kind, frozenset(values.split("|"))))
    return tuple(conditions)


def _parse_slots(field: str, where: str) -> tuple[str, ...]:
    slots = tuple(field.split("|"))
    for slot in slots:
        base = slot.split(".")[-1]
        if not (base in ("subj", "dobj", "iobj", "none", "poss", "mod") or base.startswith("prep:")):
            raise LexiconError(f"{where}: bad slot {slot!r}")
    return slots


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon; rows with conditions sort before bare rows so the specific phrasing wins."""
    verbs: dict[str, list[VerbEntry]] = defaultdict(list)
    for line, fields in _rows("verbs.tsv"):
        where = f"verbs.tsv:{line}"
        if len(fields) != 5:
            raise LexiconError(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
        lemma, requires, source, target, code = fields
        verbs[lemma].append(
            VerbEntry(
                lemma,
                _parse_conditions(requires, where),
                _parse_slots(source, where),
                _parse_slots(target, where),
                code,
                line,
            )
        )
    nouns: dict[str, NounEntry] = {}
    for line, fields in _rows("nouns.tsv"):
        if len(fields) != 3:
            raise LexiconError(f"nouns.tsv:{line}: expected 3 tab-separated fields, got {len(fields)}")
        lemma, target, code = fields
        preps = () if target == "none" else tuple(target.split("|"))
        nouns[lemma] = NounEntry(lemma, preps, code, line)
    ordered = {
        lemma: tuple(sorted(rows, key=lambda e: (not e.conditions, e.line))) for lemma, rows in verbs.items()
    }
    carriers = frozenset(
        line.strip() for _, fields in _rows("carrier_nouns.txt") for line in fields if line.strip()
    )
    return Lexicon(ordered, nouns, carriers)
