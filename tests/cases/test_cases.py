"""Every case in ``tests/cases/data`` coded through the session coder and judged (see ``judge.py``).

``shared_2026-11-29.jsonl`` holds the cases found on that day (real-news failure analysis, ``rn-*``,
and re-created public bug reports of other coders, ``br-*``); ``same_kind.jsonl`` holds two or three
more of the same kind for each of them, so a fix has to cover the kind, not the sentence. One test per
case id: a failure names the case, what it expected and what was coded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.coder import Coder

from .judge import is_store_level, judge, load_cases, summarize

DATA = Path(__file__).resolve().parent / "data"
FILES = ("shared_2026-11-29.jsonl", "same_kind.jsonl")
STORE_LEVEL = "store-level case: not automated here"
KNOWN_FAILURES: dict[str, str] = {
    key: value
    for key, value in json.loads((DATA / "known_failures.json").read_text("utf-8")).items()
    if not key.startswith("_")
}
"""Cases that still fail, with the issue that owns their kind: strict xfails, so a fix shows."""


def _params() -> list[Any]:
    params: list[Any] = []
    for name in FILES:
        for case in load_cases(DATA / name):
            marks = [pytest.mark.skip(reason=STORE_LEVEL)] if is_store_level(case) else []
            if case["id"] in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]], strict=True))
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


CASES = _params()


def test_case_ids_are_unique_and_every_case_has_a_kind() -> None:
    ids = [param.id for param in CASES]
    assert len(ids) == len(set(ids))
    assert all(param.values[0].get("kind") for param in CASES)


@pytest.mark.parametrize("case", CASES)
def test_case(coder: Coder, case: dict[str, Any]) -> None:
    document = coder.code(case["text"], date=case["date"], doc_id=case["id"]).to_dict()
    why = judge(case, document)
    coded = summarize(document["events"])
    assert not why, f"{case['id']} ({case['kind']}): {'; '.join(why)} | coded: {coded}"
