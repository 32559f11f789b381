"""A long text with hardly any letters is no prose (a fresh-user test fed 90,000 '&': 25 s and 875 MB of
parsing for nothing); news with figures and tables is prose. Texts written for the project."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.sources.checks import check_language
from eventwire.sources.language import non_english_reason

REPORT = (
    "The central bank raised its main rate by 0.25 points to 4.5% on Tuesday, the third rise this year. "
    "Inflation was 6.1% in March, against 5.8% in February, the statistics office said. "
)


def test_runs_of_symbols_and_dumps_of_numbers_are_no_prose() -> None:
    for text in ("&" * 90_000, "1234 5678 9012 " * 100, "<<>>//||" * 200):
        reason = non_english_reason(text)
        assert reason is not None and "no prose" in reason, text[:20]


def test_the_refusal_is_an_input_error_with_its_place() -> None:
    error = check_language("& " * 5_000, doc_id="doc-7", location="feed.jsonl:7")
    assert error is not None
    assert error.location == "feed.jsonl:7" and "no prose" in error.message


def test_news_with_figures_and_a_table_is_prose() -> None:
    table = "\n".join(f"{2000 + year}  {year:.1f}%  {year * 2:.2f}" for year in range(20))
    assert non_english_reason(REPORT * 3 + table + REPORT) is None


def test_a_short_report_with_a_long_table_is_prose() -> None:
    """A fresh-user test: three sentences and a 40-row table of results (24% letters) were refused."""
    rows = "\n".join(
        f"{1000 + row}  {row * 37 % 1000:>6}  {row * 53 % 1000:>6}  {row % 7}.{row % 10}%"
        for row in range(40)
    )
    assert non_english_reason(REPORT + rows) is None


def test_short_texts_are_not_judged_on_their_letters() -> None:
    assert non_english_reason("3-1 (2-0) 45' 67' 89'") is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(REPORT.split()),
            st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,2})?%?", fullmatch=True),
        ),
        min_size=1,
        max_size=400,
    )
)
def test_prose_with_at_most_half_its_words_numbers_passes(words: list[str]) -> None:
    numbers = sum(1 for word in words if not any(char.isalpha() for char in word))
    text = " ".join(words)
    if numbers <= len(words) / 2:
        reason = non_english_reason(text)
        assert reason is None or "no prose" not in reason
