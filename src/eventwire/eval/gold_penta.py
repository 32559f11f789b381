"""Pentaclass sentences: ``{"id","text","penta": 0-4, "split"?}``, one news sentence per line.

``penta`` is the CAMEO pentaclass of the sentence's event (see :mod:`eventwire.ontology.pentaclass`):
the shape of the Multi-CoPED CAMEO sentence corpus (ConfliBERT repository, ``data/cameo_class/``).
"""

from __future__ import annotations

from eventwire.eval.jsonl import Fields
from eventwire.eval.records import PentaRecord


def parse_penta_record(fields: Fields) -> PentaRecord:
    """One pentaclass sentence; ``split`` (train/test/...) is optional."""
    return PentaRecord(
        id=fields.record_id(),
        text=fields.string("text"),
        penta=fields.integer("penta", 0, 4),
        split=fields.optional_string("split"),
    )
