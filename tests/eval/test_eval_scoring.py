"""Scoring on hand-made predictions whose right answers are worked out by hand."""

from __future__ import annotations

import json

import pytest

from eventwire.eval import GoldEvent, GoldRecord, MatchCounts, score
from eventwire.eval.keys import FullKey, country_of_actor, country_of_code, quad_class
from eventwire.eval.scoring import pair_labels
from eventwire.model import Actor, Event, Evidence, Factuality


def actor(code: str, country: str | None = None) -> Actor:
    return Actor(code=code, name=code, country=country)


def event(
    source: str | Actor,
    target: str | Actor | None,
    cameo: str,
    factuality: str = "asserted",
    doc_id: str = "doc",
) -> Event:
    """A predicted event with only the fields scoring reads filled meaningfully."""
    return Event(
        doc_id=doc_id,
        sentence=0,
        source=actor(source) if isinstance(source, str) else source,
        target=actor(target) if isinstance(target, str) else target,
        cameo=cameo,
        cameo_name="",
        goldstein=0.0,
        quad_class=quad_class(cameo[:2]) or 0,
        plover=None,
        plover_mode=None,
        factuality=Factuality(factuality),
        attributed_to=None,
        time=None,
        location=None,
        evidence=Evidence(0, 0, ""),
        rule="test",
        confidence=1.0,
    )


def record(record_id: str, *events: tuple[str | None, str | None, str] | GoldEvent) -> GoldRecord:
    gold_events = tuple(item if isinstance(item, GoldEvent) else GoldEvent(*item) for item in events)
    return GoldRecord(id=record_id, text=f"text of {record_id}", date=None, events=gold_events)


GOLD = [
    record("a", ("RUSGOV", "USAGOV", "040"), ("USAGOV", "RUSGOV", "040")),
    record("b", ("UKRMIL", "RUSMIL", "190")),
    record("c"),
    record("d", ("IGOUNO", "SYRGOV", "1011")),
]


def test_perfect_predictions() -> None:
    predictions = {
        "a": [event("RUSGOV", "USAGOV", "040"), event("USAGOV", "RUSGOV", "040")],
        "b": [event("UKRMIL", "RUSMIL", "190")],
        "d": [event("IGOUNO", "SYRGOV", "1011")],
    }
    report = score(GOLD, predictions)
    assert report.records == 4 and report.exact == 4
    assert report.full == MatchCounts(tp=4, fp=0, fn=0)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.country_root == MatchCounts(4, 0, 0)
    assert report.per_root == {
        "04": MatchCounts(2, 0, 0),
        "19": MatchCounts(1, 0, 0),
        "10": MatchCounts(1, 0, 0),
    }
    assert report.per_quad_class == {
        1: MatchCounts(2, 0, 0),
        4: MatchCounts(1, 0, 0),
        3: MatchCounts(1, 0, 0),
    }
    assert (report.relevance.tp, report.relevance.fp, report.relevance.fn, report.relevance.tn) == (
        3,
        0,
        0,
        1,
    )
    assert report.relevance.accuracy == 1.0
    assert report.confusion == {("04", "04"): 2, ("19", "19"): 1, ("10", "10"): 1}
    assert report.factuality.matched == 4 and report.factuality.accuracy == 1.0


def test_empty_predictions() -> None:
    report = score(GOLD, {})
    assert report.exact == 1  # record "c" has no gold events and none were predicted
    assert report.full == MatchCounts(tp=0, fp=0, fn=4)
    assert (report.precision, report.recall, report.f1) == (0.0, 0.0, 0.0)
    assert (report.relevance.tp, report.relevance.fn, report.relevance.tn) == (0, 3, 1)
    assert report.relevance.accuracy == 0.25
    assert report.confusion == {("04", "none"): 2, ("19", "none"): 1, ("10", "none"): 1}
    assert report.factuality.matched == 0 and report.factuality.accuracy == 0.0
    missed = {detail.id: detail.missed for detail in report.details}
    assert missed["b"] == (FullKey("UKRMIL", "RUSMIL", "190"),)


def test_partial_and_spurious_predictions() -> None:
    predictions = {
        # one of two right, the other with the wrong sub-code but the right root and dyad
        "a": [event("RUSGOV", "USAGOV", "040"), event("USAGOV", "RUSGOV", "042")],
        # right dyad, wrong root; role codes differ from gold but countries agree
        "b": [event("UKRGOV", "RUSMIL", "173")],
        # spurious event in a record without gold events
        "c": [event("FRAGOV", "DEUGOV", "036")],
        # the coder set country fields itself: IGO stays whole, SYR from the field
        "d": [event(actor("IGOUNO"), actor("SYRREB", "SYR"), "101")],
    }
    report = score(GOLD, predictions)
    assert report.full == MatchCounts(tp=1, fp=4, fn=3)
    assert report.precision == pytest.approx(1 / 5)
    assert report.recall == pytest.approx(1 / 4)
    assert report.f1 == pytest.approx(2 * 0.2 * 0.25 / 0.45)
    # country/root: a (2 tp), b (1 fp + 1 fn), c (1 fp), d (IGOUNO, SYR, 10) matches
    assert report.country_root == MatchCounts(tp=3, fp=2, fn=1)
    assert report.exact == 0
    assert report.per_root["04"] == MatchCounts(tp=1, fp=1, fn=1)
    assert report.per_root["17"] == MatchCounts(tp=0, fp=1, fn=0)
    assert report.per_root["03"] == MatchCounts(tp=0, fp=1, fn=0)
    assert report.per_quad_class[4] == MatchCounts(tp=0, fp=1, fn=1)
    assert (report.relevance.tp, report.relevance.fp, report.relevance.fn, report.relevance.tn) == (
        3,
        1,
        0,
        0,
    )
    assert report.confusion == {("04", "04"): 2, ("19", "17"): 1, ("none", "03"): 1, ("10", "10"): 1}
    details = {detail.id: detail for detail in report.details}
    assert details["a"].missed == (FullKey("USAGOV", "RUSGOV", "040"),)
    assert details["a"].spurious == (FullKey("USAGOV", "RUSGOV", "042"),)
    assert details["c"].spurious == (FullKey("FRAGOV", "DEUGOV", "036"),)


