"""Who is calling: the agent behind a bearer session token, checked on every request."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.server.api.deps import StateDep
from recovery_app.server.problems import ProblemError

_bearer = HTTPBearer(auto_error=False, description="An agent session token from sign-in.")


def unauthenticated() -> ProblemError:
    return ProblemError(
        401,
        "unauthenticated",
        "Sign-in needed",
        "Your session has ended or is not valid. Sign in again.",
    )


async def current_agent(
    request: Request,
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AgentPrincipal:
    from recovery_app.services.agents import authenticate_session

    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthenticated()
    principal = await authenticate_session(state.services, credentials.credentials)
    if principal is None:
        raise unauthenticated()
    return principal


CurrentAgent = Annotated[AgentPrincipal, Depends(current_agent)]


def require_role(*roles: Role) -> Any:
    """A dependency that lets only agents with one of ``roles`` through (403 otherwise)."""

    async def check(agent: CurrentAgent) -> AgentPrincipal:
        if agent.role not in roles:
            raise ProblemError(
                403, "forbidden", "Not allowed", "Your role does not allow this action."
            )
        return agent

    return Depends(check)
