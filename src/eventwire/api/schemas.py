"""Request bodies and the date types of queries and bodies: validated by pydantic, so a malformed request
is a 422 that says what is wrong."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_validator

from eventwire.api.article_body import BodyFormat

MAX_ARTICLE_CHARS = 500_000
MAX_CODE_CHARS = 20_000
"""``POST /code`` is open to anyone who can reach the server, so it codes at most this much per call."""
WEB_URL = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+[^\s]*$"
"""An absolute http(s) URL: ``javascript:`` and ``data:`` URLs are refused (the dashboard links it)."""


TEXT_TO_STORE = r"[0-9A-Za-z]"
"""A stored text has an ASCII letter or digit: the coder reads English, and the rule means the same in
every regex dialect (a Unicode ``\\w`` is ASCII-only in ECMA-262, which schema tools use), so the
schema and the store agree (such a text is never read as blank)."""
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""How every date the API reads is written (ISO 8601 calendar date); an instant starts with one."""


def _iso_date(value: object) -> object:
    """Pydantic would read a number, or a string of digits, as a Unix timestamp: a date is an ISO
    ``YYYY-MM-DD`` string, as the schema says (``format: date``)."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return value
    if isinstance(value, dt.date):
        return value
    raise ValueError("a date is written YYYY-MM-DD, e.g. 2025-08-07 (not a number or timestamp)")


def _iso_instant(value: object) -> object:
    """An instant is an ISO 8601 date-time (``2025-08-07T10:00:00Z``; a bare date is its midnight),
    never a number read as a Unix timestamp."""
    if isinstance(value, str) and ISO_DATE.match(value):
        return value
    if isinstance(value, dt.datetime):
        return value
    raise ValueError("an instant is ISO 8601, e.g. 2025-08-07T10:00:00Z (not a number or timestamp)")


DOC_ID = r"^[^\x00]*[0-9A-Za-z][^\x00]*$"
"""A document id has an ASCII letter or digit and no NUL (PostgreSQL text cannot hold one)."""
DocId = Annotated[str, Field(max_length=500, pattern=DOC_ID)]
"""A posted document id (``doc_id``, or its other name ``id``)."""
PostedFormat = Annotated[
    BodyFormat,
    Field(
        description='What `text` is: "html" (a page: its main text, title and date are read as an HTML '
        'file\'s are; a fragment or a text without tags: its text content), "text" (coded as it is), or '
        '"auto" (HTML when it holds a document, script or style tag or two element tags such as <p>; a '
        "text with element tags only whose HTML holds no main text is coded as it is).",
    ),
]
"""The ``format`` of a posted text (:mod:`eventwire.api.article_body`)."""


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A date given as ``YYYY-MM-DD`` (422 otherwise)."""
IsoInstant = Annotated[dt.datetime, BeforeValidator(_iso_instant)]
"""An instant given as an ISO 8601 date-time or date (422 otherwise; UTC when it names no offset)."""


class ArticleIn(BaseModel):
    """An article to code and store."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"not": {"required": ["doc_id", "id"]}})

    text: str = Field(
        min_length=1,
        max_length=MAX_ARTICLE_CHARS,
        pattern=TEXT_TO_STORE,
        description="The article text (English): at least one ASCII letter or digit; a text of "
        "blanks, separators, control, format or unassigned characters has nothing to store.",
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
    doc_id: DocId | None = Field(
        None,
        description="The document's id, as events' `doc_id` name it (leading and trailing blanks are "
        "dropped). Default: the URL, else `api-` and a hash of the text. Send `doc_id` or `id`, not both.",
    )
    id: DocId | None = Field(
        None,
        description="Same as `doc_id` (the JSONL input's name for it); stored and answered as `doc_id`. "
        "Send `doc_id` or `id`, not both (422 at `body.id`, even when they are equal).",
    )
    format: PostedFormat = "auto"
    _both_ids: bool = PrivateAttr(default=False)

    @model_validator(mode="after")
    def _one_document_id(self) -> Self:
        """``id`` is merged into ``doc_id``, the one name stored and answered (``id`` is then None);
        a body that sends both is refused by the route, which answers 422 at ``body.id``."""
        self._both_ids = {"doc_id", "id"} <= self.model_fields_set  # before the merge marks doc_id set
        if self.doc_id is None and self.id is not None:
            self.doc_id, self.id = self.id, None
        return self

    def sends_both_ids(self) -> bool:
        """True when the body named both ``doc_id`` and ``id`` (whatever their values, null included)."""
        return self._both_ids


class CodeIn(BaseModel):
    """A text to code without storing it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_CODE_CHARS, pattern=r"\S")
    date: IsoDate | None = None
    format: PostedFormat = "auto"
