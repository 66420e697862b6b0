"""problem+json error responses with stable codes.

Every error the server returns, from a wrong path to an unexpected crash, is an
``application/problem+json`` body (:class:`~recovery_app.schemas.common.Problem`)
with a ``code`` that never changes and a ``detail`` sentence a person can act on.
Values sent by the client are never echoed, since they may be secrets.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from recovery_app.domain.errors import DomainError
from recovery_app.schemas.common import FieldProblem, Problem

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:recovery-desk:problem:"

# Status → (code, title, detail) for errors raised by the framework itself.
_HTTP_PROBLEMS: dict[int, tuple[str, str, str]] = {
    400: ("bad_request", "Bad request", "The request could not be read. Check what was sent."),
    401: (
        "unauthenticated",
        "Sign-in needed",
        "This needs a valid session. Sign in again.",
    ),
    403: ("forbidden", "Not allowed", "You are not allowed to do this."),
    404: (
        "not_found",
        "Not found",
        "Nothing exists at this address. Check the server URL and that the app is up to date.",
    ),
    405: (
        "method_not_allowed",
        "Method not allowed",
        "This address does not accept that kind of request.",
    ),
    406: ("not_acceptable", "Not acceptable", "The server can only answer in JSON."),
    413: (
        "payload_too_large",
        "Request too large",
        "The request is larger than the server accepts. Send less at once.",
    ),
    415: (
        "unsupported_media_type",
        "Unsupported content type",
        "Send the request body as JSON (Content-Type: application/json).",
    ),
    429: ("rate_limited", "Too many requests", "Too many requests. Wait a moment and try again."),
    503: (
        "unavailable",
        "Service unavailable",
        "The server is not ready. Try again in a moment.",
    ),
}


class ProblemError(StarletteHTTPException):
    """An HTTP-level error with an explicit problem code and sentence.

    Subclassing Starlette's HTTPException matters: FastAPI re-raises those
    unchanged from body parsing, where any other exception becomes a generic 400.
    """

    def __init__(self, status: int, code: str, title: str, detail: str) -> None:
        super().__init__(status_code=status, detail=detail)
        self.code = code
        self.title = title


def problem_response(
    request: Request | None,
    status: int,
    code: str,
    title: str,
    detail: str,
    errors: list[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None) if request else None
    body = Problem(
        type=f"{TYPE_PREFIX}{code}",
        title=title,
        status=status,
        detail=detail,
        code=code,
        request_id=request_id,
        errors=errors,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _http_problem(status: int) -> tuple[str, str, str]:
    if status in _HTTP_PROBLEMS:
        return _HTTP_PROBLEMS[status]
    if status >= 500:
        return ("internal_error", "Server error", "The server failed. Try again later.")
    return ("bad_request", "Bad request", "The request could not be completed.")


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers) if exc.headers else None
    if isinstance(exc, ProblemError):
        return problem_response(
            request, exc.status_code, exc.code, exc.title, str(exc.detail), headers=headers
        )
    if exc.status_code == 405:
        # Starlette names only the first route that matched the path; list them all.
        headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
    code, title, detail = _http_problem(exc.status_code)
    return problem_response(request, exc.status_code, code, title, detail, headers=headers)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route accepts for this request's path."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        route_methods = getattr(route, "methods", None)
        if match.name != "NONE" and route_methods:
            methods |= set(route_methods)
    return sorted(methods)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        FieldProblem(field=_field_name(err.get("loc", ())), message=str(err.get("msg", "")))
        for err in exc.errors()
    ]
    fields = ", ".join(sorted({e.field for e in errors})) or "the request"
    return problem_response(
        request,
        422,
        "validation_failed",
        "Invalid request",
        f"Some fields are missing or invalid ({fields}). Correct them and send again.",
        errors=errors,
    )


async def _on_domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
    return problem_response(request, exc.status, exc.code, exc.title, exc.detail, headers=headers)


def install_problem_handlers(app: FastAPI) -> None:
    """Map framework and domain errors to problems (crashes: RequestContextMiddleware)."""
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(DomainError, _on_domain_error)


def problem_openapi(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries declaring problem bodies for ``statuses``."""
    content = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    return {
        status: {"description": _http_problem(status)[1], "content": content} for status in statuses
    }
