"""Errors the client library raises, each with a stable code the UI translates."""

from __future__ import annotations

from recovery_app.schemas.common import Problem


class ClientError(Exception):
    """Base class: ``code`` is what the UI turns into a sentence in the person's language."""

    code = "client_error"


class ServerUnreachableError(ClientError):
    """No answer from the server: it is down, the address is wrong, or the network is."""

    code = "server_unreachable"

    def __init__(self, base_url: str, reason: str) -> None:
        super().__init__(f"Cannot reach the server at {base_url}: {reason}")
        self.base_url = base_url
        self.reason = reason


class ApiProblemError(ClientError):
    """The server answered with a problem (4xx/5xx)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem

    @property
    def code(self) -> str:  # type: ignore[override]
        return self.problem.code

    @property
    def status(self) -> int:
        return self.problem.status


class UnexpectedResponseError(ClientError):
    """The server's answer was not what this client version understands."""

    code = "unexpected_response"
