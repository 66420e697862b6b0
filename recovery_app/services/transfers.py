"""What an agent does with a chat besides replying: private notes, transfer and escalation.

- A note (kind ``note``) is stored in the conversation for agents only. It never
  reaches the requester: requester reads and transcripts exclude it in their
  queries, and the live hub passes it only to agents' connections.
- A transfer hands an in-chat case to another active agent who is online and has
  a free chat slot; the case stays in chat. An escalation marks the case as
  escalated and gives it to an online supervisor with a free slot if there is
  one, otherwise puts it back in the queue (unassigned, ``queued``) for the
  routing to give to a supervisor. Both are audited, leave the handover note as
  a private note, tell the requester in a system message (``{"event":
  "transferred"|"escalated", "from": ..., "to": ...}``) and send ``unassigned`` /
  ``assigned`` on the agents' channels so their live connections follow the case.
  The new agent's reply clock (``awaiting_reply_since``) restarts as when routed.
- After either, the queue is routed again (``recovery_app.services.routing.route``,
  looked up at run time so this module works without it): a handover frees a slot.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import require, transition
from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.model import AgentStatus, CaseState, Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.security import tokens
from recovery_app.services import audit, messages
from recovery_app.services.case_access import case_for_agent
from recovery_app.services.chat_posts import (
    agent_channel,
    clean_text,
    conversation_channel,
    publish,
    system_body,
)
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Agent, AgentPresence, Case

log = logging.getLogger(__name__)

# States in which an agent is talking with the requester (and can hand the chat over).
ACTIVE = frozenset({CaseState.IN_CHAT, CaseState.RESTORING})
# Cases that take one of an agent's chat slots.
_BUSY = (CaseState.IN_CHAT.value, CaseState.RESTORING.value)
ONLINE = "online"
_SUPERVISORS = (Role.SUPERVISOR.value, Role.ADMIN.value)


@dataclass(frozen=True, slots=True)
class NoteView:
    seq: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Handover:
    """Where a case went: its state, who has it now (None: the queue), and whether escalated."""

    state: CaseState
    assigned_agent_id: int | None
    escalated: bool


@dataclass(slots=True)
class _Outbox:
    """Events to publish once the transaction has committed: (channel, event)."""

    events: list[tuple[str, dict[str, Any]]]

    async def send(self, services: Services) -> None:
        for channel, event in self.events:
            await publish(services, channel, event)


# -- notes ------------------------------------------------------------------------------


async def add_note(
    services: Services,
    agent: AgentPrincipal,
    reference: str,
    body: str,
    *,
    client_id: str | None,
    caller: Caller,
) -> NoteView:
    """A private note in a case assigned to ``agent``. Resending the same client id is a no-op."""
    text = _note_text(body)
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent.id)
        stored = await messages.append(
            session,
            case,
            sender=messages.agent_party(agent.id),
            client_id=client_id or f"note:{tokens.public_id()}",
            kind="note",
            body=text,
            now=now,
        )
        if stored.created:
            await audit.append(
                session,
                at=now,
                actor_type="agent",
                actor_id=agent.id,
                action="note.added",
                case_ref=case.reference,
                account_id=case.account_id,
                ip=caller.ip,
                detail={"seq": stored.message.seq},
            )
        event = stored.event(case.reference)
    if stored.created:
        await publish(services, conversation_channel(stored.message.conversation_id), event)
    return NoteView(stored.message.seq, stored.message.created_at)


def _note_text(body: str) -> str:
    text = clean_text(body, messages.MAX_BODY)
    if not text:
        raise InvalidInputError("Write something in the note.")
    return text


# -- transfer ---------------------------------------------------------------------------


async def transfer(
    services: Services,
    agent: AgentPrincipal,
    reference: str,
    target_id: int,
    note: str,
    caller: Caller,
) -> Handover:
    """Give the chat to another active, online agent with a free slot; the case stays in chat."""
    text = _note_text(note)
    if target_id == agent.id:
        raise InvalidInputError("Choose another agent: this case is already yours.")
    now = services.clock.now()
    outbox = _Outbox([])
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent.id, lock=True)
        require(CaseState(case.state), ACTIVE, "transfer the chat")
        target = await session.get(Agent, target_id)
        if target is None or target.status != AgentStatus.ACTIVE.value:
            raise NotFoundError("There is no active agent with this id.")
        if not await _is_online(session, target.id):
            raise ConflictError(f"{target.display_name} is not online. Choose an online agent.")
        if await _chat_load(session, target.id) >= target.max_chats:
            raise ConflictError(f"{target.display_name} has no free chat slot right now.")
        _give(case, target.id, now)
        await _post_handover(
            session,
            outbox,
            case,
            agent,
            now,
            note=f"Handover note for {target.display_name}: {text}",
            event="transferred",
            new_agent=target,
        )
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent.id,
            action="case.transferred",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"from_agent": agent.id, "to_agent": target.id},
        )
        handover = Handover(CaseState(case.state), target.id, case.escalated)
    await outbox.send(services)
    await route_queue(services, queue_changed=False)
    return handover


# -- escalation -------------------------------------------------------------------------


async def escalate(
    services: Services, agent: AgentPrincipal, reference: str, note: str, caller: Caller
) -> Handover:
    """Mark the case escalated and give it to an online supervisor, or queue it for one."""
    text = _note_text(note)
    now = services.clock.now()
    outbox = _Outbox([])
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent.id, lock=True)
        require(CaseState(case.state), ACTIVE, "escalate the case")
        supervisor = await _free_supervisor(session, exclude=agent.id)
        case.escalated = True
        case.updated_at = now
        if supervisor is not None:
            _give(case, supervisor.id, now)
        elif CaseState(case.state) is CaseState.RESTORING:
            # Restore actions are under way: the state machine does not let such a
            # case go back to the queue, only to a supervisor who is here now.
            raise ConflictError(
                "No supervisor is online to take over a case with restore actions under way. "
                "Try again in a moment, or ask a supervisor to approve what is pending."
            )
        else:
            case.state = transition(CaseState(case.state), CaseState.QUEUED).value
            case.assigned_agent_id = None
            case.assigned_at = None
            case.queued_at = case.queued_at or now  # keeps its place in the queue
        await _post_handover(
            session,
            outbox,
            case,
            agent,
            now,
            note=f"Escalation note: {text}",
            event="escalated",
            new_agent=supervisor,
        )
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent.id,
            action="case.escalated",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"to_agent": supervisor.id if supervisor is not None else None},
        )
        handover = Handover(CaseState(case.state), case.assigned_agent_id, True)
    await outbox.send(services)
    await route_queue(services, queue_changed=supervisor is None)
    return handover


# -- helpers ----------------------------------------------------------------------------


def _give(case: Case, agent_id: int, now: datetime) -> None:
    case.assigned_agent_id = agent_id
    case.assigned_at = case.updated_at = now
    if case.first_response_at is None or case.awaiting_reply_since is not None:
        case.awaiting_reply_since = now  # the new agent's reply clock starts now


async def _post_handover(
    session: AsyncSession,
    outbox: _Outbox,
    case: Case,
    agent: AgentPrincipal,
    now: datetime,
    *,
    note: str,
    event: str,
    new_agent: Agent | None,
) -> None:
    """The private handover note, the requester-visible system message, and the
    assignment events for the agents' live connections (published after commit)."""
    private = await messages.append(
        session,
        case,
        sender=messages.agent_party(agent.id),
        client_id=f"handover-note:{tokens.public_id()}",
        kind="note",
        body=note,
        now=now,
    )
    public = await messages.append(
        session,
        case,
        sender=messages.SYSTEM,
        client_id=f"handover:{tokens.public_id()}",
        kind="system",
        body=system_body(
            event,
            {
                "from": agent.display_name,
                "to": new_agent.display_name if new_agent is not None else None,
            },
        ),
        now=now,
    )
    ref, conversation_id = case.reference, public.message.conversation_id
    channel = conversation_channel(conversation_id)
    outbox.events += [
        (channel, private.event(ref)),
        (channel, public.event(ref)),
        (agent_channel(agent.id), {"type": "unassigned", "conversation": ref, "case": ref}),
    ]
    if new_agent is not None:
        outbox.events.append(
            (
                agent_channel(new_agent.id),
                {"type": "assigned", "conversation": ref, "case": ref, "agent_id": new_agent.id},
            )
        )


