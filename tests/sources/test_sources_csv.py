"""CSV: rows follow the JSONL record rules, with row start lines in locations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.model import Article, InputError
from eventwire.sources import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"


def test_fixture_rows() -> None:
    path = FIXTURES / "articles.csv"
    items = list(read_inputs([path]))
    summary = [(item.id, "ok") if isinstance(item, Article) else (item.doc_id, item.kind) for item in items]
    assert summary == [("c1", "ok"), ("c2", "ok"), ("c3", "date"), ("c4", "missing_text"), ("c5", "ok")]
    c1, c2, c3, c4, c5 = items
    assert isinstance(c1, Article) and c1.published == dt.date(2024, 2, 1) and c1.title == "Aid arrives"
    assert isinstance(c2, Article) and c2.published is None and c2.title is None
    assert isinstance(c5, Article) and c5.text.endswith("a new round would follow.") and "\n" in c5.text
    assert isinstance(c3, InputError) and c3.location == f"{path}:4"
    assert isinstance(c4, InputError) and c4.location == f"{path}:5"
    assert c5.origin == f"{path}:6"


def test_an_explicit_date_wins_over_the_rows_own() -> None:
    items = list(read_inputs([FIXTURES / "articles.csv"], default_date=dt.date(2024, 2, 10)))
    dates = {item.id: item.published for item in items if isinstance(item, Article)}
    assert dates == {"c1": dt.date(2024, 2, 10), "c2": dt.date(2024, 2, 10), "c5": dt.date(2024, 2, 10)}


def test_missing_text_column_and_extra_fields(tmp_path: Path) -> None:
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("id,body\n1,Hello there\n", encoding="utf-8")
    (error,) = read_inputs([no_text])
    assert isinstance(error, InputError) and error.kind == "missing_text" and "text" in error.message
    extra = tmp_path / "extra.csv"
    extra.write_text('text\n"a",b\nTalks resumed.\n', encoding="utf-8")
    items = list(read_inputs([extra]))
    assert isinstance(items[0], InputError) and items[0].kind == "csv"
    assert isinstance(items[1], Article) and items[1].id == "extra:3"


def test_large_field_beyond_csv_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    text = "The minister spoke. " * 10_000
    path.write_text(f'id,text\nbig,"{text}"\n', encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, Article) and item.text == text
