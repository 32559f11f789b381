"""Exports that existing tools read: JSONL, CSV, Parquet, GDELT 2.0 event TSV, POLECAT-style JSON.

    export(store, ExportFormat.GDELT, Path("events.tsv"), EventFilter(dyad=("RUS", "USA"))) -> int

``gdelt_columns()`` gives GDELT's 61 column names (its files carry no header), e.g. for
``pandas.read_csv(path, sep="\\t", header=None, names=gdelt_columns(), dtype=str)``.

Importing the package loads only :mod:`eventwire.export.formats`; the other names load their modules
(pyarrow, the store) when first used, so the CLI can name ``ExportFormat`` without paying for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from eventwire.export.formats import ExportFormat

if TYPE_CHECKING:
    from eventwire.export.columns import flat_columns, flatten, gdelt_columns
    from eventwire.export.gdelt import gdelt_row
    from eventwire.export.polecat import polecat_record
    from eventwire.export.writers import export

_LAZY = {
    "export": "eventwire.export.writers",
    "flat_columns": "eventwire.export.columns",
    "flatten": "eventwire.export.columns",
    "gdelt_columns": "eventwire.export.columns",
    "gdelt_row": "eventwire.export.gdelt",
    "polecat_record": "eventwire.export.polecat",
}

__all__ = [
    "ExportFormat",
    "export",
    "flat_columns",
    "flatten",
    "gdelt_columns",
    "gdelt_row",
    "polecat_record",
]


def __getattr__(name: str) -> Any:
    """Load a lazily exported name from its module (PEP 562); AttributeError for any other name."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
