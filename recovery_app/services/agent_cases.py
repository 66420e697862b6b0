"""What an agent sees of a case assigned to them, and the supervisor's assignment.

Contacts are masked until revealed with a reason (audited, check 28); nothing
here ever contains a code, a token, a password hash or a TOTP seed (check 26).
Until the live queue routes cases automatically, a supervisor assigns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain import gates
from recovery_app.domain.case_flow import VERIFIABLE, require, transition
from recovery_app.domain.directory import AccountFacts
from recovery_app.domain.errors import DomainError, InvalidInputError, NotFoundError
from recovery_app.domain.levels import LevelReport
from recovery_app.domain.masking import mask_contact
from recovery_app.domain.model import (
    AgentStatus,
    CaseState,
    ContactKind,
    Level,
    Method,
    RestoreAction,
    Role,
)
from recovery_app.services import audit, chat_posts, messages
from recovery_app.services.case_access import case_for_agent
from recovery_app.services.challenges import StartedChallenge, level_report, start_challenge
from recovery_app.services.context import Caller, Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Agent, Case, Challenge, Evidence, RestoreRequest


@dataclass(frozen=True, slots=True)
class ActionState:
    action: RestoreAction
    required_level: int
    allowed: bool
    needs_approval: bool
    hold: bool
    approver: Role | None = None
    blocked: str | None = None  # a gates.BLOCKED_* code when not allowed
    targets: tuple[int, ...] = ()  # contact ids the action may change (contact actions)


@dataclass(frozen=True, slots=True)
class CaseView:
    case: Case
    report: LevelReport
    account: dict[str, Any] | None
    challenges: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    restores: list[dict[str, Any]]
    actions: list[ActionState]
    offered_methods: list[Method] = field(default_factory=list)


def _suspicious(at: datetime | None, window: datetime) -> bool:
    return at is not None and at >= window


async def _account_summary(
    services: Services, session: AsyncSession, case: Case
) -> tuple[dict[str, Any] | None, AccountFacts | None]:
    if case.account_id is None:
        return None, None
    facts = await SqlAccountDirectory(session, services.keys, services.box, services.clock).facts(
        case.account_id
    )
    window = case.compromise_window_start
    summary = {
        "handle": facts.handle,
        "display_name": facts.display_name,
        "status": facts.status.value,
        "language": facts.language,
        "subscription": facts.subscription.value,
        "second_factor_since": facts.totp_enrolled_at,
        "second_factor_suspicious": _suspicious(facts.totp_enrolled_at, window),
        "contacts": [
            {
                "id": c.id,
                "kind": c.kind.value,
                "masked": mask_contact(c.kind.value, c.value),
                "added_at": c.added_at,
                "added_by": c.added_by.value,
                "verified": c.verified_at is not None,
                "removed_at": c.removed_at,
                "suspicious": _suspicious(c.added_at, window) and c.active,
                "original": c.predates(window),
            }
            for c in facts.contacts
        ],
        "devices": [
            {
                "id": d.id,
                "label": d.label,
                "first_seen_at": d.first_seen_at,
                "last_seen_at": d.last_seen_at,
                "revoked": d.revoked_at is not None,
                "suspicious": _suspicious(d.first_seen_at, window),
            }
            for d in facts.devices
        ],
        "active_sessions": sum(1 for s in facts.sessions if s.revoked_at is None),
        "events": [
            {
                "kind": e.kind,
                "contact_id": e.detail.get("contact_id"),
                "at": e.at,
                "actor": e.actor.value,
                "suspicious": _suspicious(e.at, window) and e.actor.value != "agent",
            }
            for e in facts.events
        ],
    }
    return summary, facts


_CONTACT_ACTIONS = (RestoreAction.REMOVE_CONTACT, RestoreAction.RESTORE_CONTACT)


def _targets(
    action: RestoreAction, facts: AccountFacts | None, window: datetime
) -> tuple[bool, tuple[int, ...]]:
    """Whether ``action`` has something to change, and which contacts (same rules as restore)."""
    from recovery_app.services.restore import validate_target  # restore imports this module's deps

    if facts is None:
        return False, ()
    if action in _CONTACT_ACTIONS:
        ids: list[int] = []
        for contact in facts.contacts:
            try:
                validate_target(action, {"contact_id": contact.id}, facts, window)
            except DomainError:
                continue
            ids.append(contact.id)
        return bool(ids), tuple(ids)
    try:
        validate_target(action, {}, facts, window)
    except DomainError:
        return False, ()
    return True, ()


def _offered_methods(case: Case, facts: AccountFacts | None) -> list[Method]:
    """Proofs worth asking for on this case: what the account had before the compromise.

    Documents and selfies are always possible; nothing is offered while the case
    cannot be verified (closed, frozen).
    """
    if CaseState(case.state) not in VERIFIABLE or case.frozen:
        return []
    window = case.compromise_window_start
    methods: list[Method] = []
    if facts is not None:
        kinds = {
            c.kind
            for c in facts.contacts
            if c.predates(window) and (c.removed_at is None or c.removed_at >= window)
        }
        if ContactKind.EMAIL in kinds:
            methods.append(Method.EMAIL_CODE)
        if ContactKind.PHONE in kinds:
            methods.append(Method.SMS_CODE)
        if facts.totp_enrolled_at is not None and facts.totp_enrolled_at < window:
            methods.append(Method.TOTP)
        if facts.unused_backup_codes > 0:
            methods.append(Method.BACKUP_CODE)
        if any(d.first_seen_at < window and d.revoked_at is None for d in facts.devices):
            methods.append(Method.KNOWN_DEVICE)
    return [*methods, Method.DOCUMENT, Method.SELFIE]


def _action_states(case: Case, level: Level, facts: AccountFacts | None) -> list[ActionState]:
    has_2fa = facts is not None and facts.has_second_factor
    active = CaseState(case.state) in (CaseState.IN_CHAT, CaseState.RESTORING)
    states: list[ActionState] = []
    for action in RestoreAction:
        has_target, targets = _targets(action, facts, case.compromise_window_start)
        blocked = gates.blocked_reason(
            action,
            level,
            has_second_factor=has_2fa,
            has_account=facts is not None,
            active=active,
            frozen=case.frozen,
            has_target=has_target,
        )
        states.append(
            ActionState(
                action=action,
                required_level=int(gates.required_level(action, has_second_factor=has_2fa)),
                allowed=blocked is None,
                needs_approval=gates.needs_approval(action),
                hold=gates.needs_hold(action),
                approver=gates.approver_role(action),
                blocked=blocked,
                targets=targets,
            )
        )
    return states


async def case_view(services: Services, agent_id: int, reference: str, caller: Caller) -> CaseView:
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        report = await level_report(session, case)
        account, facts = await _account_summary(services, session, case)
        challenges = (
            await session.scalars(select(Challenge).where(Challenge.case_id == case.id))
        ).all()
        evidence = (
            await session.scalars(select(Evidence).where(Evidence.case_id == case.id))
        ).all()
        restores = (
            await session.scalars(select(RestoreRequest).where(RestoreRequest.case_id == case.id))
        ).all()
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action="case.viewed",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
        )
    return CaseView(
        case=case,
        report=report,
        account=account,
        challenges=[
            {
                "id": c.public_id,
                "method": c.method,
                "purpose": c.purpose,
                "status": c.status,
                "created_at": c.created_at,
                "completed_at": c.completed_at,
                "by_agent": c.started_by_agent_id is not None,
            }
            for c in challenges
        ],
        evidence=[
            {
                "id": e.public_id,
                "kind": e.kind,
                "decision": e.decision,
                "uploaded_at": e.uploaded_at,
                "stored": e.path is not None,
                "phrase": next((c.phrase for c in challenges if c.id == e.challenge_id), None),
            }
            for e in evidence
        ],
        restores=[
            {
                "id": r.public_id,
                "action": r.action,
                "status": r.status,
                "hold_until": r.hold_until,
                "requested_by_me": r.requested_by_agent_id == agent_id,
                "target": dict(r.target or {}),
                "requested_at": r.requested_at,
                "decided_at": r.decided_at,
                "executed_at": r.executed_at,
            }
            for r in restores
        ],
        actions=_action_states(case, report.level, facts),
        offered_methods=_offered_methods(case, facts),
    )


async def reveal_contact(
    services: Services, agent_id: int, reference: str, contact_id: int, reason: str, caller: Caller
) -> str:
    if len(reason.strip()) < 10:
        raise InvalidInputError("Say in a sentence why you need the full contact.")
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        if case.account_id is None:
            raise NotFoundError("This case has no account.")
        facts = await SqlAccountDirectory(
            session, services.keys, services.box, services.clock
        ).facts(case.account_id)
        contact = next((c for c in facts.contacts if c.id == contact_id), None)
        if contact is None:
            raise NotFoundError("No such contact on this account.")
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action="contact.revealed",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"contact_id": contact_id, "reason": reason.strip()[:500]},
        )
        return contact.value


async def start_for_agent(
    services: Services, agent_id: int, reference: str, method: Method, caller: Caller
) -> StartedChallenge:
    """Start a challenge from the chat, and say so in the chat.

    The system message (``{"event": "proof_requested", "challenge": id, "method": m}``)
    lets the requester's client show the card at once instead of on its next poll, and
    keeps the request in the transcript. It names the method, never a code or contact.
    """
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        started = await start_challenge(
            services, case, session, method, agent_id=agent_id, caller=caller
        )
        stored = await messages.append(
            session,
            case,
            sender=messages.SYSTEM,
            client_id=f"proof:{started.public_id}",
            kind="system",
            body=chat_posts.system_body(
                "proof_requested",
                {"challenge": started.public_id, "method": started.method.value},
            ),
            now=services.clock.now(),
        )
        event, conversation_id = stored.event(case.reference), stored.message.conversation_id
    await chat_posts.publish(services, chat_posts.conversation_channel(conversation_id), event)
    return started


async def assign(
    services: Services, supervisor_id: int, reference: str, agent_id: int, caller: Caller
) -> None:
    now = services.clock.now()
    async with services.write() as session:
        case = await session.scalar(select(Case).where(Case.reference == reference.strip().upper()))
        if case is None:
            raise NotFoundError("There is no case with this reference.")
        agent = await session.get(Agent, agent_id)
        if agent is None or agent.status != AgentStatus.ACTIVE.value:
            raise NotFoundError("There is no active agent with this id.")
        require(
            CaseState(case.state),
            frozenset({CaseState.QUEUED, CaseState.IN_CHAT, CaseState.ON_HOLD}),
            "assign the case",
        )
        if CaseState(case.state) is not CaseState.IN_CHAT:
            case.state = transition(CaseState(case.state), CaseState.IN_CHAT).value
        case.assigned_agent_id = agent_id
        case.updated_at = now
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=supervisor_id,
            action="case.assigned",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"agent_id": agent_id},
        )
