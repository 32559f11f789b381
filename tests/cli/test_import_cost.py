"""Loading the ``eventwire`` command stays cheap (#12).

``eventwire batch --workers N`` starts its workers with the *spawn* method, which re-runs the console
script, ``from eventwire.cli import main``, in every worker; ``eventwire --help`` runs it too. So
importing the CLI must not load spaCy, SQLAlchemy, pyarrow, the web stack, pandas, Dask or httpx: the
commands import what they need when they run. The check is which modules a fresh interpreter holds
after the import, never a timing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import typer.main

from eventwire.cli import app

HEAVY = ("spacy", "sqlalchemy", "pyarrow", "fastapi", "uvicorn", "pandas", "dask", "httpx")
COMMANDS = {"actors", "batch", "claims", "code", "eval", "export", "ingest", "serve", "stats", "watch"}
_IMPORT_TIME_MODULE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*([\w.]+)\s*$", re.MULTILINE)
_COMMAND_ROW = re.compile(r"^│ ([a-z][a-z-]*)\s", re.MULTILINE)


def _heavy(modules: list[str]) -> list[str]:
    """The modules of ``modules`` that belong to one of the HEAVY packages."""
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def _console_script() -> list[str]:
    """The installed ``eventwire`` script run by this interpreter, else ``-m eventwire`` (the same
    top-level ``from eventwire.cli import main``) for a checkout that is not installed."""
    script = shutil.which("eventwire", path=str(Path(sys.executable).parent))
    return [script] if script else ["-m", "eventwire"]


def test_importing_the_cli_loads_no_heavy_library() -> None:
    probe = "import json, sys\nimport eventwire.cli\nprint(json.dumps(sorted(sys.modules)))"
    process = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = json.loads(process.stdout)
    assert "eventwire.cli" in loaded
    assert _heavy(loaded) == []


def test_help_lists_every_command_without_loading_a_heavy_library() -> None:
    process = subprocess.run(
        [sys.executable, "-X", "importtime", *_console_script(), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"},
    )
    assert process.returncode == 0, process.stderr[-2000:]
    listed = set(_COMMAND_ROW.findall(process.stdout.split("Commands", 1)[1]))
    registered = set(typer.main.get_group(app).commands)
    assert registered >= COMMANDS
    assert listed == registered
    imported = _IMPORT_TIME_MODULE.findall(process.stderr)
    assert "eventwire.cli" in imported
    assert _heavy(imported) == []
