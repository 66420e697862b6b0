"""The agent desk: my cases, the waiting queue as agents may see it, capacity, colleagues.

The queue view is for awareness only: no personal data (no handle, no contact) and no
way to take a case; :mod:`recovery_app.services.routing` alone assigns (shared/DESIGN.md
§4, no cherry-picking). It stays cheap at 10,000 waiting cases: counts come from one
aggregate query and only the first ``limit`` rows are loaded, in the order of
:func:`recovery_app.domain.routing.queue_key` (tier, then queued time, then id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy import case as when

from recovery_app.domain import routing as rules
from recovery_app.domain.case_flow import CLOSED
from recovery_app.domain.errors import InvalidInputError
from recovery_app.domain.model import AgentStatus, CaseState
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.agent_desk import MAX_CHATS_LIMIT
from recovery_app.services import audit, routing, service_levels
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Agent, AgentPresence, Case

# The most chats anyone may take at once, unless the server settings say otherwise
# (``agent_max_chats_limit``).
DEFAULT_MAX_CHATS_LIMIT = MAX_CHATS_LIMIT  # the published schema's maximum
QUEUE_LIMIT_MAX = 500
WARNING_SHARE = 0.75  # amber from 75 % of the target on
_OPEN_STATES = [state.value for state in CaseState if state not in CLOSED]
_OCCUPYING = [state.value for state in rules.OCCUPYING_STATES]
_QUEUED = CaseState.QUEUED.value


def max_chats_limit(services: Services) -> int:
    limit = getattr(services.settings, "agent_max_chats_limit", DEFAULT_MAX_CHATS_LIMIT)
    return int(limit)


def sla_state(waited_seconds: float, target_seconds: float) -> str:
    """ok, warning (at least 75 % of the target used) or breached (past it)."""
    if waited_seconds >= target_seconds:
        return "breached"
    if waited_seconds >= WARNING_SHARE * target_seconds:
        return "warning"
    return "ok"


@dataclass(frozen=True, slots=True)
class MyCase:
    reference: str
    kind: str
    tier: str
    language: str
    state: str
    verification_level: int
    escalated: bool
    queued_at: datetime | None
    assigned_at: datetime | None
    waiting_since: datetime | None
    first_response_due_at: datetime | None
    sla_state: str


async def my_cases(services: Services, agent_id: int) -> list[MyCase]:
    """The open cases assigned to the agent, oldest assignment first."""
    now, settings = services.clock.now(), services.settings
    async with services.read() as session:
        rows = (
            await session.scalars(
                select(Case)
                .where(Case.assigned_agent_id == agent_id, Case.state.in_(_OPEN_STATES))
                .order_by(Case.assigned_at, Case.id)
            )
        ).all()
    found = []
    for case in rows:
        target = service_levels.target_seconds(settings, case.tier)
        due = None
        if case.first_response_at is None and case.queued_at is not None:
            due = case.queued_at + timedelta(seconds=target)
        waiting = case.awaiting_reply_since
        state = "ok"
        if waiting is not None:
            state = sla_state((now - waiting).total_seconds(), target)
        if due is not None and now >= due:
            state = "breached"
        found.append(
            MyCase(
                reference=case.reference,
                kind=case.kind,
                tier=case.tier,
                language=case.language,
                state=case.state,
                verification_level=case.level,
                escalated=case.escalated,
                queued_at=case.queued_at,
                assigned_at=case.assigned_at,
                waiting_since=waiting,
                first_response_due_at=due,
                sla_state=state,
            )
        )
    return found


# --- the queue --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueItem:
    position: int
    tier: str
    kind: str
    language: str
    escalated: bool
    queued_at: datetime
    waiting_seconds: int
    target_seconds: int
    due_at: datetime
    sla_state: str


@dataclass(frozen=True, slots=True)
class AgentQueue:
    at: datetime
    total: int
    verified: int
    free: int
    warning: int
    breached: int
    items: list[QueueItem]


def _waiting_filter() -> Any:
    # The same cases as service_levels.waiting(): routable and nobody's yet.
    return and_(
        Case.state == _QUEUED,
        Case.frozen.is_(False),
        Case.assigned_agent_id.is_(None),
    )


async def queue(services: Services, limit: int = 200) -> AgentQueue:
    """Counts over the whole queue and its first ``limit`` cases in routing order."""
    if not 1 <= limit <= QUEUE_LIMIT_MAX:
        raise InvalidInputError(f"Ask for 1 to {QUEUE_LIMIT_MAX} cases.")
    now, settings = services.clock.now(), services.settings
    targets = {tier: service_levels.target_seconds(settings, tier) for tier in service_levels.TIERS}
    since = func.coalesce(Case.queued_at, Case.opened_at)
    verified = Case.tier == service_levels.VERIFIED

    def older_than(share: float) -> Any:
        return or_(
            and_(verified, since <= now - timedelta(seconds=share * targets["verified"])),
            and_(~verified, since <= now - timedelta(seconds=share * targets["free"])),
        )

    counts_query = select(
        func.count(Case.id),
        func.sum(when((verified, 1), else_=0)),
        func.sum(when((older_than(WARNING_SHARE), 1), else_=0)),
        func.sum(when((older_than(1.0), 1), else_=0)),
    ).where(_waiting_filter())
    rank = when((verified, 0), else_=1)  # rules.queue_key: tier, queued time, id
    items_query = (
        select(Case.tier, Case.kind, Case.language, Case.escalated, since)
        .where(_waiting_filter())
        .order_by(rank, since, Case.id)
        .limit(limit)
    )
    async with services.read() as session:
        total, n_verified, warning, breached = (await session.execute(counts_query)).one()
        rows = (await session.execute(items_query)).all()
    items = []
    for position, (tier, kind, language, escalated, queued_at) in enumerate(rows, start=1):
        target = targets.get(tier, targets["free"])
        waited = max(0.0, (now - queued_at).total_seconds())
        items.append(
            QueueItem(
                position=position,
                tier=tier,
                kind=kind,
                language=language,
                escalated=escalated,
                queued_at=queued_at,
                waiting_seconds=int(waited),
                target_seconds=int(target),
                due_at=queued_at + timedelta(seconds=target),
                sla_state=sla_state(waited, target),
            )
        )
    total = int(total or 0)
    n_verified = int(n_verified or 0)
    return AgentQueue(
        at=now,
        total=total,
        verified=n_verified,
        free=total - n_verified,
        warning=int(warning or 0) - int(breached or 0),
        breached=int(breached or 0),
        items=items,
    )


# --- capacity ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Capacity:
    max_chats: int
    limit: int
    open_chats: int
    presence: str


async def _open_chats(session: Any, agent_id: int) -> int:
    count = await session.scalar(
        select(func.count(Case.id)).where(
            Case.assigned_agent_id == agent_id, Case.state.in_(_OCCUPYING)
        )
    )
    return int(count or 0)


async def capacity(services: Services, agent_id: int) -> Capacity:
    async with services.read() as session:
        agent = await session.get(Agent, agent_id)
        assert agent is not None  # the session was just authenticated
        presence = await session.get(AgentPresence, agent_id)
        return Capacity(
            max_chats=agent.max_chats,
            limit=max_chats_limit(services),
            open_chats=await _open_chats(session, agent_id),
            presence=presence.status if presence is not None else rules.OFFLINE,
        )


async def set_capacity(
    services: Services, agent: AgentPrincipal, max_chats: int, caller: Caller
) -> Capacity:
    """Change how many chats the agent takes at once (audited); routing runs again."""
    limit = max_chats_limit(services)
    if not 1 <= max_chats <= limit:
        raise InvalidInputError(f"Choose between 1 and {limit} chats at once.")
    now = services.clock.now()
    async with services.write() as session:
        row = await session.get(Agent, agent.id)
        assert row is not None
        before = row.max_chats
        if before != max_chats:
            row.max_chats = max_chats
            await audit.append(
                session,
                at=now,
                actor_type="agent",
                actor_id=agent.id,
                action="agent.capacity_changed",
                ip=caller.ip,
                detail={"from": before, "to": max_chats},
            )
    if max_chats > before:
        await routing.try_route(services)  # a freed slot may take a waiting case now
    return await capacity(services, agent.id)


# --- colleagues -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Colleague:
    id: int
    display_name: str
    role: str
    presence: str
    free_slots: int


async def colleagues(services: Services, agent_id: int) -> list[Colleague]:
    """Other active agents, online ones first: who a chat could be handed to."""
    async with services.read() as session:
        rows = (
            await session.execute(
                select(
                    Agent.id, Agent.display_name, Agent.role, Agent.max_chats, AgentPresence.status
                )
                .outerjoin(AgentPresence, AgentPresence.agent_id == Agent.id)
                .where(Agent.status == AgentStatus.ACTIVE.value, Agent.id != agent_id)
            )
        ).all()
        load = {
            owner: int(count)
            for owner, count in await session.execute(
                select(Case.assigned_agent_id, func.count(Case.id))
                .where(Case.state.in_(_OCCUPYING), Case.assigned_agent_id.is_not(None))
                .group_by(Case.assigned_agent_id)
            )
        }
    found = [
        Colleague(
            id=other,
            display_name=name,
            role=role,
            presence=status or rules.OFFLINE,
            free_slots=max(0, most - load.get(other, 0)),
        )
        for other, name, role, most, status in rows
    ]
    order = {rules.ONLINE: 0, rules.AWAY: 1}
    return sorted(found, key=lambda c: (order.get(c.presence, 2), c.display_name.lower()))
