"""The URLs a watcher has handled, kept in a small JSON state file so each page is fetched once.

The file is rewritten atomically (temporary file, then rename): a watcher killed mid-write keeps the
previous list, and at worst fetches a page again, which the store's idempotent ingest absorbs.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs

STATE_FILE_NAME = "watch-seen.json"


def default_state_path() -> Path:
    """``watch-seen.json`` in platformdirs' user state directory for eventwire: on Linux
    ``$XDG_STATE_HOME/eventwire`` (``~/.local/state/eventwire`` when unset)."""
    return platformdirs.user_state_path("eventwire") / STATE_FILE_NAME


class SeenUrls:
    """A persistent set of URLs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._urls: set[str] = set()
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            self._urls = {url for url in data.get("urls", []) if isinstance(url, str)}

    def __contains__(self, url: object) -> bool:
        return url in self._urls

    def __len__(self) -> int:
        return len(self._urls)

    def add(self, url: str) -> None:
        self._urls.add(url)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as temporary:
                json.dump({"urls": sorted(self._urls)}, temporary, indent=0)
            Path(name).replace(self.path)
        finally:
            Path(name).unlink(missing_ok=True)
