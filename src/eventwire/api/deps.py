"""Per-request access to the app's store and coding service (set on ``app.state`` by ``create_app``)."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from eventwire.api.coding import CodingService
from eventwire.store import Store


def get_store(request: Request) -> Store:
    return cast(Store, request.app.state.store)


def get_coding(request: Request) -> CodingService:
    return cast(CodingService, request.app.state.coding)


StoreDep = Annotated[Store, Depends(get_store)]
CodingDep = Annotated[CodingService, Depends(get_coding)]
