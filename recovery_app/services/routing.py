"""Routing: agents' presence, giving queued cases to agents, and taking cases back.

The rules (who gets which case) are in :mod:`recovery_app.domain.routing`; this module
feeds them from the database and applies their decisions, each call in one
``Services.write()`` transaction, publishing live events only after it commits:

- ``agent:<id>``: ``{"type": "assigned", ...}`` when a case is given to the agent,
  ``{"type": "unassigned", ..., "reason"}`` when it is taken back, ``presence`` changes;
- ``conv:<conversation id>``: the system message ("an agent has joined" as
  ``{"event": "agent_joined", "agent": name}``; "back in the queue" as
  ``{"event": "requeued", "reason": ...}``) and ``{"type": "queue", ...}`` updates;
- ``queue``: ``queue_changed`` counts, ``presence`` changes, ``alert`` notices.

A case is claimed with a conditional UPDATE (still queued, still unassigned, the agent
still online and below ``max_chats``), so two server processes routing at once can
never give one case to two agents, nor an agent more than their maximum. There is no
way for an agent to pick a case: only :func:`route` assigns (supervisors may still
override with ``agent_cases.assign``).

Call :func:`route` whenever capacity frees or the queue changes; the presence
functions and ``requester.request_support``/``abandon`` do. :class:`RoutingLoop` runs
it every ``routing_interval_seconds`` too, with reassignment of unanswered chats and
service-level breach alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select, update
from sqlalchemy import case as when
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from recovery_app.domain import routing as rules
from recovery_app.domain.case_flow import transition
from recovery_app.domain.errors import InvalidInputError, NotFoundError
from recovery_app.domain.model import AgentStatus, CaseState
from recovery_app.services import audit, messages, service_levels
from recovery_app.services.context import Services
from recovery_app.services.service_levels import QUEUE_CHANNEL, WaitingRow
from recovery_app.storage.models import Agent, AgentPresence, AuditEntry, Case, Conversation

log = logging.getLogger(__name__)

Event = dict[str, Any]
Outbox = list[tuple[str, Event]]  # (channel, event), published after the commit

AGENT_OFFLINE = "agent_offline"
AGENT_AWAY = "agent_away"
NO_REPLY = "no_reply"
_REASSIGNED = "case.reassigned"
_QUEUED = CaseState.QUEUED.value
_IN_CHAT = CaseState.IN_CHAT.value
_OCCUPYING = [state.value for state in rules.OCCUPYING_STATES]


def agent_channel(agent_id: int) -> str:
    return f"agent:{agent_id}"


def conversation_channel(conversation_id: int) -> str:
    return f"conv:{conversation_id}"


@dataclass(frozen=True, slots=True)
class Assignment:
    """A case :func:`route` gave to an agent."""

    case_id: int
    reference: str
    agent_id: int
    tier: str
    conversation_id: int


@dataclass(frozen=True, slots=True)
class Returned:
    """A case taken back from an agent and put in the queue again."""

    case_id: int
    reference: str
    agent_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class Presence:
    """An agent's presence after a change: status and live connections counted."""

    agent_id: int
    status: str
    connections: int


async def _publish(services: Services, outbox: Outbox) -> None:
    """Publish after commit. The change is already true: a failed notice is logged,
    not raised (clients catch up from the API, the next run publishes again)."""
    for channel, event in outbox:
        try:
            await services.bus.publish(channel, event)
        except Exception:
            log.exception("could not publish a %s event", event.get("type"))


# --- presence ---------------------------------------------------------------------------


async def _presence_before(session: AsyncSession, agent_id: int, now: datetime) -> str:
    """The agent's status before this change; creates the row (offline) the first time."""
    if await session.get(Agent, agent_id) is None:
        raise NotFoundError("There is no agent with this id.")
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(
        insert(AgentPresence)
        .values(agent_id=agent_id, status=rules.OFFLINE, connections=0, updated_at=now)
        .on_conflict_do_nothing(index_elements=[AgentPresence.agent_id])
    )
    status = await session.scalar(
        select(AgentPresence.status).where(AgentPresence.agent_id == agent_id)
    )
    return status or rules.OFFLINE


async def _change_presence(
    services: Services, agent_id: int, values: dict[str, Any]
) -> tuple[Presence, list[Returned]]:
    now = services.clock.now()
    outbox: Outbox = []
    async with services.write() as session:
        before = await _presence_before(session, agent_id, now)
        status, connections = (
            await session.execute(
                update(AgentPresence)
                .where(AgentPresence.agent_id == agent_id)
                .values(**values, updated_at=now)
                .returning(AgentPresence.status, AgentPresence.connections)
            )
        ).one()
        returned = await _presence_changed(services, session, agent_id, before, status, outbox)
    await _publish(services, outbox)
    await try_route(services, queue_changed=bool(returned))
    return Presence(agent_id, status, connections), returned


