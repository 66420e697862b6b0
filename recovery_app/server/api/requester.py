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
        # 401 whatever the reference: it says nothing about whether the case exists
        # (a wrong token and an unknown case both get the same 404 further on).
        raise ProblemError(
            401,
            "unauthenticated",
            "Case token needed",
            "Send the case token you got when you opened the case, or open a new case.",
        )
    return credentials.credentials


def caller(request: Request) -> Caller:
    client = request.client
    return Caller(ip=client.host if client else None, user_agent=request.headers.get("user-agent"))


CaseToken = Annotated[str, Depends(case_token)]
CallerDep = Annotated[Caller, Depends(caller)]