async def _is_online(session: AsyncSession, agent_id: int) -> bool:
    presence = await session.get(AgentPresence, agent_id)
    return presence is not None and presence.status == ONLINE


async def _chat_load(session: AsyncSession, agent_id: int) -> int:
    count = await session.scalar(
        select(func.count(Case.id)).where(Case.assigned_agent_id == agent_id, Case.state.in_(_BUSY))
    )
    return int(count or 0)


async def _free_supervisor(session: AsyncSession, *, exclude: int) -> Agent | None:
    """The least busy online supervisor (then admin) with a free chat slot, if any."""
    candidates = (
        await session.scalars(
            select(Agent)
            .join(AgentPresence, AgentPresence.agent_id == Agent.id)
            .where(
                Agent.role.in_(_SUPERVISORS),
                Agent.status == AgentStatus.ACTIVE.value,
                Agent.id != exclude,
                AgentPresence.status == ONLINE,
            )
        )
    ).all()
    best: tuple[bool, int, int] | None = None
    chosen: Agent | None = None
    for candidate in candidates:
        load = await _chat_load(session, candidate.id)
        if load >= candidate.max_chats:
            continue
        rank = (candidate.role != Role.SUPERVISOR.value, load, candidate.id)
        if best is None or rank < best:
            best, chosen = rank, candidate
    return chosen


async def route_queue(services: Services, *, queue_changed: bool) -> None:
    """Run the queue routing if the routing module exists (it may not yet).

    Imported by name at run time so this module works, and type-checks, with or
    without it; ``queue_changed`` is passed when its ``route`` takes it (it then
    sends new queue positions). A routing failure is logged: the handover itself
    has committed.
    """
    try:
        routing = importlib.import_module("recovery_app.services.routing")
    except ModuleNotFoundError as exc:
        if exc.name != "recovery_app.services.routing":
            raise
        return
    route: Any = getattr(routing, "route", None)
    if route is None:
        return
    try:
        takes_flag = "queue_changed" in inspect.signature(route).parameters
        result = route(services, queue_changed=queue_changed) if takes_flag else route(services)
        if inspect.isawaitable(result):
            await result
    except Exception:
        log.exception("routing after a handover failed; the queue is routed again later")
