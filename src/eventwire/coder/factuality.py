"""Decide how surely the text says an event happened, and who says so.

"may meet" is possible, "plans to visit" planned, "no indication of a meeting" negated, "if they attack"
and "urged them to withdraw" hypothetical. The cues sit on the predicate itself (modals, negation,
adjectives such as "proposed") and on the words that govern it (intent and reporting verbs, "absence
of", "no sign of"); we climb the parse from the predicate to the clause root collecting them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.coder.cues import Cues
from eventwire.model import Factuality

_MAX_CLIMB = 8
_PAST_TAGS = frozenset({"VBD", "VBN"})
_INDEFINITE = frozenset({"a", "an", "such", "any"})
_CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a real condition ("whether" opens an alternative, not a condition)."""


@dataclass(slots=True)
class Reading:
    """The cues found for one predicate, and the verdict."""

    negated: list[str] = field(default_factory=list)
    possible: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)
    hypothetical: list[str] = field(default_factory=list)
    reporter: Token | None = None
    """The reporting verb whose complement holds the predicate ("said", "announced")."""

    @property
    def factuality(self) -> Factuality:
        if self.hypothetical:
            return Factuality.HYPOTHETICAL
        if self.negated:
            return Factuality.POSSIBLE if self.possible and not self.planned else Factuality.NEGATED
        if self.possible:
            return Factuality.POSSIBLE
        if self.planned:
            return Factuality.PLANNED
        return Factuality.ASSERTED

    @property
    def cue(self) -> str:
        verdict = self.factuality
        words = {
            Factuality.HYPOTHETICAL: self.hypothetical,
            Factuality.NEGATED: self.negated,
            Factuality.POSSIBLE: self.possible or self.negated,
            Factuality.PLANNED: self.planned,
            Factuality.ASSERTED: [],
        }[verdict]
        return ", ".join(dict.fromkeys(words))


def read_factuality(predicate: Token, cues: Cues, *, nominal: bool) -> Reading:
    """Collect modality, negation and reporting cues from the predicate up to its clause root."""
    reading = Reading()
    if nominal:
        _noun_cues(predicate, cues, reading)
    else:
        _verb_cues(predicate, cues, reading)
    current = predicate
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ == "relcl" and current.i == predicate.i and not nominal:
            # "will return the weapons they seized": a relative clause has its own tense and modality
            break
        _governor_cues(current, head, cues, reading)
        current = head
    if nominal and not (reading.negated or reading.possible or reading.planned or reading.hypothetical):
        _indefinite_generic(predicate, reading)
    return reading


def _verb_cues(verb: Token, cues: Cues, reading: Reading) -> None:
    _modal_of(verb, cues, reading)
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and word == "never"):
            reading.negated.append(word)
        elif child.dep_ == "mark" and word in cues.conditional_marks:
            reading.hypothetical.append(word)
        elif child.dep_ == "advcl" and verb.tag_ not in _PAST_TAGS and _condition(child):
            # "Israel will attack Iran if Tehran enriches uranium": the consequent of a condition is
            # hypothetical, whatever its modal ("will") or a reporting clause ("the minister said")
            reading.hypothetical.append(f"{_condition(child)} (condition)")
    if verb.tag_ not in _PAST_TAGS and not reading.planned and _future_time(verb, cues):
        reading.planned.append("future time")


def _noun_cues(noun: Token, cues: Cues, reading: Reading) -> None:
    for child in noun.children:
        word = child.lower_
        lemma = child.lemma_.lower()
        if child.dep_ == "det" and word == "no":
            reading.negated.append(word)
        elif child.dep_ in ("amod", "compound", "advmod"):
            if lemma in cues.possible_adjectives or word in cues.possible_adjectives:
                reading.possible.append(word)
            elif lemma in cues.planned_adjectives or word in cues.planned_adjectives:
                reading.planned.append(word)
            elif word in cues.negated_adjectives or lemma in cues.negated_adjectives:
                reading.negated.append(word)


