"""Reading the ontology's data files from the installed package.

The tables are facts users rely on, so they live in TSV/JSON next to this code (editable, diffable,
reviewable) and are read through importlib.resources so they work from a wheel or a zip as well.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any

PACKAGE = "eventwire.ontology"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file in this package, keyed by its header."""
    text = resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))


def read_json(name: str) -> Any:
    """The parsed content of a JSON data file in this package."""
    return json.loads(resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8"))
