"""``POST /api/v1/articles`` (token: code and store) and ``POST /api/v1/code`` (open: code, don't store).

Both are ``async``: they wait for the coder in the event loop (``CodingService``), never in the thread
pool that serves reads, and a full coding queue is answered 503 with ``Retry-After`` at once. A posted
text is read as a file's is: later verbatim copies of a long block are blanked
(:func:`eventwire.sources.repeats.blank_repeated_blocks`), so a repeated sentence is one mention.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, status

from eventwire.api.coding import CoderBusyError, article_from_request
from eventwire.api.deps import CodingDep
from eventwire.api.errors import ERROR_RESPONSES
from eventwire.api.schemas import ArticleIn, CodeIn
from eventwire.api.security import require_token
from eventwire.model import Article, DocumentResult
from eventwire.sources.repeats import blank_repeated_blocks
from eventwire.store.sanitize import is_blank

router = APIRouter(prefix="/api/v1", tags=["write"])

_BUSY: dict[int | str, dict[str, Any]] = {503: ERROR_RESPONSES[503]}


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
    if is_blank(body.text):  # only spaces, separators, control or format characters: nothing to store
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text: nothing but blanks")
    for name in ("text", "title", "url"):
        if "\x00" in (getattr(body, name) or ""):  # PostgreSQL text cannot hold NUL
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"{name}: contains a NUL character")
    text = blank_repeated_blocks(body.text)
    article = article_from_request(text, body.date, body.url, body.title)
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
    article = Article(id="text", text=blank_repeated_blocks(body.text), published=body.date)
    try:
        result: DocumentResult = await coding.code_async(article)
    except CoderBusyError as error:
        raise _busy(error) from error
    return result.to_dict()