async def _presence_changed(
    services: Services,
    session: AsyncSession,
    agent_id: int,
    before: str,
    after: str,
    outbox: Outbox,
) -> list[Returned]:
    if before == after:
        return []
    now = services.clock.now()
    await audit.append(
        session,
        at=now,
        actor_type="agent",
        actor_id=agent_id,
        action="agent.presence_changed",
        detail={"agent_id": agent_id, "from": before, "to": after},
    )
    event = {"type": "presence", "agent_id": agent_id, "status": after}
    outbox += [(agent_channel(agent_id), event), (QUEUE_CHANNEL, event)]
    if after == rules.ONLINE:
        return []
    reason = AGENT_AWAY if after == rules.AWAY else AGENT_OFFLINE
    return await _return_unanswered(services, session, agent_id, reason, outbox)


async def agent_connected(services: Services, agent_id: int) -> Presence:
    """One more live connection of the agent; an offline agent comes online. Then routes."""
    presence, _ = await _change_presence(
        services,
        agent_id,
        {
            "connections": AgentPresence.connections + 1,
            "status": when(
                (AgentPresence.status == rules.OFFLINE, rules.ONLINE), else_=AgentPresence.status
            ),
        },
    )
    return presence


async def agent_disconnected(services: Services, agent_id: int) -> Presence:
    """One live connection fewer; at none the agent is offline and their chats still
    waiting for a first reply go back to the queue. Then routes."""
    last = AgentPresence.connections <= 1
    presence, _ = await _change_presence(
        services,
        agent_id,
        {
            "connections": when((last, 0), else_=AgentPresence.connections - 1),
            "status": when((last, rules.OFFLINE), else_=AgentPresence.status),
        },
    )
    return presence


async def set_presence(services: Services, agent_id: int, status: str) -> Presence:
    """The agent says online, away or offline. Away or offline returns their chats still
    waiting for a first reply to the queue. Then routes."""
    if status not in rules.PRESENCE_STATUSES:
        raise InvalidInputError("Presence is one of: online, away, offline.")
    presence, _ = await _change_presence(services, agent_id, {"status": status})
    return presence


async def reset_stale_presence(services: Services, before: datetime) -> int:
    """Mark offline every agent whose presence was last changed before ``before``.

    For a single server process starting up (SQLite): connections counted by the
    previous run are gone. Their unanswered chats go back to the queue."""
    now = services.clock.now()
    outbox: Outbox = []
    async with services.write() as session:
        stale = list(
            (
                await session.execute(
                    select(AgentPresence.agent_id, AgentPresence.status).where(
                        AgentPresence.updated_at < before,
                        (AgentPresence.status != rules.OFFLINE) | (AgentPresence.connections > 0),
                    )
                )
            ).all()
        )
        for agent_id, status in stale:
            await session.execute(
                update(AgentPresence)
                .where(AgentPresence.agent_id == agent_id)
                .values(status=rules.OFFLINE, connections=0, updated_at=now)
            )
            await _presence_changed(services, session, agent_id, status, rules.OFFLINE, outbox)
    await _publish(services, outbox)
    return len(stale)


# --- taking cases back -------------------------------------------------------------------


async def _requeue(
    services: Services,
    session: AsyncSession,
    case: Case,
    agent_id: int,
    reason: str,
    outbox: Outbox,
    *conditions: ColumnElement[bool],
) -> Returned | None:
    """Put an in-chat case of ``agent_id`` back in the queue (keeping its place)."""
    now = services.clock.now()
    claimed = (
        await session.execute(
            update(Case)
            .where(
                Case.id == case.id,
                Case.assigned_agent_id == agent_id,
                Case.state == _IN_CHAT,
                *conditions,
            )
            .values(
                state=transition(CaseState.IN_CHAT, CaseState.QUEUED).value,
                assigned_agent_id=None,
                assigned_at=None,
                updated_at=now,
            )
            .returning(Case.id)
            .execution_options(synchronize_session=False)
        )
    ).scalar_one_or_none()
    if claimed is None:
        return None
    await session.refresh(case)
    stored = await messages.append(
        session,
        case,
        sender=messages.SYSTEM,
        client_id=f"requeued:{secrets.token_hex(8)}",
        kind="system",
        body=json.dumps({"event": "requeued", "reason": reason}),
        now=now,
    )
    await audit.append(
        session,
        at=now,
        actor_type="system",
        actor_id=None,
        action=_REASSIGNED if reason == NO_REPLY else "case.requeued",
        case_ref=case.reference,
        account_id=case.account_id,
        detail={"agent_id": agent_id, "reason": reason},
    )
    info = await service_levels.queue_info_in(session, services.settings, case, now)
    channel = conversation_channel(stored.message.conversation_id)
    ref = case.reference
    outbox += [
        (
            agent_channel(agent_id),
            {"type": "unassigned", "conversation": ref, "case": ref, "agent_id": agent_id}
            | {"reason": reason},
        ),
        (channel, stored.event(ref)),
        (channel, service_levels.queue_event(ref, info)),
    ]
    return Returned(case.id, ref, agent_id, reason)


