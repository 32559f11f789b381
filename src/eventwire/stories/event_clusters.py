"""When two coded events are the same real-world event: the rule that makes GDELT-style counts.

An event reported by many articles is one event with many mentions. Two per-article events are the
same when they share actors, CAMEO root and factuality, and either come from the same story or fall
within ``DATE_WINDOW_DAYS`` of each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DATE_WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class ClusterKey:
    """What must be equal for two events to be one: directed dyad, CAMEO root, factuality."""

    source_code: str | None
    target_code: str | None
    root: str
    factuality: str


def same_event(
    key: ClusterKey,
    date: dt.date | None,
    story_id: int | None,
    other_key: ClusterKey,
    other_date: dt.date | None,
    other_story_id: int | None,
) -> bool:
    """True when the two events should be counted as one (see the module docstring)."""
    if key != other_key:
        return False
    if story_id is not None and story_id == other_story_id:
        return True
    if date is None or other_date is None:
        return False
    return abs((date - other_date).days) <= DATE_WINDOW_DAYS
