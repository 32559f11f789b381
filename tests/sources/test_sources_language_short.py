"""A sentence or two of French, German or Spanish is rejected with its reason; short English, with
foreign names in it, is not."""

from __future__ import annotations

import pytest

from eventwire.sources.checks import check_language
from eventwire.sources.language import non_english_reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le président français a rencontré son homologue allemand à Berlin mardi.", "French"),
        ("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen.", "German"),
        ("El presidente del gobierno se reunió con los líderes europeos en Bruselas.", "Spanish"),
        (
            "Le ministre a annoncé une hausse des impôts. Les syndicats ont appelé à la grève pour jeudi.",
            "French",
        ),
    ],
)
def test_short_foreign_text_is_rejected_with_its_reason(text: str, language: str) -> None:
    error = check_language(text, doc_id="d", location="in.txt")
    assert error is not None and error.kind == "language"
    assert error.message.startswith("in.txt: not English: ") and f"{language} function words" in error.message


@pytest.mark.parametrize(
    "text",
    [
        "Le Pen and Le Maire clash over the budget in Paris.",
        "Les Misérables opens on Broadway to strong reviews.",
        "Deutsche Bank und Commerzbank merger talks end without a deal.",
        "Russian President Vladimir Putin met U.S. President Donald Trump last week.",
        "La Paz protesters clash with police in El Alto on Tuesday.",
        "Los Angeles police arrest suspect in San Diego shooting.",
        "Le Monde: Macron meets Scholz",
    ],
)
def test_short_english_with_foreign_names_passes(text: str) -> None:
    assert non_english_reason(text) is None
