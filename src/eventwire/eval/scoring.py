"""Scoring predicted events against gold records.

Matching is per record and multiset-based: a key listed twice in the gold needs two predictions, and
a prediction can match at most one gold event. Per-root and per-quad-class figures split the
full-key matching by the CAMEO root of the key; the confusion table and the factuality accuracy pair
events within one record so that agreeing labels are paired first (the most favourable pairing).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from eventwire.eval.keys import (
    cameo_root,
    country_of_actor,
    country_of_code,
    gold_country_root_key,
    gold_full_key,
    predicted_country_root_key,
    predicted_full_key,
    quad_class,
)
from eventwire.eval.metrics import FactualityCounts, MatchCounts, RelevanceCounts
from eventwire.eval.records import GoldRecord
from eventwire.eval.report import NONE_ROOT, EvalReport, RecordDetail
from eventwire.model import Event

K = TypeVar("K", bound=Hashable)


def score(gold: Sequence[GoldRecord], predictions: Mapping[str, Sequence[Event]]) -> EvalReport:
    """Score ``predictions`` (record id → events; a missing id means no events) against ``gold``.

    Predictions for ids that are not in ``gold`` are ignored.
    """
    full = MatchCounts()
    country_root = MatchCounts()
    per_root: dict[str, MatchCounts] = defaultdict(MatchCounts)
    per_quad: dict[int, MatchCounts] = defaultdict(MatchCounts)
    relevance = Counter[str]()
    confusion = Counter[tuple[str, str]]()
    factuality_pairs = Counter[tuple[str, str]]()
    details: list[RecordDetail] = []

    for record in gold:
        events = list(predictions.get(record.id, ()))
        gold_keys = Counter(gold_full_key(event) for event in record.events)
        predicted_keys = Counter(predicted_full_key(event) for event in events)
        counts, missed, spurious = _match(gold_keys, predicted_keys)
        full += counts
        for key, tp, fp, fn in _per_key(gold_keys, predicted_keys):
            root = cameo_root(key.code)
            per_root[root] += MatchCounts(tp, fp, fn)
            quad = quad_class(root)
            if quad is not None:
                per_quad[quad] += MatchCounts(tp, fp, fn)
        details.append(
            RecordDetail(
                id=record.id,
                gold=tuple(sorted(gold_keys.elements(), key=str)),
                predicted=tuple(sorted(predicted_keys.elements(), key=str)),
                missed=tuple(sorted(missed.elements(), key=str)),
                spurious=tuple(sorted(spurious.elements(), key=str)),
            )
        )

        country_root += _match(
            Counter(gold_country_root_key(event) for event in record.events),
            Counter(predicted_country_root_key(event) for event in events),
        )[0]
        relevance[_relevance_cell(bool(record.events), bool(events))] += 1
        confusion.update(_root_confusion(record, events))
        factuality_pairs.update(_factuality_pairs(record, events))

    return EvalReport(
        records=len(gold),
        exact=sum(detail.exact for detail in details),
        full=full,
        country_root=country_root,
        per_root=dict(per_root),
        per_quad_class=dict(per_quad),
        relevance=RelevanceCounts(**relevance),
        factuality=FactualityCounts(
            matched=factuality_pairs.total(),
            correct=sum(count for (gold_f, pred_f), count in factuality_pairs.items() if gold_f == pred_f),
            confusion=dict(factuality_pairs),
        ),
        confusion=dict(confusion),
        details=tuple(details),
    )


def _match(gold: Counter[K], predicted: Counter[K]) -> tuple[MatchCounts, Counter[K], Counter[K]]:
    """Multiset matching: counts, plus the missed (gold only) and spurious (predicted only) keys."""
    matched = gold & predicted
    missed = gold - predicted
    spurious = predicted - gold
    return MatchCounts(matched.total(), spurious.total(), missed.total()), missed, spurious


def _per_key(gold: Counter[K], predicted: Counter[K]) -> list[tuple[K, int, int, int]]:
    """(key, tp, fp, fn) for every key on either side."""
    rows = []
    for key in gold.keys() | predicted.keys():
        tp = min(gold[key], predicted[key])
        rows.append((key, tp, predicted[key] - tp, gold[key] - tp))
    return rows


def _relevance_cell(has_gold: bool, has_predicted: bool) -> str:
    if has_gold:
        return "tp" if has_predicted else "fn"
    return "fp" if has_predicted else "tn"


def pair_labels(
    gold: Sequence[str], predicted: Sequence[str]
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pair two label multisets, equal labels first, then the rest in sorted order.

    Returns the pairs and the unpaired gold and predicted labels.
    """
    common = Counter(gold) & Counter(predicted)
    gold_left = sorted((Counter(gold) - common).elements())
    predicted_left = sorted((Counter(predicted) - common).elements())
    pairs = [(label, label) for label in sorted(common.elements())]
    pairs.extend(zip(gold_left, predicted_left, strict=False))
    paired = min(len(gold_left), len(predicted_left))
    return pairs, gold_left[paired:], predicted_left[paired:]


def _root_confusion(record: GoldRecord, events: Sequence[Event]) -> Counter[tuple[str, str]]:
    """Gold root versus predicted root within each (source country, target country) dyad."""
    gold_by_dyad: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    for gold_event in record.events:
        dyad = (country_of_code(gold_event.source), country_of_code(gold_event.target))
        gold_by_dyad[dyad].append(cameo_root(gold_event.code))
    predicted_by_dyad: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    for event in events:
        dyad = (country_of_actor(event.source), country_of_actor(event.target))
        predicted_by_dyad[dyad].append(cameo_root(event.cameo))
    cells = Counter[tuple[str, str]]()
    for dyad in gold_by_dyad.keys() | predicted_by_dyad.keys():
        pairs, missed, spurious = pair_labels(gold_by_dyad.get(dyad, []), predicted_by_dyad.get(dyad, []))
        cells.update(pairs)
        cells.update((root, NONE_ROOT) for root in missed)
        cells.update((NONE_ROOT, root) for root in spurious)
    return cells


def _factuality_pairs(record: GoldRecord, events: Sequence[Event]) -> Counter[tuple[str, str]]:
    """(gold, predicted) factuality of event pairs that share a country/root key."""
    gold_by_key: dict[object, list[str]] = defaultdict(list)
    for gold_event in record.events:
        gold_by_key[gold_country_root_key(gold_event)].append(gold_event.factuality)
    predicted_by_key: dict[object, list[str]] = defaultdict(list)
    for event in events:
        predicted_by_key[predicted_country_root_key(event)].append(str(event.factuality))
    pairs = Counter[tuple[str, str]]()
    for key in gold_by_key.keys() & predicted_by_key.keys():
        pairs.update(pair_labels(gold_by_key[key], predicted_by_key[key])[0])
    return pairs
