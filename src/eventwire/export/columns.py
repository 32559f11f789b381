"""The column layouts of the exports, read from the data files next to this module (loaded once)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class FlatColumn:
    """One CSV/Parquet column: where its value sits in the event record, and its Arrow type."""

    name: str
    path: tuple[str, ...]
    arrow_type: str

    def value(self, record: dict[str, Any]) -> Any:
        current: Any = record
        for step in self.path:
            if not isinstance(current, dict):
                return None
            current = current.get(step)
        return current


def _data(name: str) -> str:
    return resources.files("eventwire.export").joinpath(name).read_text("utf-8")


@cache
def gdelt_columns() -> tuple[str, ...]:
    """GDELT 2.0's 61 event-table column names, in GDELT's order."""
    return tuple(line.strip() for line in _data("gdelt_columns.txt").splitlines() if line.strip())


@cache
def flat_columns() -> tuple[FlatColumn, ...]:
    """The flat event columns of the CSV and Parquet exports."""
    lines = [line for line in _data("flat_columns.tsv").splitlines() if line and not line.startswith("#")]
    return tuple(
        FlatColumn(row["name"], tuple(row["path"].split(".")), row["type"])
        for row in csv.DictReader(lines, delimiter="\t")
    )


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One stored event record as a flat row."""
    return {column.name: column.value(record) for column in flat_columns()}
