"""The requester's credentials: the case reference in the path and the case token as Bearer."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from recovery_app.server.problems import ProblemError
from recovery_app.services.context import Caller

_bearer = HTTPBearer(auto_error=False, description="The case token returned when it was opened.")


def case_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None:
        # Same as a wrong token or a missing case: nothing to learn here.
        raise ProblemError(
            404,
            "not_found",
            "Not found",
            "No case with this reference is open for you. Check the reference, or open a new case.",
        )
    return credentials.credentials


def caller(request: Request) -> Caller:
    client = request.client
    return Caller(ip=client.host if client else None, user_agent=request.headers.get("user-agent"))


CaseToken = Annotated[str, Depends(case_token)]
CallerDep = Annotated[Caller, Depends(caller)]
