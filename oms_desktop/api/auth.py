"""Who a request comes from: its bearer token (services/api_tokens.py), and what it may do.

Each request gets a UnitOfWork of its own on the server's engine, acting as the token's name (the user of
the order history and the audit rows) with a cashier's rights; a read token is refused before any write."""

import copy
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotAllowed, SignInRefused
from oms_desktop.services import api_tokens
from oms_desktop.services.api_tokens import Caller

TILL = "api"  # what the audit rows and payments name as the till: no drawer, so cash needs an open one

_bearer = HTTPBearer(auto_error=False, description="A token from `oms-desktop api token create NAME`")


def base_uow(request: Request) -> UnitOfWork:
    uow: UnitOfWork = request.app.state.uow
    return uow


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    if credentials is None or not credentials.credentials:
        raise SignInRefused("api_token_missing")
    return api_tokens.authenticate(base_uow(request), credentials.credentials)


def _acting(request: Request, who: Caller) -> UnitOfWork:
    uow = copy.copy(base_uow(request))
    uow.sign_in(who.actor())
    uow.approver = None
    uow.till = TILL
    return uow


def reader(request: Request, who: Annotated[Caller, Depends(caller)]) -> UnitOfWork:
    return _acting(request, who)


def writer(request: Request, who: Annotated[Caller, Depends(caller)]) -> UnitOfWork:
    if not who.may_write:
        raise NotAllowed(
            "api_write",
            "api_token_read_only",
            name=who.name,
            method=request.method,
            path=request.url.path[:200],
        )
    return _acting(request, who)


Reader = Annotated[UnitOfWork, Depends(reader)]
Writer = Annotated[UnitOfWork, Depends(writer)]
