"""Every answer that is not a success, as JSON naming what was wrong: {"code", "message", "fields"}.

The code is the catalogue's (domain/messages.py), the message its English, the fields the refusal's own
(the SKU, what was asked and what is available; the workflow's reason; the field of the body). The HTTP
status follows the kind of refusal: 401 no valid token, 403 beyond what the token may do, 404 unknown,
409 out of stock, an illegal move or a reused idempotency key, 413 too large, 422 bad input, 503 a busy or
refused database; 500 only for a real bug, whose traceback goes to the log and never into the answer.
"""

import logging
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from oms_desktop import __version__
from oms_desktop.domain.errors import (
    Busy,
    Conflict,
    DatabaseRefused,
    DomainError,
    IllegalTransition,
    NotAllowed,
    NotFound,
    OutOfStock,
    SignInRefused,
)
from oms_desktop.domain.messages import REFUSED, Param, english
from oms_desktop.log_file import append_crash

log = logging.getLogger("oms_desktop.api")

# Refusals of input that is well-formed but clashes with what the shop already has.
CONFLICT_CODES = frozenset({"idempotency_key_reused"})


class ErrorBody(BaseModel):
    """What every refused request answers (the OpenAPI docs show it for each error status)."""

    code: str
    message: str
    fields: dict[str, str] = {}


def status_of(error: DomainError) -> int:
    if isinstance(error, SignInRefused):
        return 401
    if isinstance(error, NotAllowed):
        return 403
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, OutOfStock | IllegalTransition | Conflict) or error.code in CONFLICT_CODES:
        return 409
    if isinstance(error, Busy | DatabaseRefused):
        return 503
    return 422


def answer(
    status: int, code: str, params: Mapping[str, Param], *, extra: Mapping[str, Any] | None = None
) -> JSONResponse:
    body: dict[str, Any] = {
        "code": code,
        "message": english(code, params),
        "fields": {name: str(value) for name, value in params.items()},
    }
    body.update(extra or {})
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def refusal(error: DomainError) -> JSONResponse:
    return answer(status_of(error), error.code, error.params)


def _field(loc: Sequence[str | int]) -> str:
    """Where in the request a problem is: "lines.0.quantity", "status", "Idempotency-Key"."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def _problem(error: Mapping[str, Any]) -> str:
    text = str(error.get("msg", "not accepted"))
    return text.removeprefix("Value error, ")


def bad_input(errors: Sequence[Mapping[str, Any]], content_type: str = "application/json") -> JSONResponse:
    """FastAPI's validation: the first problem in the message and fields, every problem in `errors`."""
    listed = [{"field": _field(e.get("loc", ())), "problem": _problem(e)} for e in errors]
    first = errors[0] if errors else {}
    if tuple(first.get("loc", ())) == ("body",) and "json" not in content_type.lower():
        return answer(415, "api_needs_json", {})  # the body was not read as JSON at all
    if first.get("type") == "json_invalid":
        detail = str((first.get("ctx") or {}).get("error", "")) or "malformed"
        return answer(400, "api_bad_json", {"detail": detail[:200]})
    head = listed[0] if listed else {"field": "body", "problem": "not accepted"}
    return answer(422, "api_bad_input", head, extra={"errors": listed})


def install(app: FastAPI, log_file: Path | None) -> None:
    """Answer refusals, bad input, unknown paths and bugs as JSON."""

    async def domain_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DomainError)
        return refusal(exc)

    async def validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return bad_input(list(exc.errors()), request.headers.get("content-type", ""))

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        if exc.status_code in (404, 405):
            params: dict[str, Param] = {"method": request.method, "path": request.url.path[:200]}
            return answer(exc.status_code, "api_no_such_path", params)
        return answer(exc.status_code, REFUSED, {"text": str(exc.detail)})

    async def bug(request: Request, exc: Exception) -> JSONResponse:
        report = "".join(traceback.format_exception(exc))
        log.error("%s %s failed:\n%s", request.method, request.url.path, report)
        if log_file is not None:
            stamp = datetime.now(UTC).isoformat()
            append_crash(
                log_file,
                f"{stamp} oms-desktop serve {__version__}\n{request.method} {request.url.path}\n{report}\n",
            )
        return answer(500, "api_internal_error", {})

    handlers: dict[type[Exception] | int, Callable[..., Any]] = {
        DomainError: domain_error,
        RequestValidationError: validation,
        HTTPException: http_error,
        Exception: bug,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)


# The error answers each endpoint may give, for the OpenAPI docs.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": words}
    for status, words in (
        (401, "No token, or an unknown or revoked one"),
        (403, "Beyond what the token may do (a read token writing; a manager's action)"),
        (404, "Unknown order or product"),
        (409, "Out of stock, a move the order's state does not allow, or a reused idempotency key"),
        (413, "The body is too large"),
        (415, "The body was not sent as JSON (Content-Type: application/json)"),
        (422, "Bad input: the field and the problem"),
    )
}
