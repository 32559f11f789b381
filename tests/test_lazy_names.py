"""Lazily exported package names (``eventwire.lazy_names``): loaded on first use, once, and only those."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from eventwire.lazy_names import lazy_names


def test_a_name_is_imported_on_first_use_and_kept() -> None:
    namespace: dict[str, Any] = {}
    load = lazy_names("pkg", {"sqrt": "math"}, namespace)
    import math

    assert load("sqrt") is math.sqrt
    assert namespace == {"sqrt": math.sqrt}


def test_an_unknown_name_is_an_attribute_error() -> None:
    load = lazy_names("pkg", {}, {})
    with pytest.raises(AttributeError, match="module 'pkg' has no attribute 'nope'"):
        load("nope")


def test_the_batch_and_export_packages_load_pyarrow_only_when_a_name_needs_it() -> None:
    script = (
        "import sys, eventwire.batch, eventwire.export\n"
        "from eventwire.batch.options import DEFAULT_PARTITION_SIZE\n"
        "from eventwire.export import ExportFormat\n"
        "assert 'pyarrow' not in sys.modules, 'pyarrow loaded early'\n"
        "eventwire.export.export\n"
        "assert 'pyarrow' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
