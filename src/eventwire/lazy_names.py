"""Package names loaded on first use (PEP 562 module ``__getattr__``).

A package whose names pull in heavy libraries (pyarrow, the store, the coder) exports them lazily, so
that importing the package, or a light module inside it, costs nothing until a name is used: the CLI
registers its commands and every spawned batch worker re-imports it without paying for them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: a name of ``homes`` (name -> module path) is imported
    from its module when first asked for and kept in ``namespace`` (the package's ``globals()``), so the
    hook runs once per name; any other name raises ``AttributeError`` as a plain module would."""

    def load(name: str) -> Any:
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return load
