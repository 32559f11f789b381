"""The English check: clearly foreign text is flagged, English of any length passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.sources.language import non_english_reason

FIXTURES = Path(__file__).parent / "fixtures"
SEED_ARTICLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "seed_article.txt"


@pytest.mark.parametrize(
    ("name", "script"),
    [("russian.txt", "Cyrillic"), ("chinese.txt", "Cjk"), ("french.txt", None), ("german.txt", None)],
)
def test_foreign_fixtures_are_flagged(name: str, script: str | None) -> None:
    reason = non_english_reason((FIXTURES / name).read_text("utf-8"))
    assert reason is not None
    if script is not None:
        assert script in reason


@pytest.mark.parametrize(
    "text",
    [
        "Putin, Trump to meet",
        "UN envoy: Kremlin signals summit",
        "Zelenskiy rejects Moscow terms",
        "NATO, EU, OSCE, IAEA",
        "Kyiv",
        "",
        "12:30 GMT",
        "Президент said the talks in Москва went well, officials in Kyiv and Washington confirmed on Friday.",
    ],
)
def test_short_or_mixed_english_passes(text: str) -> None:
    assert non_english_reason(text) is None


def test_english_fixtures_pass() -> None:
    for name in ("wire_talks.txt", "plain_protest.txt", "with_headers.txt"):
        assert non_english_reason((FIXTURES / name).read_text("utf-8")) is None, name


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared data not available")
def test_seed_article_is_english() -> None:
    assert non_english_reason(SEED_ARTICLE.read_text("utf-8")) is None
