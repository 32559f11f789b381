"""Stale "former" titles without a nationality word, and while the person is in office (issue #11)."""
# ruff: noqa: E501  (tables of wire sentences read best one case a line)

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder


def _stale(coder: Coder, text: str, day: dt.date) -> list[str]:
    return [f.title or "" for f in coder.code(text, date=day).flags if f.kind == "stale_title"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # br-18
        ("Russian President Vladimir Putin met former President Donald Trump in Alaska.", "former President Donald Trump"),
        ("Former Prime Minister Keir Starmer criticised the housing plan on Monday.", "Former Prime Minister Keir Starmer"),
        ("Ex-President Donald Trump criticized Mexico on Monday.", "Ex-President Donald Trump"),
    ],
)  # fmt: skip
def test_former_title_while_in_office_is_flagged(coder: Coder, text: str, title: str) -> None:
    assert _stale(coder, text, dt.date(2025, 8, 7)) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin met former President Donald Trump in Alaska.",
        "Former Prime Minister Keir Starmer criticised the housing plan on Monday.",
    ],
)
def test_former_title_out_of_office_is_not_flagged(coder: Coder, text: str) -> None:
    assert _stale(coder, text, dt.date(2023, 6, 1)) == []
