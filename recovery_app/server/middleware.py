"""ASGI middleware: request ids, access log without query strings, body size limit."""

from __future__ import annotations

import logging
import secrets
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from recovery_app.server.problems import ProblemError

access_log = logging.getLogger("recovery_app.access")
log = logging.getLogger(__name__)


def _payload_too_large(limit: int) -> ProblemError:
    return ProblemError(
        413,
        "payload_too_large",
        "Request too large",
        f"The request body is larger than the {limit // 1024} KiB this server accepts. "
        "Send less at once.",
    )


class RequestContextMiddleware:
    """Gives every request an id and logs one access line when it ends.

    The line has method, path (never the query string, which could hold a
    token), status, duration and client address.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", request_id.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            if scope["type"] != "http" or status:
                raise  # the response has started: nothing sensible can be sent any more
            await _internal_error(scope, receive, send_with_id, exc, request_id)
        finally:
            client = scope.get("client")
            access_log.info(
                "%s %s %s",
                scope.get("method", "WS"),
                scope.get("path", ""),
                status,
                extra={
                    "request_id": request_id,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "client_ip": client[0] if client else None,
                },
            )


def _database_down(exc: BaseException) -> bool:
    """Is this the database being unreachable (not a bug in a query)?"""
    from sqlalchemy.exc import InterfaceError, OperationalError

    return isinstance(exc, OperationalError | InterfaceError | ConnectionError | TimeoutError)


async def _internal_error(
    scope: Scope, receive: Receive, send: Send, exc: Exception, request_id: str
) -> None:
    from starlette.requests import Request

    from recovery_app.server.problems import problem_response

    if _database_down(exc):
        log.warning(
            "database unavailable", extra={"request_id": request_id, "reason": type(exc).__name__}
        )
        response = problem_response(
            Request(scope),
            503,
            "database_unavailable",
            "Database unavailable",
            "The service cannot reach its database right now. Nothing was changed; "
            "try again in a moment.",
        )
    else:
        log.error("unhandled error", exc_info=exc, extra={"request_id": request_id})
        response = problem_response(
            Request(scope),
            500,
            "internal_error",
            "Server error",
            "The server failed while handling this request. It has been logged; "
            "try again, and quote the request id if it keeps happening.",
        )
    await response(scope, receive, send)


class BodySizeLimitMiddleware:
    """Refuses HTTP bodies over ``limit`` bytes with a 413 problem.

    A declared Content-Length over the limit is refused before anything is
    read; a body without one (chunked) is counted as it streams in.
    """

    UPLOAD_SUFFIXES = ("/evidence", "/attachments")

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int | None = None) -> None:
        self.app = app
        self.default_limit = limit
        self.upload_limit = upload_limit or limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Uploads (documents, attachments) may be larger than ordinary JSON bodies.
        upload = str(scope.get("path", "")).endswith(self.UPLOAD_SUFFIXES)
        limit = self.upload_limit if upload else self.default_limit
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > limit
            except ValueError:
                too_large = False  # the server rejects malformed lengths itself
            if too_large:
                await self._refuse(scope, receive, send, limit)
                return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _payload_too_large(limit)
            return message

        await self.app(scope, counting_receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        from starlette.requests import Request

        from recovery_app.server.problems import problem_response

        exc = _payload_too_large(limit)
        response = problem_response(
            Request(scope), exc.status_code, exc.code, exc.title, str(exc.detail)
        )
        await response(scope, receive, send)