def _governor_cues(child: Token, head: Token, cues: Cues, reading: Reading) -> None:
    """Cues that a governing word contributes to what it governs."""
    lemma = head.lemma_.lower()
    relation = child.dep_
    if relation == "pobj" or head.pos_ == "ADP":
        # "no indication of", "absence of", "possibility of", "without"
        if head.lower_ == "without":
            reading.negated.append("without")
        return
    if head.pos_ in ("NOUN", "PROPN") and relation == "prep":
        if lemma in cues.negating_nouns:
            reading.negated.append(head.lower_)
        elif lemma in cues.possible_nouns:
            reading.possible.append(head.lower_)
        elif lemma in cues.planned_nouns:
            reading.planned.append(head.lower_)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            reading.negated.append(f"no {head.lower_}")
        return
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return
    if relation == "conj" and head.pos_ in ("VERB", "AUX"):
        # "will travel to Japan and meet Ishiba": a verb without its own auxiliary shares the first one's
        if not any(c.dep_ in ("aux", "auxpass", "neg") for c in child.children):
            _modal_of(head, cues, reading)
        return
    if relation == "prep":
        _sibling_noun_cues(head, cues, reading)  # "there was no sign yet of a meeting"
        return
    if head.tag_ == "MD" and head.lower_ in cues.conditional_marks:
        # "Should a meeting materialize, ..." — the inverted conditional parses with the modal as head.
        reading.hypothetical.append(head.lower_)
        return
    if relation == "ccomp" and lemma in cues.reporting_verbs:
        if reading.reporter is None:
            reading.reporter = head
        if lemma == "deny":
            reading.negated.append("denied")
        if "would" in reading.hypothetical:
            reading.hypothetical.remove("would")
            reading.planned.append("would (reported)")
        _negation_of(head, reading)
        return
    if relation in ("xcomp", "ccomp", "acomp", "advcl", "nsubj", "nsubjpass", "dobj", "attr", "pcomp"):
        double_negation = False
        if relation in ("xcomp", "ccomp", "dobj", "nsubjpass"):
            particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
            if lemma in cues.negating_verbs and (
                lemma not in cues.negating_particles or particle == cues.negating_particles[lemma]
            ):
                double_negation = any(c.dep_ == "neg" for c in head.children)
                if double_negation:
                    reading.possible.append(f"not {head.lower_}")  # "has not ruled out a meeting"
                else:
                    reading.negated.append(head.lower_)
            elif relation == "xcomp" and lemma in cues.hypothetical_verbs:
                reading.hypothetical.append(head.lower_)
            elif lemma in cues.possible_verbs:
                reading.possible.append(head.lower_)
            elif relation == "xcomp" and lemma in cues.intent_verbs:
                reading.planned.append(head.lower_)
        if relation == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in child.children
        ):
            reading.hypothetical.append("if")
        if relation in ("xcomp", "nsubj", "nsubjpass", "dobj", "attr"):
            _modal_of(head, cues, reading)
            if not double_negation:
                _negation_of(head, reading)


def _sibling_noun_cues(verb: Token, cues: Cues, reading: Reading) -> None:
    """When an of-phrase hangs on the verb rather than on its noun ("there was no sign yet of a
    meeting"), the noun's cues still apply."""
    for noun in verb.children:
        if noun.dep_ not in ("attr", "dobj", "nsubj") or noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and (
            lemma in cues.evidence_nouns or lemma in cues.planned_nouns or lemma in cues.possible_nouns
        ):
            reading.negated.append(f"no {noun.lower_}")
        elif lemma in cues.negating_nouns:
            reading.negated.append(noun.lower_)
        elif lemma in cues.possible_nouns:
            reading.possible.append(noun.lower_)


def _condition(clause: Token) -> str | None:
    """The conditional mark of an adverbial clause ("if", "unless"), or None; a concessive "even if"
    is no condition: the act happens either way."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children):
        return None
    return next((m for m in marks if m in _CONDITION_MARKS), None)


def _modal_of(verb: Token, cues: Cues, reading: Reading) -> None:
    """may/might/could → possible, will/shall → planned, would/should/must → hypothetical."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            word = child.lower_
            if word in cues.possible_modals:
                reading.possible.append(word)
            elif word in cues.planned_modals:
                reading.planned.append(word)
            elif word in cues.hypothetical_modals:
                reading.hypothetical.append(word)


def _negation_of(verb: Token, reading: Reading) -> None:
    if any(child.dep_ == "neg" for child in verb.children):
        reading.negated.append(f"not {verb.lower_}")


def _future_time(verb: Token, cues: Cues) -> bool:
    """A future time expression attached to the verb ("next week", "tomorrow")."""
    for child in verb.children:
        # only a time phrase on the verb itself: "meet next week", "visit on Friday" — not "ahead of next
        # year's elections" deep inside an object
        phrase = [child] if child.dep_ in ("npadvmod", "tmod") else []
        if child.dep_ == "prep":
            phrase = [pobj for pobj in child.children if pobj.dep_ == "pobj"]
        for head in phrase:
            words = [head, *(c for c in head.children if c.dep_ in ("amod", "det", "compound"))]
            if head.ent_type_ in ("DATE", "TIME") and {w.lower_ for w in words} & cues.future_time_words:
                return True
    return False


def _indefinite_generic(noun: Token, reading: Reading) -> None:
    """'A meeting between X and Y would carry weight' — an indefinite event noun in a clause that does not
    report a past occurrence talks about a kind of event, not one that happened."""
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return
    governor = noun.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    if governor.tag_ not in _PAST_TAGS:
        reading.hypothetical.append(f"indefinite {noun.lower_}")
