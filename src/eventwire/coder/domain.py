"""Is a document (or a sentence) sport, entertainment, technology or business rather than politics?

"Argentina meet Chile in a World Cup qualifier", "Spain delivered a crushing blow to Portugal's title
hopes": in sport copy a state's name is its team, and in every non-political story the everyday
senses of political verbs dominate. The word lists are the knowledge base's ``non_political.json``;
a text is non-political when its context words outnumber, by a wide margin, the words that name
political actors (offices, political sectors, organisations, office holders).

The coder then holds such a text to a stricter standard (see :func:`admissible`): a state named alone
is a team, not a party; an actor placed only by its context (a "spokesman" given the story's country)
or of unknown country does not start an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.coder.actors import ResolvedActor
from eventwire.coder.mentions import Mention
from eventwire.coder.relevance import load_policy
from eventwire.knowledge import KnowledgeBase

NON_POLITICAL_LISTS = ("sport_context", "entertainment_context", "tech_context", "business_context")
_MIN_CONTEXT_WORDS = 2
_CONTEXT_RATIO = 2.0
_MAX_PHRASE = 3


@dataclass(frozen=True, slots=True)
class Domain:
    """What kind of story a text is, and the counts that decided it."""

    non_political: bool
    context_words: int
    political_words: int


POLITICS = Domain(non_political=False, context_words=0, political_words=0)
"""The domain assumed when nothing was counted."""


def context_terms(kb: KnowledgeBase) -> frozenset[str]:
    """The non-political context words of the knowledge base (normal form): build once per coder."""
    lists = kb.non_political
    return frozenset().union(*(lists.terms(name) for name in NON_POLITICAL_LISTS))


def document_domain(doc: Doc, mentions: list[Mention], terms: frozenset[str]) -> Domain:
    """Count non-political context words (one to three-word ``terms``, see :func:`context_terms`)
    against political mentions."""
    words = [token.lower_ for token in doc]
    context = 0
    i = 0
    while i < len(words):
        for length in range(_MAX_PHRASE, 0, -1):
            if " ".join(words[i : i + length]) in terms:
                context += 1
                i += length
                break
        else:
            i += 1
    political = sum(1 for mention in mentions if _political_mention(mention))
    non_political = context >= _MIN_CONTEXT_WORDS and context > _CONTEXT_RATIO * political
    return Domain(non_political, context, political)


def _political_mention(mention: Mention) -> bool:
    policy = load_policy()
    for denotation in mention.denotations:
        if denotation.kind in ("office", "organisation", "person"):
            return True
        if denotation.kind == "sector" and denotation.key in policy.political_sectors:
            return True
    return False


def admissible(actor: ResolvedActor, domain: Domain) -> bool:
    """Whether an actor may take part in an event of a text of this domain. In politics, everyone;
    elsewhere, only actors the phrase itself names as political: not a state named alone (a team), not
    a role placed by context, not someone of unknown country."""
    if not domain.non_political:
        return True
    code = actor.actor.code
    if code.startswith(("IGO", "NGO")):
        return True
    if actor.context_placed or actor.actor.country is None:
        return False
    return actor.actor.sector is not None or actor.actor.person is not None
