"""Read the coder's data files (``eventwire/coder/data/``), shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def read_json(name: str) -> Any:
    """The parsed JSON of ``coder/data/<name>``. Raises ``FileNotFoundError`` or
    ``json.JSONDecodeError`` when the package is broken."""
    return json.loads(resources.files("eventwire.coder").joinpath("data", name).read_text("utf-8"))
