"""Gold shapes: which kind of gold a JSONL file holds, sniffed from the fields of its first object.

=============  ======================================================  ==============================
shape          fields that decide (first match wins)                   scored as
=============  ======================================================  ==============================
events         ``events``                                              P/R/F1 of (source, target, code)
pentaclass     ``penta``                                               coverage, pentaclass hit
spans          ``tokens``                                              coverage, actor span overlap
plover         ``plover``                                              PLOVER type hit, span overlap
categories     ``category`` and ``text``, no ``events``                events per article by category
=============  ======================================================  ==============================

An object with none of these fields is read as ``events`` so that its error names the missing field.
Every later line must have the first line's shape; one that does not fails with its line number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from eventwire.eval.gold_category import parse_category_record
from eventwire.eval.gold_jsonl import parse_event_record
from eventwire.eval.gold_penta import parse_penta_record
from eventwire.eval.gold_plover import parse_plover_record
from eventwire.eval.gold_spans import parse_span_record
from eventwire.eval.jsonl import json_objects, read_records
from eventwire.eval.records import CategoryRecord, GoldRecord, PentaRecord, PloverRecord, SpanRecord


class Shape(StrEnum):
    EVENTS = "events"
    PENTACLASS = "pentaclass"
    SPANS = "spans"
    PLOVER = "plover"
    CATEGORIES = "categories"


def sniff_shape(obj: Mapping[str, Any]) -> Shape:
    """The shape of one JSONL gold object, from which fields it has."""
    if "events" in obj:
        return Shape.EVENTS
    if "penta" in obj:
        return Shape.PENTACLASS
    if "tokens" in obj:
        return Shape.SPANS
    if "plover" in obj:
        return Shape.PLOVER
    if "category" in obj and "text" in obj:
        return Shape.CATEGORIES
    return Shape.EVENTS


@dataclass(frozen=True, slots=True)
class EventGold:
    """Gold events per text (JSONL ``events`` or PETRARCH XML)."""

    records: tuple[GoldRecord, ...]
    shape: Shape = Shape.EVENTS


@dataclass(frozen=True, slots=True)
class PentaGold:
    records: tuple[PentaRecord, ...]
    shape: Shape = Shape.PENTACLASS


@dataclass(frozen=True, slots=True)
class SpanGold:
    records: tuple[SpanRecord, ...]
    shape: Shape = Shape.SPANS


@dataclass(frozen=True, slots=True)
class PloverGold:
    records: tuple[PloverRecord, ...]
    shape: Shape = Shape.PLOVER


@dataclass(frozen=True, slots=True)
class CategoryGold:
    records: tuple[CategoryRecord, ...]
    shape: Shape = Shape.CATEGORIES


GoldSet = EventGold | PentaGold | SpanGold | PloverGold | CategoryGold
"""Gold of any shape: the records, all of one type."""


def take(gold: GoldSet, indices: Sequence[int]) -> GoldSet:
    """The records at ``indices``, in the same shape."""
    match gold:
        case EventGold():
            return EventGold(tuple(gold.records[index] for index in indices))
        case PentaGold():
            return PentaGold(tuple(gold.records[index] for index in indices))
        case SpanGold():
            return SpanGold(tuple(gold.records[index] for index in indices))
        case PloverGold():
            return PloverGold(tuple(gold.records[index] for index in indices))
        case CategoryGold():
            return CategoryGold(tuple(gold.records[index] for index in indices))


def head(gold: GoldSet, limit: int) -> GoldSet:
    """The first ``limit`` records of ``gold``, in the same shape."""
    return take(gold, range(min(limit, len(gold.records))))


def spread(gold: GoldSet, count: int) -> GoldSet:
    """``count`` records spread evenly over ``gold`` (files sorted by label or category stay mixed)."""
    total = len(gold.records)
    return take(gold, range(total) if count >= total else [index * total // count for index in range(count)])


def parse_jsonl_gold(text: str, *, origin: str) -> GoldSet:
    """Read JSONL gold of any shape (sniffed from the first object); empty text gives empty event gold."""
    first = next(json_objects(text, origin), None)
    shape = sniff_shape(first[1]) if first is not None else Shape.EVENTS
    if shape is Shape.PENTACLASS:
        return PentaGold(tuple(read_records(text, origin, parse_penta_record)))
    if shape is Shape.SPANS:
        return SpanGold(tuple(read_records(text, origin, parse_span_record)))
    if shape is Shape.PLOVER:
        return PloverGold(tuple(read_records(text, origin, parse_plover_record)))
    if shape is Shape.CATEGORIES:
        return CategoryGold(tuple(read_records(text, origin, parse_category_record)))
    return EventGold(tuple(read_records(text, origin, parse_event_record)))
