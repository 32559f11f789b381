"""Articles by category: ``{"id","text","category","date"?}`` with no ``events`` field.

Whole articles labelled with a topic (politics, business, sport, entertainment, tech, as in the public
BBC news article collection). They hold no gold events: counting the events coded per article in each
category measures how much the coder finds in non-political text, i.e. its precision off-topic.
"""

from __future__ import annotations

from eventwire.eval.jsonl import Fields
from eventwire.eval.records import CategoryRecord, parse_date


def parse_category_record(fields: Fields) -> CategoryRecord:
    """One article; ``category`` must be a non-empty string."""
    record_id = fields.record_id()
    text = fields.string("text")
    category = fields.string("category").strip()
    if not category:
        raise fields.error('"category" must not be empty')
    raw_date = fields.optional_string("date")
    return CategoryRecord(
        id=record_id,
        text=text,
        category=category,
        date=parse_date(raw_date, fields.origin, fields.line) if raw_date else None,
    )
