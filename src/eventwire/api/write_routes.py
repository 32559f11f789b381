"""``POST /api/v1/articles`` (token: code and store) and ``POST /api/v1/code`` (open: code, don't store)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, status

from eventwire.api.coding import article_from_request
from eventwire.api.deps import CodingDep
from eventwire.api.schemas import ArticleIn, CodeIn
from eventwire.api.security import require_token
from eventwire.model import Article

router = APIRouter(prefix="/api/v1", tags=["write"])


@router.post(
    "/articles",
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_token)],
    summary="Code an article and store it (needs Authorization: Bearer $EVENTWIRE_TOKEN)",
)
def post_article(body: ArticleIn, coding: CodingDep) -> dict[str, Any]:
    article = article_from_request(body.text, body.date, body.url, body.title)
    outcome, article_id, result = coding.code_and_store(article)
    coded = result.to_dict()
    return {
        "id": article_id,
        "outcome": outcome,
        "doc_id": article.id,
        "date": coded["date"],
        "events": coded["events"],
        "flags": coded["flags"],
    }


@router.post("/code", summary="Code a text without storing it (open, at most 20,000 characters)")
def code_text(body: CodeIn, coding: CodingDep) -> dict[str, Any]:
    return coding.code(Article(id="text", text=body.text, published=body.date)).to_dict()
