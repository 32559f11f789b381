"""eventwire as a spaCy pipeline component: ``nlp.add_pipe("eventwire")`` fills ``doc._.events``.

Adding the component also adds eventwire's line-break sentence splitter before the parser when the
pipeline lacks it. Set ``doc._.article_date`` (a ``datetime.date``) before the component runs, or pass
``date`` in the component config, so relative times and dated roles are read against the article's date.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.model import Article
from eventwire.nlp import LINE_BREAKS

for _name in ("events", "eventwire_flags", "article_date"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventwireComponent:
    """Codes each parsed document; needs the parser and NER to run before it."""

    def __init__(
        self, nlp: Language, name: str, date: str | None, min_confidence: float, statements: bool = True
    ) -> None:
        from eventwire.coder import Coder  # deferred: the coder imports this package's knowledge base

        self.name = name
        self.default_date = dt.date.fromisoformat(date) if date else None
        self.coder = Coder(nlp=nlp, min_confidence=min_confidence, statements=statements)

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.article_date or self.default_date
        result = self.coder.code_doc(doc, Article(id="doc", text=doc.text, published=day))
        doc._.events = result.events
        doc._.eventwire_flags = result.flags
        return doc


@Language.factory(
    "eventwire",
    default_config={"date": None, "min_confidence": 0.0, "statements": True},
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.events", "doc._.eventwire_flags"],
)
def make_component(
    nlp: Language, name: str, date: str | None, min_confidence: float, statements: bool
) -> EventwireComponent:
    """Adds eventwire's line-break sentence splitter before the parser if the pipeline lacks it, so the
    component codes exactly what ``Coder.code`` codes (headlines and list items end at a line break)."""
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return EventwireComponent(nlp, name, date, min_confidence, statements)
