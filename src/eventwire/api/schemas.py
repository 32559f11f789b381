"""Request bodies: validated by pydantic, so a malformed request is a 422 that says what is wrong."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

MAX_ARTICLE_CHARS = 500_000
MAX_CODE_CHARS = 20_000
"""``POST /code`` is open to anyone who can reach the server, so it codes at most this much per call."""
WEB_URL = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+[^\s]*$"
"""An absolute http(s) URL: ``javascript:`` and ``data:`` URLs are refused (the dashboard links it)."""


def _not_a_number(value: object) -> object:
    """Pydantic would read a number as a Unix timestamp; the schema says a date is a string."""
    if isinstance(value, int | float):
        raise ValueError("a date is a YYYY-MM-DD string, not a number")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_not_a_number)]
"""A date given as ``YYYY-MM-DD``."""


class ArticleIn(BaseModel):
    """An article to code and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        max_length=MAX_ARTICLE_CHARS,
        pattern=r"\S",
        description="The article text (not blank: at least one non-space character).",
    )
    date: IsoDate | None = Field(
        None, description="Article date (YYYY-MM-DD) relative times are read against."
    )
    url: str | None = Field(
        None,
        max_length=2000,
        pattern=WEB_URL,
        description="Source URL (http or https); also the article's identity.",
    )
    title: str | None = Field(None, max_length=1000)


class CodeIn(BaseModel):
    """A text to code without storing it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_CODE_CHARS, pattern=r"\S")
    date: IsoDate | None = None
