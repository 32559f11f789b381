"""Exports that existing tools read: JSONL, CSV, Parquet, GDELT 2.0 event TSV, POLECAT-style JSON.

    export(store, ExportFormat.GDELT, Path("events.tsv"), EventFilter(dyad=("RUS", "USA"))) -> int

``gdelt_columns()`` gives GDELT's 61 column names (its files carry no header), e.g. for
``pandas.read_csv(path, sep="\\t", header=None, names=gdelt_columns(), dtype=str)``.
"""

from eventwire.export.columns import flat_columns, flatten, gdelt_columns
from eventwire.export.gdelt import gdelt_row
from eventwire.export.polecat import polecat_record
from eventwire.export.writers import ExportFormat, export

__all__ = [
    "ExportFormat",
    "export",
    "flat_columns",
    "flatten",
    "gdelt_columns",
    "gdelt_row",
    "polecat_record",
]
