"""``POST /api/v1/articles`` (token: code and store) and ``POST /api/v1/code`` (open: code, don't store).

Both are ``async``: they wait for the coder in the event loop (``CodingService``), never in the thread
pool that serves reads, and a full coding queue is answered 503 with ``Retry-After`` at once. A posted
text is read as a file's is: an HTML page's main text is extracted as an HTML file's is, and later
verbatim copies of a long block are blanked (:mod:`eventwire.api.article_body`), so a repeated sentence
is one mention. A page with no main text is a 422 at ``body.text``. The document id is ``doc_id`` or
its other name ``id`` (both in the schema, one per body: 422 at ``body.id`` for both); it is stored and
answered as ``doc_id``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial
from typing import Any

import anyio
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.exceptions import RequestValidationError

from eventwire.api.article_body import BodyFormat, PostedText, UnreadableBodyError, read_posted_text
from eventwire.api.coding import CoderBusyError, article_from_request
from eventwire.api.deps import CodingDep
from eventwire.api.errors import ERROR_RESPONSES
from eventwire.api.schemas import ArticleIn, CodeIn
from eventwire.api.security import require_token
from eventwire.model import Article, DocumentResult
from eventwire.sources.records import record_id
from eventwire.store.sanitize import is_blank

router = APIRouter(prefix="/api/v1", tags=["write"])

_BUSY: dict[int | str, dict[str, Any]] = {503: ERROR_RESPONSES[503]}


async def _posted_text(text: str, body_format: BodyFormat, date: dt.date | None) -> PostedText:
    """The article in a posted text, read in a worker thread (extracting a page takes CPU time);
    an unreadable one is a 422 at ``body.<field>``."""
    try:
        return await anyio.to_thread.run_sync(partial(read_posted_text, text, body_format, date=date))
    except UnreadableBodyError as error:
        raise RequestValidationError(
            [{"loc": ("body", error.field), "msg": error.message, "type": "value_error"}]
        ) from error


def _busy(error: CoderBusyError) -> HTTPException:
    return HTTPException(
        status.HTTP_503_SERVICE_UNAVAILABLE, str(error), headers={"Retry-After": str(error.retry_after)}
    )


@router.post(
    "/articles",
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_token)],
    summary="Code an article and store it (needs Authorization: Bearer $EVENTWIRE_TOKEN)",
    responses={401: ERROR_RESPONSES[401], 403: ERROR_RESPONSES[403], **_BUSY},
)
async def post_article(body: ArticleIn, coding: CodingDep) -> dict[str, Any]:
    if body.sends_both_ids():  # two names for one value: which one was meant is anyone's guess
        raise RequestValidationError(
            [{"loc": ("body", "id"), "msg": "send doc_id or id, not both", "type": "value_error"}]
        )
    if is_blank(body.text):  # only spaces, separators, control or format characters: nothing to store
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text: nothing but blanks")
    for name in ("text", "title", "url"):
        if "\x00" in (getattr(body, name) or ""):  # PostgreSQL text cannot hold NUL
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"{name}: contains a NUL character")
    posted = await _posted_text(body.text, body.format, body.date)
    article = article_from_request(posted.text, posted.published, body.url, body.title or posted.title)
    doc_id = record_id(body.doc_id)  # stripped as a JSONL record's ``id`` is
    if doc_id is not None:
        article = dataclasses.replace(article, id=doc_id)
    try:
        outcome, article_id, result = await coding.code_and_store_async(article)
    except CoderBusyError as error:
        raise _busy(error) from error
    coded = result.to_dict()
    return {
        "id": article_id,
        "outcome": outcome,
        "doc_id": article.id,
        "date": coded["date"],
        "events": coded["events"],
        "flags": coded["flags"],
    }


@router.post(
    "/code",
    summary="Code a text without storing it (open, at most 20,000 characters)",
    responses=_BUSY,
)
async def code_text(body: CodeIn, coding: CodingDep) -> dict[str, Any]:
    posted = await _posted_text(body.text, body.format, body.date)
    article = Article(id="text", text=posted.text, title=posted.title, published=posted.published)
    try:
        result: DocumentResult = await coding.code_async(article)
    except CoderBusyError as error:
        raise _busy(error) from error
    return result.to_dict()
