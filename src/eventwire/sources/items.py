"""The one type every reader yields."""

from __future__ import annotations

from typing import TypeAlias

from eventwire.model import Article, InputError

SourceItem: TypeAlias = Article | InputError
"""A readable document, or the recorded reason an input could not be read."""
