"""The requester's view of their own case, asking for support, and giving up."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import require, transition
from recovery_app.domain.delivery import (
    DeliveryState,
    MessageFacts,
    OutboxStatus,
    delivery_state,
)
from recovery_app.domain.levels import LevelReport
from recovery_app.domain.model import CaseState, ChallengeStatus, Subscription
from recovery_app.services import audit, messages, routing
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.cases import REPLY_PURPOSE
from recovery_app.services.challenges import CODE_METHODS, level_report
from recovery_app.services.context import Caller, Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Case, Challenge, OutboxMessage


@dataclass(frozen=True, slots=True)
class PendingStep:
    id: str
    method: str
    purpose: str
    expires_at: datetime
    phrase: str | None
    by_agent: bool
    delivery: DeliveryState | None = None  # code steps: how the message is doing


@dataclass(frozen=True, slots=True)
class CaseStatus:
    case: Case
    report: LevelReport
    pending: list[PendingStep]


async def status(services: Services, reference: str, token: str) -> CaseStatus:
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        report = await level_report(session, case)
        now = services.clock.now()
        rows = list(
            await session.scalars(
                select(Challenge).where(
                    Challenge.case_id == case.id,
                    Challenge.status == ChallengeStatus.PENDING.value,
                    Challenge.expires_at > now,
                )
            )
        )
        deliveries = await _deliveries(session, rows, now)
        pending = [
            PendingStep(
                c.public_id,
                c.method,
                c.purpose,
                c.expires_at,
                c.phrase,
                c.started_by_agent_id is not None,
                deliveries.get(c.id),
            )
            for c in rows
        ]
        return CaseStatus(case, report, pending)


async def _deliveries(
    session: AsyncSession, challenges: list[Challenge], now: datetime
) -> dict[int, DeliveryState]:
    """The delivery state of each code challenge, from the outbox rows carrying its code
    (decoys included: a case without an account reads exactly like one with, check 10)."""
    purposes = {c.id: c.purpose for c in challenges if c.method in CODE_METHODS}
    if not purposes:
        return {}
    facts: dict[int, list[MessageFacts]] = defaultdict(list)
    rows = await session.execute(
        select(
            OutboxMessage.challenge_id,
            OutboxMessage.status,
            OutboxMessage.attempts,
            OutboxMessage.created_at,
        ).where(OutboxMessage.challenge_id.in_(purposes))
    )
    for challenge_id, status, attempts, created_at in rows:
        assert challenge_id is not None  # selected by it
        facts[challenge_id].append(MessageFacts(OutboxStatus(status), attempts, created_at))
    states: dict[int, DeliveryState] = {}
    for challenge_id, purpose in purposes.items():
        state = delivery_state(facts[challenge_id], own_contact=purpose == REPLY_PURPOSE, now=now)
        if state is not None:
            states[challenge_id] = state
    return states


async def request_support(
    services: Services, reference: str, token: str, caller: Caller
) -> CaseStatus:
    """Join the queue. The tier comes from the account on the server, never from the client."""
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        require(CaseState(case.state), frozenset({CaseState.VERIFYING}), "ask for support")
        tier = Subscription.FREE
        if case.account_id is not None:
            facts = await SqlAccountDirectory(
                session, services.keys, services.box, services.clock
            ).facts(case.account_id)
            if facts.is_verified_subscriber(now):
                tier = Subscription.VERIFIED
        case.tier = tier.value
        case.state = transition(CaseState(case.state), CaseState.QUEUED).value
        case.queued_at = case.updated_at = now
        await messages.conversation_for(session, case, now)  # queue updates go to its channel
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action="case.queued",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"tier": tier.value},
        )
    await routing.case_queued(services, case.id)  # after the commit: an agent may take it now
    return await status(services, reference, token)


async def abandon(services: Services, reference: str, token: str, caller: Caller) -> None:
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        case.state = transition(CaseState(case.state), CaseState.ABANDONED).value
        case.closed_at = case.updated_at = now
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action="case.abandoned",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
        )
    await routing.try_route(services, queue_changed=True)  # a slot or a place in line freed
