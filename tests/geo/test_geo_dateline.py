"""Datelines in the styles agencies file them, and text that has none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.geo import Dateline, find_dateline

STYLES: list[tuple[str, str, str | None, str | None]] = [
    ("MOSCOW, Aug 7 (Reuters) - Russia said on Thursday", "MOSCOW", "Aug 7", "Reuters"),
    ("KYIV (AP) — Ukraine's air force said", "KYIV", None, "AP"),
    ("UNITED NATIONS, Aug 7 - Russia's deputy envoy said", "UNITED NATIONS", "Aug 7", None),
    ("KYIV, Ukraine (AP) — Russian drones struck", "KYIV, Ukraine", None, "AP"),
    ("ANCHORAGE, Alaska, Aug. 15, 2025 (Reuters) - They", "ANCHORAGE, Alaska", "Aug. 15, 2025", "Reuters"),
    ("Moscow (AFP) - The Kremlin said", "Moscow", None, "AFP"),
    ("BEIJING, 7 August (Xinhua) -- China urged", "BEIJING", "7 August", "Xinhua"),
    ("GENEVA — Talks resumed on Thursday", "GENEVA", None, None),
    ("ST. PETERSBURG, Russia, June 20 (Reuters) - Putin", "ST. PETERSBURG, Russia", "June 20", "Reuters"),
    ("HARARE (Reuters) - Zimbabwe's police said", "HARARE", None, "Reuters"),
    ("BANGOR, Maine (AP) -- Police arrested", "BANGOR, Maine", None, "AP"),
    ("KINGSTON, Ontario (CP) -- Canadian police", "KINGSTON, Ontario", None, "CP"),
    ("WASHINGTON, Aug 7 (Reuters) - The State Department", "WASHINGTON", "Aug 7", "Reuters"),
    ("SAN FRANCISCO, Calif. (AP) — Protesters", "SAN FRANCISCO, Calif.", None, "AP"),
    ("LAGOS: Police fired tear gas", "LAGOS", None, None),
    ("KARACHI: Gunmen attacked", "KARACHI", None, None),
    ("PESHAWAR, Pakistan: Police said", "PESHAWAR, Pakistan", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "date_text", "agency"), STYLES, ids=[s[1] for s in STYLES])
def test_agency_styles(text: str, place: str, date_text: str | None, agency: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.agency) == (place, date_text, agency)
    assert text[dateline.end :].split()[0][0].isupper()  # the body starts right after the separator


def test_dateline_after_a_byline_reports_its_offset_in_the_whole_text() -> None:
    text = "By Guy Faulconbridge\n\nISLAMABAD/NEW DELHI, May 7 (Reuters) - Pakistan said"
    assert find_dateline(text) == Dateline("ISLAMABAD/NEW DELHI", "May 7", "Reuters", text.index("Pakistan"))


def test_dateline_after_a_plain_byline() -> None:
    text = "By Jane Doe\nNAIROBI, Kenya -- Kenyan police fired tear gas"
    assert find_dateline(text) == Dateline("NAIROBI, Kenya", None, None, text.index("Kenyan"))


@pytest.mark.parametrize(
    "text",
    ["UPDATE: Police said", "NATO: Allies agreed", "BREAKING: A blast", "US: Trump said", "XYZZYQ: Words"],
)
def test_a_colon_label_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_separator_at_line_end_moves_the_body_to_the_next_line() -> None:
    text = "WASHINGTON, Aug 7 (Reuters) -\nThe State Department said"
    dateline = find_dateline(text)
    assert dateline is not None and text[dateline.end :].startswith("The State")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Russia's deputy United Nations Ambassador Dmitry Polyanskiy announced on Thursday",
        "Summary – Russia signals a potential meeting.\nArticle –\nRussia's deputy ambassador said",
        "EXCLUSIVE-Russia weighs new talks",
        "Russia said on Thursday - quoting officials - that talks would resume",
        "NATO",
        "\n\n\n\n\n\n\nMOSCOW, Aug 7 (Reuters) - too deep in the text to be a dateline",
    ],
)
def test_text_without_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


@given(st.text(max_size=400))
def test_never_raises_and_end_is_inside_the_text(text: str) -> None:
    dateline = find_dateline(text)
    if dateline is not None:
        assert 0 < dateline.end <= len(text)
        assert dateline.place


@given(st.text(alphabet="ABCMOSW ,.-—()7\n", max_size=80))
def test_never_raises_on_dateline_like_noise(text: str) -> None:
    find_dateline(text)


@given(st.text(alphabet="ABCGKLOS ,:.-—()7\n", max_size=80))
def test_never_raises_on_colon_dateline_noise(text: str) -> None:
    dateline = find_dateline(text)
    if dateline is not None:
        assert 0 < dateline.end <= len(text)
