"""Scoring the real-news shapes: exact arithmetic on hand-made events, then the real coder on the fixtures."""

from __future__ import annotations

from pathlib import Path

from eventwire.coder import Coder
from eventwire.eval.dispatch import evaluate_gold, gold_report_json
from eventwire.eval.gold import read_any_gold
from eventwire.eval.metrics import Share
from eventwire.eval.records import CategoryRecord, CharSpan, PentaRecord, PloverRecord, SpanRecord
from eventwire.eval.scoring_categories import CategoryReport, score_categories
from eventwire.eval.scoring_penta import PentaReport, score_pentaclass
from eventwire.eval.scoring_plover import PloverReport, score_plover
from eventwire.eval.scoring_spans import SpanReport, score_spans
from eventwire.model import Actor, Event, Evidence, Factuality

FIXTURES = Path(__file__).parent / "fixtures"


def _actor(code: str, start: int, end: int) -> Actor:
    return Actor(code, code, mention=Evidence(start, end, "x" * (end - start)))


def _event(
    cameo: str, source: Actor, target: Actor | None = None, plover: str | None = None, quad: int = 1
) -> Event:
    return Event(
        doc_id="d",
        sentence=0,
        source=source,
        target=target,
        cameo=cameo,
        cameo_name="",
        goldstein=0.0,
        quad_class=quad,
        plover=plover,
        plover_mode=None,
        factuality=Factuality.ASSERTED,
        attributed_to=None,
        time=None,
        location=None,
        evidence=Evidence(0, 1, "x"),
        rule="test",
        confidence=1.0,
    )


SOMEONE = _actor("AAA", 0, 3)


def test_pentaclass_arithmetic() -> None:
    records = [
        PentaRecord("a", "t", 3, "train"),
        PentaRecord("b", "t", 3, "test"),
        PentaRecord("c", "t", 0, "test"),
        PentaRecord("d", "t", 4, "test"),
    ]
    predictions = {
        "a": [_event("040", SOMEONE), _event("163", SOMEONE)],  # root 16 is verbal conflict: a hit
        "b": [_event("190", SOMEONE)],
        "d": [_event("999", SOMEONE)],  # not a CAMEO root: covered, no class
    }
    report = score_pentaclass(records, predictions)
    assert report.coverage == Share(3, 4) and report.class_hit == Share(1, 4)
    assert report.by_split["test"].coverage == Share(2, 3) and report.by_split["train"].class_hit == Share(
        1, 1
    )
    assert report.overall.confusion() == {(3, "3"): 1, (3, "4"): 1, (0, "none"): 1, (4, "none"): 1}
    assert report.overall.per_class()[3].class_hit == Share(1, 2)
    data = report.to_dict(include_details=True)
    assert data["class_hit"] == {"hits": 1, "total": 4, "rate": 0.25}
    assert data["confusion"]["3"] == {"3": 1, "4": 1} and len(data["details"]) == 4


def test_span_arithmetic() -> None:
    records = [
        SpanRecord("a", "Oslo met Bern", ("Oslo",), ("Bern",), (), (CharSpan(0, 4),), (CharSpan(9, 13),)),
        SpanRecord("b", "Oslo met Bern", ("Oslo",), (), (), (CharSpan(0, 4),), ()),
        SpanRecord("c", "Oslo met Bern", ("Rome",), (), (), (), ()),
    ]
    predictions = {
        "a": [
            _event("040", _actor("NOR", 2, 6), _actor("CHE", 4, 9))
        ],  # source overlaps; target touches only
        "b": [_event("040", Actor("NOR", "Norway"))],  # no mention: no overlap
    }
    report = score_spans(records, predictions)
    assert report.coverage == Share(2, 3)
    assert report.source_overlap == Share(1, 2) and report.target_overlap == Share(0, 1)
    assert report.unlocated == 1