async def _return_unanswered(
    services: Services, session: AsyncSession, agent_id: int, reason: str, outbox: Outbox
) -> list[Returned]:
    """The agent's chats whose requester still waits for a first reply go back."""
    cases = await session.scalars(
        select(Case).where(
            Case.assigned_agent_id == agent_id,
            Case.state == _IN_CHAT,
            Case.first_response_at.is_(None),
            Case.escalated.is_(False),
        )
    )
    returned = []
    for case in list(cases):
        done = await _requeue(
            services, session, case, agent_id, reason, outbox, Case.first_response_at.is_(None)
        )
        if done is not None:
            returned.append(done)
    return returned


async def reassign_unanswered(services: Services) -> list[Returned]:
    """Cases whose requester has waited ``reassign_after_seconds`` for the assigned agent
    go back to the queue (not to that agent again for as long); the agent is told."""
    now = services.clock.now()
    after = timedelta(seconds=services.settings.reassign_after_seconds)
    overdue = (
        Case.state == _IN_CHAT,
        Case.assigned_agent_id.is_not(None),
        Case.escalated.is_(False),
        Case.awaiting_reply_since <= now - after,
    )
    async with services.read() as session:
        if await session.scalar(select(Case.id).where(*overdue).limit(1)) is None:
            return []
    outbox: Outbox = []
    returned: list[Returned] = []
    async with services.write() as session:
        for case in list(await session.scalars(select(Case).where(*overdue))):
            agent_id = case.assigned_agent_id
            if agent_id is None or not rules.reply_overdue(case.awaiting_reply_since, now, after):
                continue
            done = await _requeue(services, session, case, agent_id, NO_REPLY, outbox, *overdue[2:])
            if done is not None:
                returned.append(done)
    await _publish(services, outbox)
    if returned:
        await try_route(services, queue_changed=True)
    return returned


# --- routing ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _OnlineAgent:
    load: rules.AgentLoad
    display_name: str


async def _online_agents(session: AsyncSession) -> dict[int, _OnlineAgent]:
    rows = list(
        await session.execute(
            select(Agent.id, Agent.max_chats, Agent.languages, Agent.role, Agent.display_name)
            .join(AgentPresence, AgentPresence.agent_id == Agent.id)
            .where(AgentPresence.status == rules.ONLINE, Agent.status == AgentStatus.ACTIVE.value)
        )
    )
    if not rows:
        return {}
    usage = {
        agent_id: (int(open_cases or 0), last)
        for agent_id, open_cases, last in await session.execute(
            select(
                Case.assigned_agent_id,
                func.sum(when((Case.state.in_(_OCCUPYING), 1), else_=0)),
                func.max(Case.assigned_at),
            )
            .where(Case.assigned_agent_id.in_([row[0] for row in rows]))
            .group_by(Case.assigned_agent_id)
        )
    }
    agents = {}
    for agent_id, max_chats, languages, role, display_name in rows:
        open_cases, last = usage.get(agent_id, (0, None))
        load = rules.AgentLoad(
            agent_id=agent_id,
            presence=rules.ONLINE,
            open_cases=open_cases,
            max_chats=max_chats,
            languages=frozenset(languages or ()),
            last_assigned_at=last,
            role=role,
        )
        agents[agent_id] = _OnlineAgent(load, display_name)
    return agents


