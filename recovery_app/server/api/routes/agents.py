"""Routes: agent sign-in and sign-out, the signed-in agent, and agent administration.

Thin: each route reads the request, calls ``recovery_app.services.agents`` and
shapes the answer. Every failed sign-in is the same 401 problem.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response, status

from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.agents import (
    AgentAccountOut,
    AgentOut,
    CreateAgentRequest,
    CreatedAgentOut,
    SessionOut,
    SignInRequest,
)
from recovery_app.server.api.agent_auth import CurrentAgent, require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.problems import problem_openapi
from recovery_app.services import agents
from recovery_app.services.context import Caller

router = APIRouter()

MAX_ID = 2**31 - 1


def get_caller(request: Request) -> Caller:
    """Where the request came from, for the audit log."""
    client = request.client
    return Caller(
        ip=client.host[:64] if client else None,
        user_agent=request.headers.get("user-agent"),
    )


CallerDep = Annotated[Caller, Depends(get_caller)]
AdminAgent = Annotated[AgentPrincipal, require_role(Role.ADMIN)]
AgentId = Annotated[int, Path(ge=1, le=MAX_ID, description="The agent's id.")]


def _agent_out(agent: AgentPrincipal) -> AgentOut:
    return AgentOut(
        id=agent.id, username=agent.username, display_name=agent.display_name, role=agent.role
    )


def _account_out(agent: agents.AgentInfo) -> AgentAccountOut:
    return AgentAccountOut(
        id=agent.id,
        username=agent.username,
        display_name=agent.display_name,
        role=agent.role,
        status=agent.status,
        created_at=agent.created_at,
    )


@router.post(
    "/agent/sessions",
    tags=["agents"],
    status_code=status.HTTP_201_CREATED,
    response_model=SessionOut,
    responses=problem_openapi(400, 401, 429),
)
async def sign_in(body: SignInRequest, state: StateDep, caller: CallerDep) -> SessionOut:
    """Sign an agent in with password and TOTP code; returns a new session token.

    Every wrong answer (unknown or disabled user, wrong password, wrong or
    already used code) is the same 401 ``invalid_credentials`` problem.
    """
    result = await agents.sign_in(state.services, body.username, body.password, body.totp, caller)
    return SessionOut(
        token=result.token, expires_at=result.expires_at, agent=_agent_out(result.agent)
    )


@router.delete(
    "/agent/sessions/current",
    tags=["agents"],
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_openapi(401),
)
async def sign_out(agent: CurrentAgent, state: StateDep, caller: CallerDep) -> Response:
    """End the session this request is signed with."""
    await agents.sign_out(state.services, agent, caller)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/agent/me", tags=["agents"], response_model=AgentOut, responses=problem_openapi(401))
async def me(agent: CurrentAgent) -> AgentOut:
    """The signed-in agent."""
    return _agent_out(agent)


@router.post(
    "/admin/agents",
    tags=["admin"],
    status_code=status.HTTP_201_CREATED,
    response_model=CreatedAgentOut,
    responses=problem_openapi(400, 401, 403, 409),
)
async def create_agent(
    body: CreateAgentRequest, admin: AdminAgent, state: StateDep, caller: CallerDep
) -> CreatedAgentOut:
    """Create an agent (admins only) and return their TOTP enrolment URI, once.

    SECRET LEAVES THE SERVER HERE: this is the single documented exception to
    "no response carries a seed" (security check 9). The ``enrolment_uri``
    holds the new agent's TOTP seed and goes only to the admin creating the
    account, in this one response; it is never stored in clear, logged,
    audited or retrievable again.
    """
    agent_id, seed = await agents.create_agent(
        state.services,
        body.username,
        body.display_name,
        body.role,
        body.password,
        by=admin,
        caller=caller,
    )
    account = await agents.get_agent(state.services, agent_id)
    return CreatedAgentOut(
        agent=_account_out(account), enrolment_uri=agents.enrolment_uri(account.username, seed)
    )


@router.post(
    "/admin/agents/{agent_id}/disable",
    tags=["admin"],
    response_model=AgentAccountOut,
    responses=problem_openapi(401, 403, 404, 409),
)
async def disable_agent(
    agent_id: AgentId, admin: AdminAgent, state: StateDep, caller: CallerDep
) -> AgentAccountOut:
    """Disable an agent (admins only); every session of theirs ends at once."""
    account = await agents.disable_agent(state.services, agent_id, admin, caller)
    return _account_out(account)