def test_plover_arithmetic() -> None:
    records = [
        PloverRecord("a", "t", "YIELD", 2, "s", "t", (CharSpan(0, 4),), (CharSpan(9, 13),)),
        PloverRecord("b", "t", "AID", 2, "s", "t", (CharSpan(0, 4),), ()),
        PloverRecord("c", "t", "ASSAULT", 4, "s", "t", (), ()),
    ]
    predictions = {
        "a": [
            _event("0874", _actor("X", 0, 4), None, plover="RETREAT", quad=2),
            _event("040", _actor("Y", 20, 24), _actor("Z", 9, 12), plover="CONSULT", quad=1),
        ],
        "b": [_event("070", _actor("X", 5, 8), plover="AID", quad=2)],
    }
    report = score_plover(records, predictions)
    assert report.type_hit == Share(2, 3) and report.quad_hit == Share(2, 3)
    assert report.source_overlap == Share(1, 2) and report.target_overlap == Share(1, 1)
    assert report.dyad == Share(0, 1)  # source and target hit, but by two different events
    assert report.per_type()["YIELD"] == Share(1, 1)


def test_category_arithmetic() -> None:
    records = [
        CategoryRecord("p1", "t", "politics"),
        CategoryRecord("p2", "t", "politics"),
        CategoryRecord("s1", "t", "sport"),
        CategoryRecord("t1", "t", "tech"),
        CategoryRecord("b1", "t", "business"),
    ]
    predictions = {
        "p1": [_event("040", SOMEONE)] * 5,
        "p2": [_event("040", SOMEONE)] * 3,
        "s1": [_event("040", SOMEONE)],
    }
    report = score_categories(records, predictions)
    assert report.rate("politics") == 4.0 and report.rate("sport", "tech") == 0.5
    assert report.relative("sport", "entertainment", "tech") == 0.125
    assert report.relative("business") == 0.0
    assert report.relative("opera") is None
    assert report.to_dict()["per_category"]["politics"] == {
        "articles": 2,
        "events": 8,
        "per_article": 4.0,
        "relative_to_politics": 1.0,
    }


# ------------------------------------------------------------------------------------ the real coder


def test_pentaclass_fixture_with_the_coder(coder: Coder) -> None:
    gold = read_any_gold(FIXTURES / "pentaclass.jsonl")
    report = evaluate_gold(coder, gold)
    assert isinstance(report, PentaReport)
    outcomes = {outcome.id: outcome for outcome in report.overall.outcomes}
    assert outcomes["p-shell"].hit
    assert outcomes["p-sanction"].hit  # sanctions are CAMEO 16x: verbal conflict in the pentaclasses
    assert not outcomes["p-festival"].covered
    assert report.coverage.total == 6 and set(report.by_split) == {"train", "test"}
    assert gold_report_json(gold, report)["shape"] == "pentaclass"


def test_span_fixture_with_the_coder(coder: Coder) -> None:
    report = evaluate_gold(coder, read_any_gold(FIXTURES / "spans.jsonl"))
    assert isinstance(report, SpanReport)
    outcomes = {outcome.id: outcome for outcome in report.outcomes}
    assert outcomes["s-shell"].source is True and outcomes["s-shell"].target is True
    assert outcomes["s-iran"].target is None  # no gold target: not counted
    assert outcomes["s-festival"].events == 0 and outcomes["s-festival"].source is False
    assert report.source_overlap.total == 4 and report.target_overlap.total == 3


def test_plover_fixture_with_the_coder(coder: Coder) -> None:
    report = evaluate_gold(coder, read_any_gold(FIXTURES / "plover.jsonl"))
    assert isinstance(report, PloverReport)
    outcomes = {outcome.id: outcome for outcome in report.outcomes}
    assert outcomes["v-threat"].type_hit and outcomes["v-threat"].source and outcomes["v-threat"].dyad
    assert outcomes["v-sanction"].type_hit and outcomes["v-sanction"].quad_hit
    assert outcomes["v-festival"].source is None and not outcomes["v-festival"].type_hit
    assert report.source_overlap.total == 4


def test_category_fixture_with_the_coder(coder: Coder) -> None:
    report = evaluate_gold(coder, read_any_gold(FIXTURES / "categories.jsonl"))
    assert isinstance(report, CategoryReport)
    assert report.rate("politics") >= 2.0
    assert report.counts(["sport", "tech"]) == (2, 0)
