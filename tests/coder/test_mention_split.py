"""The knowledge-base form splitter (``coder.mentions._split``) agrees with spaCy's tokenizer, whose
splitting of running text it must match for a form to be found; plain words take a shortcut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.coder.mentions import _split, _tokenizer, normalise_token
from eventwire.knowledge import KnowledgeBase

_letters = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])
_words = st.lists(st.text(_letters, min_size=1, max_size=12), min_size=1, max_size=4).map(" ".join)
_forms = st.one_of(
    _words,
    st.sampled_from(["cannot", "Cannot", "gonna", "dont", "U.S.", "u.s.", "Sen.", "Jae-myung", "Russia's"]),
    st.text(max_size=30),
)


def _spacy_split(text: str) -> list[str]:
    return [normalise_token(token.text) for token in _tokenizer()(text)]


@settings(max_examples=300, deadline=None)
@given(_forms)
def test_the_split_is_spacys(text: str) -> None:
    assert _split(text) == _spacy_split(text)


def test_every_knowledge_base_form_splits_as_spacy_splits_it() -> None:
    forms = list(KnowledgeBase.default().surface_forms())
    assert len(forms) > 1000
    for form in forms:
        for casing in (form, form.upper(), form.title()):
            assert _split(casing) == _spacy_split(casing), casing
