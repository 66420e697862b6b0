"""Exceptions the domain raises; the server maps each to a problem response.

Every error carries a stable machine-readable ``code`` (clients translate it
into a sentence in the person's language) and an English ``detail`` sentence
that says what went wrong and what to do next. Details never contain secrets.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base class for errors that a caller can act on."""

    code: str = "domain_error"
    status: int = 400
    title: str = "The request could not be completed"
    # Seconds after which the same request may succeed (sent as Retry-After), if known.
    retry_after: int | None = None

    def __init__(self, detail: str | None = None) -> None:
        self.detail = detail or self.title
        super().__init__(self.detail)


class NotFoundError(DomainError):
    code = "not_found"
    status = 404
    title = "Not found"


class ConflictError(DomainError):
    code = "conflict"
    status = 409
    title = "The request conflicts with the current state"


class RateLimitedError(DomainError):
    code = "rate_limited"
    status = 429
    title = "Too many attempts"


class ForbiddenError(DomainError):
    code = "forbidden"
    status = 403
    title = "Not allowed"


class InvalidInputError(DomainError):
    code = "invalid_input"
    status = 422
    title = "Invalid input"
