"""Synthetic news-like articles for benchmarks and tests, from templates written for this project.

Scaling figures need thousands of realistic documents (datelines, several actors, coded and uncoded
sentences) without shipping or downloading a corpus; a seeded generator gives the same corpus each time.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

_TEMPLATES = "synthetic_templates.json"


@functools.cache
def _templates() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath(_TEMPLATES).read_text(encoding="utf-8")
    )
    return data


def _sentence(rng: random.Random, data: dict[str, Any]) -> str:
    first, second = rng.sample(data["actors"], 2)
    place = rng.choice(data["places"])
    text: str = rng.choice(data["templates"]).format(
        a=first,
        b=second,
        place=place,
        place_name=place.removeprefix("in ") or "Geneva",
        time=rng.choice(data["times"]),
        topic=rng.choice(data["topics"]),
    )
    text = " ".join(text.split()).replace(" .", ".").replace(" ,", ",")
    return text[0].upper() + text[1:]


def synthetic_records(
    count: int, *, seed: int = 7, start: dt.date = dt.date(2025, 3, 1)
) -> Iterator[dict[str, str]]:
    """``count`` JSONL records ``{"id", "text", "date"}``: 4-9 sentences, about half of them codable."""
    data = _templates()
    rng = random.Random(seed)
    for number in range(count):
        sentences = [
            _sentence(rng, data) if rng.random() < 0.6 else rng.choice(data["fillers"])
            for _ in range(rng.randint(4, 9))
        ]
        dateline = rng.choice(data["datelines"])
        day = start + dt.timedelta(days=number % 30)
        yield {
            "id": f"synthetic-{number:06d}",
            "text": f"{dateline} (Eventwire) - " + " ".join(sentences),
            "date": day.isoformat(),
        }


def write_synthetic_jsonl(path: Path, count: int, *, seed: int = 7) -> Path:
    """Write ``count`` synthetic records to ``path`` (one JSON object per line) and return it."""
    with path.open("w", encoding="utf-8") as handle:
        for record in synthetic_records(count, seed=seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
