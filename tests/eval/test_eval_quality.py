"""The coder's quality on the project's own gold data, held as regression floors.

The figures are what the coder reached when each floor was set (see the issue notes); a change that
loses more than a little of them fails here. The held-out test split is deliberately not used: it is
measured, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coder import Coder
from eventwire.eval import evaluate, read_gold

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("gold", "precision", "recall", "relevance_f1"),
    [
        # examples: 0.86 / 0.80 / 1.00 when set; issue #2 asks for 0.8 on both
        ("examples/gold.jsonl", 0.80, 0.80, 0.95),
        # development split: 0.85 / 0.76 / 0.96 when set
        ("eval/gold/news_dev.jsonl", 0.80, 0.72, 0.93),
    ],
)
def test_country_root_quality_floor(
    coder: Coder, gold: str, precision: float, recall: float, relevance_f1: float
) -> None:
    report = evaluate(coder, read_gold(REPO / gold))
    scores = report.to_dict()
    assert scores["country_root"]["precision"] >= precision
    assert scores["country_root"]["recall"] >= recall
    assert scores["relevance"]["f1"] >= relevance_f1
