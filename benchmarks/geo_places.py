"""Share of ambiguous place mentions geocoded to the right place (issue #11 item 1).

    .venv/bin/python benchmarks/geo_places.py [--json] [--misses]

Reads ``tests/geo/data/ambiguous_places.jsonl``: sentences written for the project, each naming one
place that a bare lookup gets wrong or cannot decide (same-name cities in several countries and US
states, US states named like countries, provinces, datelines). A mention is geocoded right when some
coded event of its sentence is located at a place of the expected country whose name starts with the
expected name (accents and case folded). Prints the share right, overall and by kind, and how many
mentions leave every actor of their sentence in the expected country or none (no wrong country leaks
into the actor codes).

Only the public API is used (``Coder().code(...).to_dict()``), so the same script measures an older
checkout: ``PYTHONPATH=/path/to/old/src .venv/bin/python benchmarks/geo_places.py``.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

PLACES = Path(__file__).resolve().parents[1] / "tests" / "geo" / "data" / "ambiguous_places.jsonl"


def fold(text: object) -> str:
    """Lower case without accents (``Córdoba`` ~ ``cordoba``)."""
    value = unicodedata.normalize("NFKD", text if isinstance(text, str) else "")
    return "".join(c for c in value if not unicodedata.combining(c)).lower()


def located_right(case: dict[str, Any], document: dict[str, Any]) -> bool:
    """Some event of the document is located at the case's place, in the case's country."""
    for event in document.get("events", []):
        location = event.get("location") or {}
        if location.get("country") == case["country"] and fold(location.get("name")).startswith(
            fold(case["place"])
        ):
            return True
    return False


def actors_placed_right(case: dict[str, Any], document: dict[str, Any]) -> bool:
    """No actor of the document takes the country of a wrong reading of the place: every actor's country
    is the expected one or none ("Kingston, Ontario" must not make Jamaican police). Journeys are left
    out: their travellers come from elsewhere."""
    if case["kind"] == "journey":
        return True
    actors = [event.get(role) or {} for event in document.get("events", []) for role in ("source", "target")]
    return all(actor.get("country") in (None, case["country"]) for actor in actors)


def load_places(path: Path = PLACES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def measure(cases: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures (right, total, share, by kind) and the cases geocoded wrong, with what was coded."""
    from eventwire.coder import Coder

    coder = Coder()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    placed = 0
    misses: list[dict[str, Any]] = []
    for case in cases:
        document = coder.code(case["text"], date=case["date"], doc_id=case["id"]).to_dict()
        total[case["kind"]] += 1
        placed += actors_placed_right(case, document)
        if located_right(case, document):
            right[case["kind"]] += 1
        else:
            coded = [event.get("location") for event in document.get("events", [])]
            expected = case["country"]
            misses.append({"id": case["id"], "text": case["text"], "expected": expected, "coded": coded})
    figures = {
        "right": sum(right.values()),
        "total": sum(total.values()),
        "share": round(sum(right.values()) / max(1, sum(total.values())), 3),
        "by_kind": {kind: f"{right[kind]}/{total[kind]}" for kind in total},
        "actors_placed_right": placed,
    }
    return figures, misses


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--misses", action="store_true", help="also list the mentions geocoded wrong")
    args = parser.parse_args()
    figures, misses = measure(load_places())
    if args.json:
        print(json.dumps({**figures, **({"misses": misses} if args.misses else {})}))
        return
    right, total, share = figures["right"], figures["total"], figures["share"]
    print(f"ambiguous place mentions geocoded right: {right}/{total} ({share:.1%})")
    print(f"mentions whose actors take no wrong country: {figures['actors_placed_right']}/{total}")
    for kind, share in figures["by_kind"].items():
        print(f"  {kind:<20} {share}")
    if args.misses:
        for miss in misses:
            print(f"  miss {miss['id']}: {miss['text']} -> {miss['coded']}")


if __name__ == "__main__":
    main()
