"""Reading the real-news gold shapes: pentaclass sentences, actor spans, PLOVER pairs, articles by category.

The fixtures in ``fixtures/`` are sentences written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.eval import GoldFormatError, parse_gold
from eventwire.eval.gold import parse_any_gold, read_any_gold
from eventwire.eval.gold_plover import marked_spans
from eventwire.eval.records import CharSpan
from eventwire.eval.shapes import (
    CategoryGold,
    EventGold,
    PentaGold,
    PloverGold,
    Shape,
    SpanGold,
    head,
    sniff_shape,
    spread,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _jsonl(*objects: dict[str, Any]) -> str:
    return "\n".join(json.dumps(obj) for obj in objects) + "\n"


def test_pentaclass_sentences() -> None:
    gold = read_any_gold(FIXTURES / "pentaclass.jsonl")
    assert isinstance(gold, PentaGold) and gold.shape is Shape.PENTACLASS
    assert [record.penta for record in gold.records] == [4, 3, 2, 1, 3, 0]
    assert {record.split for record in gold.records} == {"train", "test"}
    assert all(record.date is None for record in gold.records)


def test_span_sentences_join_tokens_and_locate_spans() -> None:
    gold = read_any_gold(FIXTURES / "spans.jsonl")
    assert isinstance(gold, SpanGold)
    police = next(record for record in gold.records if record.id == "s-police")
    assert police.text.startswith("Police arrested dozens of protesters")
    assert [police.text[span.start : span.end] for span in police.source_spans] == ["Police"]
    assert [police.text[span.start : span.end] for span in police.target_spans] == ["dozens of protesters"]
    assert police.other == ("the parliament",)
    iran = next(record for record in gold.records if record.id == "s-iran")
    assert iran.targets == () and iran.target_spans == () and iran.unlocated == 0


def test_span_string_not_in_the_text_is_unlocated() -> None:
    line = {"id": "x", "tokens": ["Rome", "protested", "."], "sources": ["Paris"], "targets": []}
    gold = parse_any_gold(_jsonl(line))
    assert isinstance(gold, SpanGold)
    assert gold.records[0].source_spans == () and gold.records[0].unlocated == 1


def test_plover_pairs_take_spans_from_the_marks() -> None:
    gold = read_any_gold(FIXTURES / "plover.jsonl")
    assert isinstance(gold, PloverGold)
    pair = next(record for record in gold.records if record.id == "v-sanction")
    assert pair.plover == "COERCE" and pair.quad == 4
    assert [pair.text[span.start : span.end] for span in pair.target_spans] == ["Venezuela", "Venezuela"]
    assert len(pair.source_spans) == 1
    implicit = next(record for record in gold.records if record.id == "v-festival")
    assert implicit.source_spans == ()  # "An actor" is not in the text: an implicit source


def test_plover_pair_without_marks_uses_find() -> None:
    line = {
        "id": "q",
        "text": "Chile thanked Peru.",
        "plover": "yield",
        "quad": 1,
        "source": "Chile",
        "target": "Peru",
    }
    gold = parse_any_gold(_jsonl(line))
    assert isinstance(gold, PloverGold)
    record = gold.records[0]
    assert record.plover == "YIELD"  # an older PLOVER type name is accepted
    assert record.source_spans == (CharSpan(0, 5),) and record.target_spans == (CharSpan(14, 18),)


def test_marks_are_trimmed_and_bad_marks_are_refused() -> None:
    text = "Oslo and Bern signed a deal."
    assert marked_spans("<s>Oslo </s>and <t>Bern</t> signed a deal.", text) == {
        "s": (CharSpan(0, 4),),
        "t": (CharSpan(9, 13),),
    }
    assert marked_spans("<s>Oslo and Bern signed a deal.", text) is None  # never closed
    assert marked_spans("</s>Oslo and Bern signed a deal.", text) is None  # closed before opened
    assert marked_spans("<s><s>Oslo</s> and Bern signed a deal.", text) is None  # nested
    assert marked_spans("<s>Oslo</s> and Rome signed a deal.", text) is None  # another text


def test_articles_by_category() -> None:
    gold = read_any_gold(FIXTURES / "categories.jsonl")
    assert isinstance(gold, CategoryGold)
    assert [record.category for record in gold.records][:3] == ["politics", "politics", "sport"]


def test_event_gold_still_reads_and_wins_over_other_fields() -> None:
    line = {"id": "e", "text": "Peru met Chile.", "category": "news", "penta": 1, "events": []}
    assert isinstance(parse_any_gold(_jsonl(line)), EventGold)
    assert parse_gold(_jsonl(line))[0].category == "news"


def test_parse_gold_refuses_other_shapes() -> None:
    with pytest.raises(GoldFormatError, match="pentaclass records, not events"):
        parse_gold((FIXTURES / "pentaclass.jsonl").read_text("utf-8"), origin="p.jsonl")


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        ([{"id": "a", "text": "x", "penta": 2}, {"id": "b", "text": "y", "penta": 7}], 2, '"penta" must be'),
        ([{"id": "a", "text": "x", "penta": 2}, {"id": "b", "text": "y", "penta": True}], 2, '"penta"'),
        ([{"id": "a", "text": "x", "penta": 2}, {"id": "a", "text": "y", "penta": 1}], 2, "duplicate id"),
        ([{"id": "a", "text": "x", "penta": 2}, {"id": "b", "text": "y"}], 2, '"penta" must be'),
        ([{"id": "a", "tokens": ["x"], "sources": "x", "targets": []}], 1, '"sources" must be a list'),
        ([{"id": "a", "tokens": [], "sources": [], "targets": []}], 1, '"tokens" must not be empty'),
        ([{"id": "a", "tokens": ["x", 3], "sources": [], "targets": []}], 1, '"tokens" must be a list'),
        (
            [{"id": "a", "text": "x", "plover": "PARTY", "quad": 1, "source": "", "target": ""}],
            1,
            "PLOVER type",
        ),
        ([{"id": "a", "text": "x", "plover": "AID", "quad": 5, "source": "", "target": ""}], 1, '"quad"'),
        ([{"id": "a", "text": "x", "plover": "AID", "quad": 2, "target": ""}], 1, '"source" must be'),
        (
            [{"id": "a", "text": "x", "category": "tech"}, {"id": "b", "text": "y", "category": ""}],
            2,
            "empty",
        ),
        ([{"id": "a", "text": "x", "category": "tech", "date": "yesterday"}], 1, "bad date"),
    ],
)
def test_malformed_lines_name_file_and_line(lines: list[dict[str, Any]], line: int, message: str) -> None:
    with pytest.raises(GoldFormatError) as caught:
        parse_any_gold(_jsonl(*lines), origin="gold.jsonl")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"gold.jsonl:{line}: ")
    assert message in str(caught.value)


def test_a_broken_json_line_in_a_span_file(tmp_path: Path) -> None:
    path = tmp_path / "spans.jsonl"
    path.write_text(_jsonl({"id": "a", "tokens": ["x"], "sources": [], "targets": []}) + '{"id": "b",\n')
    with pytest.raises(GoldFormatError, match=rf"{path}:2: invalid JSON"):
        read_any_gold(path)


def test_head_and_spread_keep_the_shape() -> None:
    gold = read_any_gold(FIXTURES / "pentaclass.jsonl")
    assert [record.id for record in head(gold, 2).records] == ["p-shell", "p-sanction"]
    spread_ids = [record.id for record in spread(gold, 3).records]
    assert spread_ids == ["p-shell", "p-aid", "p-accuse"]
    assert isinstance(spread(gold, 3), PentaGold) and spread(gold, 99) == gold


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 9) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = st.sampled_from(
    ["id", "text", "penta", "split", "tokens", "sources", "targets", "other", "plover", "quad", "source",
     "target", "marked", "category", "events", "date"]
)  # fmt: skip
_OBJECTS = st.dictionaries(_FIELDS | st.text(max_size=5), _JSON_VALUES, max_size=8)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_OBJECTS, min_size=1, max_size=4))
def test_any_json_is_gold_or_a_clear_error(objects: list[dict[str, Any]]) -> None:
    text = _jsonl(*objects)
    try:
        gold = parse_any_gold(text, origin="prop.jsonl")
    except GoldFormatError as error:
        assert str(error).startswith("prop.jsonl")
        assert error.line is None or 1 <= error.line <= len(objects)
        return
    assert gold.shape is sniff_shape(objects[0])
    assert len(gold.records) == len(objects)
    for record in gold.records:
        assert isinstance(record.id, str) and record.id and isinstance(record.text, str)
        for span in (*getattr(record, "source_spans", ()), *getattr(record, "target_spans", ())):
            assert 0 <= span.start <= span.end <= len(record.text)
