"""MinHash near-duplicates: rewrites of one report are one story, different reports are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.stories import SIMILARITY_THRESHOLD, Signature, shingles, signature

REPORT = (
    "Russian President Vladimir Putin and U.S. President Donald Trump met in Anchorage, Alaska, on Friday "
    "for nearly three hours of talks on the war in Ukraine, officials from both sides said."
)
REWRITE = REPORT.replace("officials from both sides said", "the Kremlin said in a statement")
OTHER = "Floods swept through southern Pakistan as monsoon rains broke records in Sindh province this week."


def test_a_rewrite_is_similar_and_shares_a_band() -> None:
    first, second = signature(REPORT), signature(REWRITE)
    assert first.similarity(second) >= SIMILARITY_THRESHOLD
    assert set(first.bands()) & set(second.bands())


def test_a_different_report_is_not_similar() -> None:
    assert signature(REPORT).similarity(signature(OTHER)) < 0.2


def test_signature_is_deterministic_and_round_trips_bytes() -> None:
    first = signature(REPORT)
    assert first == signature(REPORT)
    assert Signature.from_bytes(first.to_bytes()) == first
    assert first.similarity(first) == 1.0


def test_shingles_of_short_and_empty_texts() -> None:
    assert shingles("") == set()
    assert shingles("Putin met Trump") == {"putin met trump"}
    assert shingles("a b c d") == {"a b c", "b c d"}


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_text_has_a_full_signature(text: str) -> None:
    sketch = signature(text)
    assert len(sketch.values) == 128
    assert len(list(sketch.bands())) == 32
    assert 0.0 <= sketch.similarity(signature(text + " extra words here")) <= 1.0
