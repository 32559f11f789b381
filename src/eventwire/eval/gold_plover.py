"""PLOVER pairs: ``{"id","text","plover","quad": 1-4,"source","target","marked"?,"split"?}``.

One (source, target) pair of a news sentence with its PLOVER event type and quad class: the shape of
the Zero-Shot-PLOVER datasets (ACL 2024, ``datasets/PLV_{train,test}.tsv``). ``marked`` is the text
with ``<s>…</s>`` around every occurrence of the source and ``<t>…</t>`` around the target; those marks
give the spans exactly. Without usable marks the span strings are found with ``str.find``.
"""

from __future__ import annotations

import re

from eventwire.eval.gold_spans import locate
from eventwire.eval.jsonl import Fields
from eventwire.eval.keys import plover_matches
from eventwire.eval.records import CharSpan, PloverRecord
from eventwire.ontology import plover_types

_TAG = re.compile(r"<(/?)([st])>")


def marked_spans(marked: str, text: str) -> dict[str, tuple[CharSpan, ...]] | None:
    """Spans of ``<s>`` and ``<t>`` marks, as offsets into ``text``; None when the marks are unusable.

    White space at a mark's edges is trimmed. Unusable: unbalanced or nested marks of one kind, or a
    marked string that is not ``text`` once the marks are removed.
    """
    spans: dict[str, list[CharSpan]] = {"s": [], "t": []}
    opened: dict[str, int] = {}
    removed = 0
    for match in _TAG.finditer(marked):
        closing, kind = match.group(1) == "/", match.group(2)
        position = match.start() - removed
        removed += len(match.group(0))
        if not closing:
            if kind in opened:
                return None
            opened[kind] = position
        elif kind not in opened:
            return None
        else:
            spans[kind].append(CharSpan(opened.pop(kind), position))
    if opened or _TAG.sub("", marked) != text:
        return None
    return {kind: tuple(_trimmed(text, span) for span in found) for kind, found in spans.items()}


def _trimmed(text: str, span: CharSpan) -> CharSpan:
    """The span without the white space some marks include at their edges."""
    piece = text[span.start : span.end]
    start = span.start + len(piece) - len(piece.lstrip())
    return CharSpan(start, max(start, span.start + len(piece.rstrip())))


def parse_plover_record(fields: Fields) -> PloverRecord:
    """One pair; ``plover`` must be a PLOVER type of the ontology."""
    record_id = fields.record_id()
    text = fields.string("text")
    plover = fields.string("plover").strip().upper()
    if not plover_matches(plover) <= plover_types().keys():
        raise fields.error(f'"plover" must be a PLOVER type ({", ".join(plover_types())})')
    source, target = fields.string("source"), fields.string("target")
    marked = fields.optional_string("marked")
    spans = marked_spans(marked, text) if marked else None
    if spans is not None and (spans["s"] or spans["t"]):
        source_spans, target_spans = spans["s"], spans["t"]
    else:
        source_spans, target_spans = _found(text, source), _found(text, target)
    return PloverRecord(
        id=record_id,
        text=text,
        plover=plover,
        quad=fields.integer("quad", 1, 4),
        source=source,
        target=target,
        source_spans=source_spans,
        target_spans=target_spans,
        split=fields.optional_string("split"),
    )


def _found(text: str, span: str) -> tuple[CharSpan, ...]:
    located = locate(text, span)
    return (located,) if located is not None else ()