def test_multiset_duplicates_need_one_prediction_each() -> None:
    gold = [record("r", ("ARN", "GON", "064"), ("ARN", "GON", "064"), ("GON", "ARN", "064"))]
    once = score(gold, {"r": [event("ARN", "GON", "064")]})
    assert once.full == MatchCounts(tp=1, fp=0, fn=2)
    assert once.exact == 0
    thrice = score(gold, {"r": [event("ARN", "GON", "064")] * 3})
    assert thrice.full == MatchCounts(tp=2, fp=1, fn=1)
    assert thrice.details[0].missed == (FullKey("GON", "ARN", "064"),)
    assert thrice.details[0].spurious == (FullKey("ARN", "GON", "064"),)
    exact = score(
        gold, {"r": [event("GON", "ARN", "064"), event("ARN", "GON", "064"), event("ARN", "GON", "064")]}
    )
    assert exact.exact == 1 and exact.full == MatchCounts(3, 0, 0)


def test_factuality_is_scored_on_country_root_matches() -> None:
    gold = [
        record(
            "f",
            GoldEvent("RUSGOV", "USAGOV", "040", "possible"),
            GoldEvent("RUSGOV", "USAGOV", "040", "asserted"),
            GoldEvent("CHNGOV", "USAGOV", "112", "negated"),
        )
    ]
    predictions = {
        "f": [
            event("RUSGOV", "USAGOV", "043", "asserted"),  # same country/root as both 040s
            event("RUSMIL", "USAGOV", "046", "planned"),
            event("CHNGOV", "USAGOV", "190", "negated"),  # different root: not a factuality pair
        ]
    }
    report = score(gold, predictions)
    # pairs: asserted/asserted (agreeing labels paired first), possible/planned
    assert report.factuality.matched == 2
    assert report.factuality.correct == 1
    assert report.factuality.confusion == {("asserted", "asserted"): 1, ("possible", "planned"): 1}
    assert report.factuality.accuracy == 0.5
    assert report.confusion == {("04", "04"): 2, ("11", "19"): 1}


def test_predictions_for_unknown_ids_are_ignored() -> None:
    report = score(
        [record("only", ("ARN", "GON", "064"))], {"only": [], "other": [event("ARN", "GON", "064")]}
    )
    assert report.full == MatchCounts(tp=0, fp=0, fn=1)


def test_codes_outside_cameo_roots_have_no_quad_class() -> None:
    report = score([record("x", ("ARN", "GON", "903"))], {"x": [event("ARN", "GON", "903")]})
    assert report.per_root == {"90": MatchCounts(1, 0, 0)}
    assert report.per_quad_class == {}


@pytest.mark.parametrize(
    ("code", "country"),
    [("RUSGOV", "RUS"), ("USA", "USA"), ("IGOUNO", "IGOUNO"), ("NGOHRW", "NGOHRW"), ("MNCUSA", "MNCUSA"),
     ("IMGMUSTAL", "IMGMUSTAL"), ("---GOV", "---"), (None, None)],
)  # fmt: skip
def test_country_of_code(code: str | None, country: str | None) -> None:
    assert country_of_code(code) == country


def test_country_of_actor_prefers_the_country_field() -> None:
    assert country_of_actor(actor("GOV", "RUS")) == "RUS"
    assert country_of_actor(actor("UKRMIL")) == "UKR"
    assert country_of_actor(actor("IGOWSTNAT")) == "IGOWSTNAT"
    assert country_of_actor(None) is None


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                            ("14", 4), ("20", 4), ("21", None), ("00", None)])  # fmt: skip
def test_quad_class_of_root(root: str, quad: int | None) -> None:
    assert quad_class(root) == quad


def test_pair_labels_pairs_agreement_first() -> None:
    pairs, gold_left, predicted_left = pair_labels(["04", "19", "19"], ["19", "17"])
    assert pairs == [("19", "19"), ("04", "17")]
    assert gold_left == ["19"] and predicted_left == []


def test_report_json_shape() -> None:
    report = score(GOLD, {"a": [event("RUSGOV", "USAGOV", "040")]})
    data = report.to_dict(include_details=True)
    json.dumps(data)  # serialisable
    assert {"records", "exact", "precision", "recall", "f1"} <= data.keys()
    assert {
        "country_root",
        "per_root",
        "per_quad_class",
        "relevance",
        "factuality",
        "confusion",
    } <= data.keys()
    assert data["records"] == 4 and data["exact"] == 1
    assert data["precision"] == 1.0 and data["recall"] == 0.25
    assert data["per_quad_class"]["1"]["tp"] == 1
    assert data["confusion"]["04"] == {"04": 1, "none": 1}
    assert data["relevance"]["tn"] == 1
    assert data["details"][0]["missed"] == [{"source": "USAGOV", "target": "RUSGOV", "code": "040"}]
    assert "details" not in report.to_dict()
