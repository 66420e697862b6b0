"""Restore actions: gates, four-eyes approval, holds with "this wasn't me", one transaction each.

- The server checks the level every action needs (checks 13, 14, 24): the tier
  never enters into it (check 31).
- Actions that need a second person wait as ``pending_approval`` until a
  different agent (or a supervisor, for reinstating) approves (check 25).
- Contact and factor changes then wait out the hold; every contact verified
  before the compromise window is told, with a link that cancels the change and
  freezes the case (checks 18, 19).
- Executing an action runs in the caller's single transaction: if anything
  fails, nothing of it stays (check 36).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain import gates
from recovery_app.domain.case_flow import TRANSITIONS, require, transition
from recovery_app.domain.directory import AccountFacts
from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.model import (
    AccountStatus,
    Actor,
    CaseState,
    ContactKind,
    Level,
    RestoreAction,
    RestoreStatus,
    Role,
)
from recovery_app.security import tokens
from recovery_app.services import audit, outbox
from recovery_app.services.alerts import record_restore_activity
from recovery_app.services.case_access import case_for_agent
from recovery_app.services.challenges import level_report
from recovery_app.services.context import Caller, Services
from recovery_app.services.owner_notices import (
    CANCEL_PURPOSE,
    cancel_link,
    eligible_contacts,
    notify_owner,
)
from recovery_app.services.platform import issue_reset_token
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Case, Challenge, RestoreRequest

ACTIVE_STATES = frozenset({CaseState.IN_CHAT, CaseState.RESTORING})


@dataclass(frozen=True, slots=True)
class RestoreView:
    public_id: str
    action: RestoreAction
    status: RestoreStatus
    hold_until: datetime | None


def _view(request: RestoreRequest) -> RestoreView:
    return RestoreView(
        request.public_id,
        RestoreAction(request.action),
        RestoreStatus(request.status),
        request.hold_until,
    )


def _directory(services: Services, session: AsyncSession) -> SqlAccountDirectory:
    return SqlAccountDirectory(session, services.keys, services.box, services.clock)


def validate_target(
    action: RestoreAction, target: dict[str, Any], facts: AccountFacts, window: datetime
) -> dict[str, Any]:
    """Refuse targets that are not what the action is for (an attacker's contact, ...)."""
    if action in (RestoreAction.REMOVE_CONTACT, RestoreAction.RESTORE_CONTACT):
        contact_id = target.get("contact_id")
        contact = next((c for c in facts.contacts if c.id == contact_id), None)
        if contact is None:
            raise InvalidInputError("Choose a contact of this account.")
        if action is RestoreAction.REMOVE_CONTACT and not (
            contact.active and contact.added_at >= window
        ):
            raise ConflictError(
                "Only contacts added during the reported compromise can be removed here."
            )
        if action is RestoreAction.RESTORE_CONTACT and not (
            contact.removed_at is not None
            and contact.removed_at >= window
            and contact.predates(window)
        ):
            raise ConflictError(
                "Only original contacts removed during the compromise can be restored."
            )
        return {"contact_id": contact.id}
    enrolled = facts.totp_enrolled_at
    if action is RestoreAction.REMOVE_FACTOR and not (enrolled and enrolled >= window):
        raise ConflictError("The account has no authenticator added during the compromise.")
    if action is RestoreAction.REMOVE_SECOND_FACTOR and not (enrolled and enrolled < window):
        raise ConflictError("The account has no original authenticator to remove.")
    if action is RestoreAction.REINSTATE and facts.status not in (
        AccountStatus.SUSPENDED,
        AccountStatus.LOCKED,
    ):
        raise ConflictError("The account is not disabled.")
    return {}


async def request_action(
    services: Services,
    agent_id: int,
    reference: str,
    action: RestoreAction,
    target: dict[str, Any],
    reason: str,
    caller: Caller,
) -> RestoreView:
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id, lock=True)
        require(CaseState(case.state), ACTIVE_STATES, "ask for a restore action")
        if case.frozen:
            raise ConflictError("The account owner cancelled a change; the case is frozen.")
        if case.account_id is None:
            raise gates.GateNotMetError("Nothing has been proven for this case yet (L0).")
        facts = await _directory(services, session).facts(case.account_id)
        report = await level_report(session, case)
        gates.check_gate(action, report.level, has_second_factor=facts.has_second_factor)
        clean_target = validate_target(action, target, facts, case.compromise_window_start)
        request = RestoreRequest(
            public_id=tokens.public_id(),
            case_id=case.id,
            action=action.value,
            target=clean_target,
            status=RestoreStatus.PENDING_APPROVAL.value,
            requested_by_agent_id=agent_id,
            requested_at=now,
            reason=reason.strip()[:1000],
        )
        session.add(request)
        case.state = CaseState.RESTORING.value
        case.updated_at = now
        await session.flush()
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action="restore.requested",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={
                "request": request.public_id,
                "action": action.value,
                "level": int(report.level),
                "target": clean_target,
            },
        )
        if not gates.needs_approval(action):
            await execute(services, session, case, request, actor_id=agent_id, caller=caller)
        await record_restore_activity(session, services.settings, agent_id, now)
        return _view(request)