async def _recently_taken_from(
    session: AsyncSession, references: Sequence[str], since: datetime
) -> dict[str, frozenset[int]]:
    """Agents each case was taken from for not replying, since ``since``."""
    taken: dict[str, set[int]] = {}
    for reference, detail in await session.execute(
        select(AuditEntry.case_ref, AuditEntry.detail).where(
            AuditEntry.action == _REASSIGNED,
            AuditEntry.case_ref.in_(references),
            AuditEntry.at >= since,
        )
    ):
        if reference is not None and isinstance(detail.get("agent_id"), int):
            taken.setdefault(reference, set()).add(detail["agent_id"])
    return {reference: frozenset(ids) for reference, ids in taken.items()}


async def _claim(
    session: AsyncSession, row: WaitingRow, agent: _OnlineAgent, now: datetime, outbox: Outbox
) -> Assignment | None:
    """Give one case to one agent, if both are still as the plan saw them."""
    agent_id, other = agent.load.agent_id, aliased(Case)
    occupied = (
        select(func.count(other.id))
        .where(other.assigned_agent_id == agent_id, other.state.in_(_OCCUPYING))
        .scalar_subquery()
    )
    online = exists().where(
        AgentPresence.agent_id == agent_id, AgentPresence.status == rules.ONLINE
    )
    claimed = (
        await session.execute(
            update(Case)
            .where(
                Case.id == row.case.case_id,
                Case.state == _QUEUED,
                Case.assigned_agent_id.is_(None),
                Case.frozen.is_(False),
                occupied < agent.load.max_chats,
                online,
            )
            .values(
                state=transition(CaseState.QUEUED, CaseState.IN_CHAT).value,
                assigned_agent_id=agent_id,
                assigned_at=now,
                updated_at=now,
            )
            .returning(Case.id)
            .execution_options(synchronize_session=False)
        )
    ).scalar_one_or_none()
    if claimed is None:
        return None
    case = await session.get(Case, claimed, populate_existing=True)
    assert case is not None
    if case.first_response_at is None or case.awaiting_reply_since is not None:
        case.awaiting_reply_since = now  # the new agent's reply clock starts now
    stored = await messages.append(
        session,
        case,
        sender=messages.SYSTEM,
        client_id=f"routed:{secrets.token_hex(8)}",
        kind="system",
        body=json.dumps({"event": "agent_joined", "agent": agent.display_name}, ensure_ascii=False),
        now=now,
    )
    await audit.append(
        session,
        at=now,
        actor_type="system",
        actor_id=None,
        action="case.routed",
        case_ref=case.reference,
        account_id=case.account_id,
        detail={
            "agent_id": agent_id,
            "tier": case.tier,
            "waited_seconds": int((now - row.case.queued_at).total_seconds()),
        },
    )
    ref, conversation_id = case.reference, stored.message.conversation_id
    channel = conversation_channel(conversation_id)
    outbox += [
        (
            agent_channel(agent_id),
            {"type": "assigned", "conversation": ref, "case": ref, "agent_id": agent_id},
        ),
        (channel, stored.event(ref)),
        (
            channel,
            {"type": "queue", "conversation": ref, "tier": case.tier, "state": case.state}
            | {"agent": agent.display_name},
        ),
    ]
    return Assignment(case.id, ref, agent_id, case.tier, conversation_id)


async def _assign(
    services: Services, session: AsyncSession, now: datetime, outbox: Outbox
) -> list[Assignment]:
    rows = await service_levels.waiting(session)
    if not rows:
        return []
    agents = await _online_agents(session)
    if not any(rules.has_free_slot(agent.load) for agent in agents.values()):
        return []
    since = now - timedelta(seconds=services.settings.reassign_after_seconds)
    avoid = await _recently_taken_from(session, [row.reference for row in rows], since)
    cases = [
        replace(row.case, avoid_agent_ids=avoid.get(row.reference, frozenset())) for row in rows
    ]
    by_id = {row.case.case_id: row for row in rows}
    made = []
    for decision in rules.plan(cases, [agent.load for agent in agents.values()], now):
        done = await _claim(
            session, by_id[decision.case_id], agents[decision.agent_id], now, outbox
        )
        if done is not None:
            made.append(done)
    return made


async def route(services: Services, *, queue_changed: bool = False) -> list[Assignment]:
    """Give queued cases to agents with free slots by the rules; one transaction.

    After the commit: ``assigned`` on each agent's channel, the system message and a
    ``queue`` update on each case's conversation, and (when anything moved, or
    ``queue_changed``) new positions for every subscriber still waiting.
    """
    if not queue_changed and not await _worth_routing(services):
        return []  # nothing waits, or nobody can take it: no need for the write lock
    now = services.clock.now()
    outbox: Outbox = []
    async with services.write() as session:
        made = await _assign(services, session, now, outbox)
        if made or queue_changed:
            for conversation_id, event in await service_levels.position_events(
                session, services.settings, now
            ):
                if conversation_id is not None:
                    outbox.append((conversation_channel(conversation_id), event))
            outbox.append((QUEUE_CHANNEL, await _queue_counts(session)))
    await _publish(services, outbox)
    return made


