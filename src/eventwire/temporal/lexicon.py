"""The calendar vocabulary (month, weekday, number and unit words, period parts) read from ``calendar.json``.

Kept as data so a user can add a spelling ("Sept", "Thurs") or move a boundary ("early 2022" = Jan-Apr)
without touching the resolver.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

PartTable = dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Calendar:
    """Lookup tables keyed by lower-case words, plus regex alternations built from them."""

    months: dict[str, int]
    """Month word -> month number 1-12."""
    weekdays: dict[str, int]
    """Weekday word -> 0 (Monday) .. 6 (Sunday)."""
    numbers: dict[str, int]
    units: dict[str, str]
    day_parts: tuple[str, ...]
    parts: dict[str, PartTable]
    """Grain (``year``, ``month``, ``week``, ``decade``) -> part phrase -> inclusive range."""
    seasons: dict[str, tuple[int, int]]
    vague_horizon_days: dict[str, int]

    @property
    def month_re(self) -> str:
        return _alternation(self.months)

    @property
    def weekday_re(self) -> str:
        return _alternation(self.weekdays)

    @property
    def number_re(self) -> str:
        return _alternation(self.numbers) + r"|\d{1,4}"

    @property
    def unit_re(self) -> str:
        return _alternation(self.units)

    @property
    def day_part_re(self) -> str:
        return _alternation(self.day_parts)

    @property
    def season_re(self) -> str:
        return _alternation(self.seasons)

    @property
    def part_re(self) -> str:
        return _alternation({phrase for table in self.parts.values() for phrase in table})


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so "sept" wins over "sep"."""
    ordered = sorted((str(word) for word in words), key=len, reverse=True)
    return "|".join(re.escape(word) for word in ordered)


def _pair(value: Any) -> tuple[int, int]:
    low, high = value
    return int(low), int(high)


@cache
def calendar() -> Calendar:
    """Load ``calendar.json`` once per process."""
    raw = json.loads(resources.files(__package__).joinpath("calendar.json").read_text(encoding="utf-8"))
    return Calendar(
        months={word: index + 1 for index, words in enumerate(raw["months"]) for word in words},
        weekdays={word: index for index, words in enumerate(raw["weekdays"]) for word in words},
        numbers={str(word): int(value) for word, value in raw["numbers"].items()},
        units={str(word): str(unit) for word, unit in raw["units"].items()},
        day_parts=tuple(raw["day_parts"]),
        parts={
            grain: {phrase: _pair(bounds) for phrase, bounds in table.items()}
            for grain, table in raw["parts"].items()
        },
        seasons={name: _pair(bounds) for name, bounds in raw["seasons"].items()},
        vague_horizon_days={unit: int(days) for unit, days in raw["vague_horizon_days"].items()},
    )