async def decide(
    services: Services,
    approver_id: int,
    approver_role: Role,
    request_id: str,
    *,
    approve: bool,
    note: str,
    caller: Caller,
) -> RestoreView:
    """The second pair of eyes. Approvers see the request, not the whole case."""
    now = services.clock.now()
    async with services.write() as session:
        request = await _pending(session, request_id)
        action = RestoreAction(request.action)
        gates.check_approver(
            action,
            requester_id=request.requested_by_agent_id,
            approver_id=approver_id,
            approver_role=approver_role,
        )
        case = await session.get(Case, request.case_id)
        assert case is not None
        request.approver_agent_id, request.decided_at = approver_id, now
        request.decision_note = note.strip()[:1000]
        if not approve:
            request.status = RestoreStatus.REFUSED.value
            case.state = transition(CaseState(case.state), CaseState.IN_CHAT).value
        elif gates.needs_hold(action) and services.settings.hold_hours > 0:
            await _start_hold(services, session, case, request, now)
        else:
            await execute(services, session, case, request, actor_id=approver_id, caller=caller)
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=approver_id,
            action="restore.approved" if approve else "restore.refused",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={
                "request": request.public_id,
                "action": action.value,
                "hold_until": request.hold_until,
            },
        )
        return _view(request)


async def _pending(session: AsyncSession, request_id: str) -> RestoreRequest:
    request = await session.scalar(
        select(RestoreRequest).where(RestoreRequest.public_id == request_id).with_for_update()
    )
    if request is None:
        raise NotFoundError("There is no such restore request.")
    if request.status != RestoreStatus.PENDING_APPROVAL.value:
        raise ConflictError("This request was already decided.")
    return request


async def _start_hold(
    services: Services, session: AsyncSession, case: Case, request: RestoreRequest, now: datetime
) -> None:
    request.status = RestoreStatus.ON_HOLD.value
    request.hold_until = now + timedelta(hours=services.settings.hold_hours)
    await notify_owner(
        services,
        session,
        case,
        "change_scheduled",
        now,
        change=RestoreAction(request.action).value,
        when=request.hold_until.strftime("%Y-%m-%d %H:%M UTC"),
        cancel_link=cancel_link(services, case),
    )


async def execute(
    services: Services,
    session: AsyncSession,
    case: Case,
    request: RestoreRequest,
    *,
    actor_id: int | None,
    caller: Caller,
) -> None:
    """Carry out ``request`` inside the caller's transaction (all or nothing)."""
    now = services.clock.now()
    assert case.account_id is not None
    directory = _directory(services, session)
    action = RestoreAction(request.action)
    contact_id = int(request.target.get("contact_id") or 0)
    if action is RestoreAction.REVOKE_SESSIONS:
        await directory.revoke_sessions_and_devices(case.account_id, Actor.AGENT)
    elif action is RestoreAction.SEND_RESET_LINK:
        await _send_reset_link(services, session, case, now)
    elif action is RestoreAction.REMOVE_CONTACT:
        await directory.remove_contact(case.account_id, contact_id, Actor.AGENT)
    elif action is RestoreAction.RESTORE_CONTACT:
        await directory.restore_contact(case.account_id, contact_id, Actor.AGENT)
    elif action in (RestoreAction.REMOVE_FACTOR, RestoreAction.REMOVE_SECOND_FACTOR):
        await directory.remove_totp(case.account_id, Actor.AGENT)
    elif action is RestoreAction.REINSTATE:
        await directory.set_status(case.account_id, AccountStatus.ACTIVE, Actor.AGENT)
    request.status = RestoreStatus.EXECUTED.value
    request.executed_at = now
    if action is not RestoreAction.SEND_RESET_LINK:
        await notify_owner(
            services,
            session,
            case,
            "change_done",
            now,
            change=action.value,
            cancel_link=cancel_link(services, case),
        )
    await audit.append(
        session,
        at=now,
        actor_type="agent" if actor_id else "system",
        actor_id=actor_id,
        action="restore.executed",
        case_ref=case.reference,
        account_id=case.account_id,
        ip=caller.ip,
        detail={"request": request.public_id, "action": action.value},
    )


async def _send_reset_link(
    services: Services, session: AsyncSession, case: Case, now: datetime
) -> None:
    """To a pre-compromise contact the requester proved in this case, else to the verified
    reply contact (the requester proved possession of a factor to get here)."""
    assert case.account_id is not None
    proven = await session.scalars(
        select(Challenge.method).where(
            Challenge.case_id == case.id,
            Challenge.purpose == "verify",
            Challenge.status == "passed",
        )
    )
    methods = set(proven)
    facts = await _directory(services, session).facts(case.account_id)
    window = case.compromise_window_start
    targets: list[tuple[str, str]] = []
    if "email_code" in methods:
        targets = [("email", a) for a in eligible_contacts(facts, ContactKind.EMAIL, window)]
    elif "sms_code" in methods:
        targets = [("sms", a) for a in eligible_contacts(facts, ContactKind.PHONE, window)]
    if not targets and case.reply_contact and case.reply_contact_verified_at:
        channel = "email" if case.reply_contact_kind == "email" else "sms"
        targets = [(channel, case.reply_contact)]
    if not targets:
        raise ConflictError("There is no verified contact to send a reset link to.")
    minutes = services.settings.reset_link_minutes
    token = await issue_reset_token(session, services.keys, case.account_id, case.id, now, minutes)
    link = f"{services.settings.effective_public_base_url}/reset#{token}"
    channel, address = targets[0]
    await outbox.enqueue(
        session,
        services.box,
        channel=channel,
        to=address,
        template="password_reset_link",
        language=case.language,
        params={"link": link, "minutes": minutes, "name": facts.display_name},
        now=now,
        expires_at=now + timedelta(minutes=minutes),  # the link is useless after that
        case_id=case.id,
    )
    services.outbox_wakeup.set()