async def _worth_routing(services: Services) -> bool:
    """A cheap look without the write lock: a case waits and someone has a free slot."""
    async with services.read() as session:
        waiting = await session.scalar(
            select(Case.id)
            .where(Case.state == _QUEUED, Case.frozen.is_(False), Case.assigned_agent_id.is_(None))
            .limit(1)
        )
        if waiting is None:
            return False
        agents = await _online_agents(session)
        return any(rules.has_free_slot(agent.load) for agent in agents.values())


async def _queue_counts(session: AsyncSession) -> Event:
    rows = await service_levels.waiting(session)
    verified = sum(1 for row in rows if row.case.tier == service_levels.VERIFIED)
    return {
        "type": "queue_changed",
        "waiting": {"verified": verified, "free": len(rows) - verified},
    }


async def try_route(services: Services, *, queue_changed: bool = False) -> list[Assignment]:
    """:func:`route` after something else committed: a failure is logged, not raised
    (the change that called it stands; the routing loop tries again shortly).

    Calls that arrive while a pass is running do not queue up a pass each (200 cases
    joining at once would mean 200 passes, each pushing 200 queue positions): the
    running pass goes round once more for all of them, and they return at once.
    """
    gate = services.routing_gate
    gate.queue_changed |= queue_changed
    if gate.running:
        gate.again = True
        return []
    gate.running = True
    made: list[Assignment] = []
    try:
        while True:
            gate.again = False
            changed, gate.queue_changed = gate.queue_changed, False
            try:
                made += await route(services, queue_changed=changed)
            except Exception:
                log.exception("routing failed; the routing loop will try again")
            if not gate.again:
                return made
    finally:
        gate.running = False


async def case_queued(services: Services, case_id: int) -> None:
    """A case just joined the queue (after that commit): route, and tell a requester who
    still waits what to expect (subscribers get their position from :func:`route`)."""
    made = await try_route(services, queue_changed=True)
    if any(assignment.case_id == case_id for assignment in made):
        return
    try:
        async with services.read() as session:
            case = await session.get(Case, case_id)
            if case is None or case.tier == service_levels.VERIFIED:
                return
            conversation_id = await session.scalar(
                select(Conversation.id).where(Conversation.case_id == case.id)
            )
            if conversation_id is None:  # request_support creates it; nobody listens yet
                return
            info = await service_levels.queue_info_in(
                session, services.settings, case, services.clock.now()
            )
        event = service_levels.queue_event(case.reference, info)
        await _publish(services, [(conversation_channel(conversation_id), event)])
    except Exception:
        log.exception("could not tell a requester about the queue")


# --- the periodic loop -------------------------------------------------------------------


class RoutingLoop:
    """The queue's periodic work in one server process: take back chats left unanswered,
    route, raise breach alerts; every ``routing_interval_seconds``. Survives its errors.

    Stopping lets a pass that is under way finish (up to ``STOP_SECONDS``) rather than
    cancelling it between a database call and its answer."""

    STOP_SECONDS = 5.0

    def __init__(self, services: Services) -> None:
        self._services = services
        self._started_at = services.clock.now()
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._stopping.clear()
            self._task = asyncio.create_task(self._run(), name="routing")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), self.STOP_SECONDS)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def run_once(self) -> None:
        """One pass (also called by tests after they move the clock)."""
        await reassign_unanswered(self._services)
        await route(self._services)
        await service_levels.raise_breach_alerts(self._services)

    async def _run(self) -> None:
        if self._services.engine.dialect.name == "sqlite":
            # The embedded default is one process: connections counted before it started
            # are gone. (Several processes on PostgreSQL keep each other's counts.)
            try:
                await reset_stale_presence(self._services, self._started_at)
            except Exception:
                log.exception("could not reset stale agent presence")
        while not self._stopping.is_set():
            try:
                await self.run_once()
            except Exception:
                log.exception("routing pass failed; trying again later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._stopping.wait(), self._services.settings.routing_interval_seconds
                )


def start_routing_loop(services: Services) -> RoutingLoop:
    loop = RoutingLoop(services)
    loop.start()
    return loop


async def stop_routing_loop(loop: RoutingLoop) -> None:
    await loop.stop()
