"""The approvals inbox: restore requests a second person may decide, with what they need.

An approver sees the request (action, masked target, the requester's reason)
and the case's proofs (level, kinds of proof, reviewed document and selfie),
never the account's contacts in full or the person's messages. Requests of
one's own are listed separately as "waiting" and cannot be decided (the
decision itself is refused by :func:`recovery_app.domain.gates.check_approver`);
reinstatements are offered to supervisors only. Listing requests to decide is
a read of case data, so it is audited, like opening a case panel: once per
approver and request (the inbox polls; the first sight is what matters, and a
row per poll would bury the log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain import gates
from recovery_app.domain.levels import LevelReport
from recovery_app.domain.masking import mask_contact
from recovery_app.domain.model import RestoreAction, RestoreStatus, Role
from recovery_app.services import audit
from recovery_app.services.challenges import level_report
from recovery_app.services.context import Caller, Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Agent, AuditEntry, Case, RestoreRequest

Scope = Literal["decide", "mine"]
_DECIDERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True, slots=True)
class TargetContact:
    kind: str
    masked: str
    added_at: datetime
    removed_at: datetime | None
    original: bool
    suspicious: bool


@dataclass(frozen=True, slots=True)
class PendingRequest:
    request: RestoreRequest
    case: Case
    report: LevelReport
    requested_by: str
    requested_by_me: bool
    approver: Role
    can_decide: bool
    hold_hours: float
    contact: TargetContact | None


def may_decide(action: RestoreAction, *, requester_id: int, agent_id: int, role: Role) -> bool:
    """The inbox's filter; the decision endpoint enforces the same through the gates."""
    if requester_id == agent_id:
        return False
    return gates.approver_role(action) is not Role.SUPERVISOR or role in _DECIDERS


async def _contact(
    services: Services, session: AsyncSession, case: Case, request: RestoreRequest
) -> TargetContact | None:
    contact_id = request.target.get("contact_id") if request.target else None
    if contact_id is None or case.account_id is None:
        return None
    directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
    facts = await directory.facts(case.account_id)
    contact = next((c for c in facts.contacts if c.id == contact_id), None)
    if contact is None:
        return None
    window = case.compromise_window_start
    return TargetContact(
        kind=contact.kind.value,
        masked=mask_contact(contact.kind.value, contact.value),
        added_at=contact.added_at,
        removed_at=contact.removed_at,
        original=contact.predates(window),
        suspicious=contact.added_at >= window,
    )


async def pending_requests(
    services: Services, agent_id: int, role: Role, scope: Scope, caller: Caller
) -> list[PendingRequest]:
    """Requests waiting for approval: those ``agent_id`` may decide, or their own."""
    now = services.clock.now()
    async with services.write() as session:
        rows = (
            await session.execute(
                select(RestoreRequest, Case, Agent)
                .join(Case, Case.id == RestoreRequest.case_id)
                .join(Agent, Agent.id == RestoreRequest.requested_by_agent_id)
                .where(RestoreRequest.status == RestoreStatus.PENDING_APPROVAL.value)
                .order_by(RestoreRequest.requested_at, RestoreRequest.id)
            )
        ).all()
        found: list[PendingRequest] = []
        for request, case, requester in rows:
            action = RestoreAction(request.action)
            mine = request.requested_by_agent_id == agent_id
            decidable = may_decide(
                action, requester_id=request.requested_by_agent_id, agent_id=agent_id, role=role
            )
            if (scope == "mine") != mine or (scope == "decide" and not decidable):
                continue
            approver = gates.approver_role(action)
            if approver is None:  # not an approval action: nobody decides it here
                continue
            found.append(
                PendingRequest(
                    request=request,
                    case=case,
                    report=await level_report(session, case),
                    requested_by=requester.display_name,
                    requested_by_me=mine,
                    approver=approver,
                    can_decide=decidable,
                    hold_hours=services.settings.hold_hours if gates.needs_hold(action) else 0,
                    contact=await _contact(services, session, case, request),
                )
            )
        if scope == "decide":
            seen = await _already_viewed(session, agent_id, [item.case.reference for item in found])
            for item in found:
                if item.request.public_id in seen:
                    continue
                await audit.append(
                    session,
                    at=now,
                    actor_type="agent",
                    actor_id=agent_id,
                    action="restore_request.viewed",
                    case_ref=item.case.reference,
                    account_id=item.case.account_id,
                    ip=caller.ip,
                    detail={"request": item.request.public_id},
                )
        return found


async def _already_viewed(session: AsyncSession, agent_id: int, refs: list[str]) -> set[str]:
    """Public ids of the requests this agent's inbox has already shown (and audited)."""
    if not refs:
        return set()
    details = await session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.action == "restore_request.viewed",
            AuditEntry.actor_type == "agent",
            AuditEntry.actor_id == str(agent_id),
            AuditEntry.case_ref.in_(set(refs)),
        )
    )
    return {str(detail.get("request")) for detail in details if detail}