async def notify_new_cases(services: Services) -> int:
    """Tell the owners of accounts that a recovery case was opened (check 19).

    Done here, in the background, and not while opening the case: that answer must
    take the same time whether or not the account exists.
    """
    now = services.clock.now()
    async with services.write() as session:
        fresh = (
            await session.scalars(
                select(Case).where(Case.account_id.is_not(None), Case.owner_notified_at.is_(None))
            )
        ).all()
        for case in fresh:
            await notify_owner(
                services,
                session,
                case,
                "recovery_started",
                now,
                case_ref=case.reference,
                cancel_link=cancel_link(services, case),
            )
            case.owner_notified_at = now
        return len(fresh)


async def run_due_holds(services: Services) -> int:
    """Execute approved changes whose hold has passed (and whose case was not frozen)."""
    now = services.clock.now()
    done = 0
    async with services.write() as session:
        due = (
            await session.scalars(
                select(RestoreRequest).where(
                    RestoreRequest.status == RestoreStatus.ON_HOLD.value,
                    RestoreRequest.hold_until <= now,
                )
            )
        ).all()
        for request in due:
            case = await session.get(Case, request.case_id)
            assert case is not None
            if case.frozen:
                continue
            await execute(services, session, case, request, actor_id=None, caller=Caller())
            done += 1
    return done


async def cancel_by_owner(services: Services, token: str, caller: Caller) -> bool:
    """ "This wasn't me": cancel the case's pending changes and freeze it for review."""
    now = services.clock.now()
    reference, _, mac = token.partition(".")
    if not tokens.matches(mac, services.keys.hashing, CANCEL_PURPOSE, None, reference):
        return False
    async with services.write() as session:
        case = await session.scalar(select(Case).where(Case.reference == reference))
        if case is None or case.account_id is None:
            return False
        pending = (
            await session.scalars(
                select(RestoreRequest).where(
                    RestoreRequest.case_id == case.id,
                    RestoreRequest.status.in_(
                        [RestoreStatus.ON_HOLD.value, RestoreStatus.PENDING_APPROVAL.value]
                    ),
                )
            )
        ).all()
        for item in pending:
            item.status = RestoreStatus.CANCELLED.value
        case.frozen = True
        case.hold_reason = "owner_cancelled"
        if CaseState.ON_HOLD in TRANSITIONS[CaseState(case.state)]:
            case.state = CaseState.ON_HOLD.value
        case.updated_at = now
        await notify_owner(services, session, case, "case_frozen", now, case_ref=case.reference)
        await audit.append(
            session,
            at=now,
            actor_type="owner",
            actor_id=None,
            action="case.frozen_by_owner",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"cancelled": [item.public_id for item in pending]},
        )
        return True


async def complete_case(
    services: Services, agent_id: int, reference: str, caller: Caller
) -> CaseState:
    """Finish a recovery: every platform session and device is revoked (check 21)."""
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id, lock=True)
        require(CaseState(case.state), frozenset({CaseState.RESTORING}), "complete the recovery")
        executed = await session.scalar(
            select(RestoreRequest.id)
            .where(
                RestoreRequest.case_id == case.id,
                RestoreRequest.status == RestoreStatus.EXECUTED.value,
            )
            .limit(1)
        )
        waiting = await session.scalar(
            select(RestoreRequest.id)
            .where(
                RestoreRequest.case_id == case.id,
                RestoreRequest.status.in_(
                    [RestoreStatus.ON_HOLD.value, RestoreStatus.PENDING_APPROVAL.value]
                ),
            )
            .limit(1)
        )
        if executed is None or waiting is not None:
            raise ConflictError(
                "Finish the restore actions first: at least one must be done and none waiting."
            )
        report = await level_report(session, case)
        gates.check_gate(RestoreAction.REVOKE_SESSIONS, report.level, has_second_factor=False)
        assert case.account_id is not None
        await _directory(services, session).revoke_sessions_and_devices(
            case.account_id, Actor.AGENT
        )
        case.state = transition(CaseState(case.state), CaseState.RESTORED).value
        case.closed_at = case.updated_at = now
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action="case.restored",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"level": int(report.level)},
        )
        return CaseState.RESTORED


__all__ = [
    "Level",
    "RestoreView",
    "cancel_by_owner",
    "complete_case",
    "decide",
    "request_action",
    "run_due_holds",
]
