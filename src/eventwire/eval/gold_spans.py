"""Actor-span sentences: ``{"id","tokens":[...],"sources":[...],"targets":[...],"other":[...]}``.

The sentence is the tokens joined by single spaces; ``sources`` and ``targets`` are the span strings
human coders marked as the event's source and target actors (the shape of the ConfliBERT repository's
``data/cameo_ner/``). ``other`` is kept but not scored. Each span is located at its first occurrence.
"""

from __future__ import annotations

from eventwire.eval.jsonl import Fields
from eventwire.eval.records import CharSpan, SpanRecord


def locate(text: str, span: str) -> CharSpan | None:
    """The first occurrence of a non-empty ``span`` in ``text``, or None."""
    if not span.strip():
        return None
    start = text.find(span)
    return CharSpan(start, start + len(span)) if start >= 0 else None


def locate_all(text: str, spans: tuple[str, ...]) -> tuple[CharSpan, ...]:
    """The located spans, in order, leaving out the ones that are not in ``text``."""
    return tuple(found for found in (locate(text, span) for span in spans) if found is not None)


def parse_span_record(fields: Fields) -> SpanRecord:
    """One tokenised sentence with its source and target spans (``other`` may be missing)."""
    record_id = fields.record_id()
    tokens = fields.strings("tokens")
    if not tokens:
        raise fields.error('"tokens" must not be empty')
    text = " ".join(tokens)
    sources = fields.strings("sources")
    targets = fields.strings("targets")
    return SpanRecord(
        id=record_id,
        text=text,
        sources=sources,
        targets=targets,
        other=fields.strings("other", required=False),
        source_spans=locate_all(text, sources),
        target_spans=locate_all(text, targets),
        split=fields.optional_string("split"),
    )
