"""Exports that existing tools read: JSONL, CSV, Parquet, GDELT 2.0 event TSV, POLECAT-style JSON.

    export(store, ExportFormat.GDELT, Path("events.tsv"), EventFilter(dyad=("RUS", "USA"))) -> int

``gdelt_columns()`` gives GDELT's 61 column names (its files carry no header), e.g. for
``pandas.read_csv(path, sep="\\t", header=None, names=gdelt_columns(), dtype=str)``.

Importing the package loads only :mod:`eventwire.export.formats`; the other names load their modules
(pyarrow, the store) when first used, so the CLI can name ``ExportFormat`` without paying for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.export.formats import ExportFormat
from eventwire.lazy_names import lazy_names

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


__getattr__ = lazy_names(__name__, _LAZY, globals())
