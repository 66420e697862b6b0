"""Routes of the agent desk: my cases, the queue (to look at, never to pick from),
capacity, and colleagues to hand a chat to.

Presence (online, away, offline) is set over the live socket with a ``presence`` frame;
``GET /agent/capacity`` reports it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from recovery_app.schemas.agent_desk import (
    AgentQueueOut,
    CapacityIn,
    CapacityOut,
    ColleagueOut,
    MyCaseOut,
    QueueCountsOut,
    QueueItemOut,
)
from recovery_app.server.api.agent_auth import CurrentAgent
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.requester import CallerDep
from recovery_app.server.problems import problem_openapi
from recovery_app.services import agent_desk

router = APIRouter(tags=["agent desk"])
_READ = problem_openapi(401, 422)


def _capacity_out(capacity: agent_desk.Capacity) -> CapacityOut:
    return CapacityOut(
        max_chats=capacity.max_chats,
        limit=capacity.limit,
        open_chats=capacity.open_chats,
        presence=capacity.presence,
    )


@router.get("/agent/cases", response_model=list[MyCaseOut], responses=_READ)
async def my_cases(agent: CurrentAgent, state: StateDep) -> list[MyCaseOut]:
    """The open cases assigned to you, with their service-level clocks."""
    cases = await agent_desk.my_cases(state.services, agent.id)
    return [MyCaseOut.model_validate(case, from_attributes=True) for case in cases]


@router.get("/agent/queue", response_model=AgentQueueOut, responses=_READ)
async def waiting_queue(
    _: CurrentAgent,
    state: StateDep,
    limit: Annotated[int, Query(ge=1, le=agent_desk.QUEUE_LIMIT_MAX)] = 200,
) -> AgentQueueOut:
    """Who waits, in routing order: tier, kind, language, waiting time and the
    service-level state. No personal data; cases are assigned only by routing."""
    found = await agent_desk.queue(state.services, limit)
    return AgentQueueOut(
        at=found.at,
        counts=QueueCountsOut(
            total=found.total,
            verified=found.verified,
            free=found.free,
            warning=found.warning,
            breached=found.breached,
        ),
        items=[QueueItemOut.model_validate(item, from_attributes=True) for item in found.items],
        truncated=found.total > len(found.items),
    )


@router.get("/agent/capacity", response_model=CapacityOut, responses=_READ)
async def get_capacity(agent: CurrentAgent, state: StateDep) -> CapacityOut:
    """Your chat capacity, open chats and presence."""
    return _capacity_out(await agent_desk.capacity(state.services, agent.id))


@router.put("/agent/capacity", response_model=CapacityOut, responses=_READ)
async def set_capacity(
    body: CapacityIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> CapacityOut:
    """Take up to ``max_chats`` chats at once (bounded by the server; audited)."""
    return _capacity_out(
        await agent_desk.set_capacity(state.services, agent, body.max_chats, caller)
    )


@router.get("/agent/colleagues", response_model=list[ColleagueOut], responses=_READ)
async def colleagues(agent: CurrentAgent, state: StateDep) -> list[ColleagueOut]:
    """Other active agents, online first, with their free chat slots (for a transfer)."""
    found = await agent_desk.colleagues(state.services, agent.id)
    return [ColleagueOut.model_validate(c, from_attributes=True) for c in found]
