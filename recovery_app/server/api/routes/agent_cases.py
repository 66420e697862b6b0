"""Routes for agents working a case assigned to them, approvals, and supervisor assignment."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.responses import Response

from recovery_app.domain.model import Method, Role
from recovery_app.schemas.approvals import (
    ApprovalCaseOut,
    ApprovalContactOut,
    ApprovalRequestOut,
)
from recovery_app.schemas.cases import (
    AccountOut,
    ActionOut,
    AgentCaseOut,
    AgentChallengeOut,
    AgentEvidenceOut,
    AgentRestoreOut,
    AssignIn,
    CaseStateOut,
    ChallengeOut,
    DecisionIn,
    EvidenceDecisionIn,
    LevelOut,
    RestoreIn,
    RestoreOut,
    RevealedContactOut,
    RevealIn,
    StartChallengeIn,
)
from recovery_app.server.api.agent_auth import CurrentAgent, require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.requester import CallerDep
from recovery_app.server.api.routes.cases import level_out
from recovery_app.server.problems import problem_openapi
from recovery_app.services import agent_cases, approvals, evidence, restore

router = APIRouter(tags=["agent cases"])
_ERRORS = problem_openapi(401, 403, 404, 409, 422)
SupervisorOnly = require_role(Role.SUPERVISOR, Role.ADMIN)


def _case_out(view: agent_cases.CaseView, hold_hours: float = 0) -> AgentCaseOut:
    case = view.case
    return AgentCaseOut(
        reference=case.reference,
        kind=case.kind,
        state=case.state,
        language=case.language,
        tier=case.tier,
        frozen=case.frozen,
        opened_at=case.opened_at,
        compromise_window_start=case.compromise_window_start,
        verification=level_out(view.report),
        account=AccountOut.model_validate(view.account) if view.account else None,
        challenges=[AgentChallengeOut.model_validate(c) for c in view.challenges],
        evidence=[AgentEvidenceOut.model_validate(e) for e in view.evidence],
        restores=[AgentRestoreOut.model_validate(r) for r in view.restores],
        actions=[
            ActionOut(
                action=a.action,
                required_level=a.required_level,
                allowed=a.allowed,
                needs_approval=a.needs_approval,
                hold=a.hold,
                approver=a.approver.value if a.approver else None,
                blocked=a.blocked,
                targets=list(a.targets),
            )
            for a in view.actions
        ],
        offered_methods=view.offered_methods,
        hold_reason=case.hold_reason,
        hold_hours=hold_hours,
    )


@router.get("/agent/cases/{reference}", response_model=AgentCaseOut, responses=_ERRORS)
async def get_case(
    reference: str, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> AgentCaseOut:
    """The case panel. Only while the case is assigned to you; contacts are masked."""
    view = await agent_cases.case_view(state.services, agent.id, reference, caller)
    return _case_out(view, state.services.settings.hold_hours)


@router.post(
    "/agent/cases/{reference}/contacts/{contact_id}/reveal",
    response_model=RevealedContactOut,
    responses=_ERRORS,
)
async def reveal_contact(
    reference: str,
    contact_id: int,
    body: RevealIn,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
) -> RevealedContactOut:
    value = await agent_cases.reveal_contact(
        state.services, agent.id, reference, contact_id, body.reason, caller
    )
    return RevealedContactOut(value=value)


@router.post(
    "/agent/cases/{reference}/challenges",
    status_code=201,
    response_model=ChallengeOut,
    responses=_ERRORS,
)
async def start_challenge(
    reference: str,
    body: StartChallengeIn,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
) -> ChallengeOut:
    """Ask the requester for a proof; they answer in their own client. You see only the result."""
    started = await agent_cases.start_for_agent(
        state.services, agent.id, reference, Method(body.method), caller
    )
    return ChallengeOut(
        id=started.public_id,
        method=started.method,
        expires_at=started.expires_at,
        phrase=started.phrase,
    )


@router.get(
    "/agent/cases/{reference}/evidence/{evidence_id}",
    responses={200: {"content": {"image/jpeg": {}}}, **_ERRORS},
)
async def masked_evidence(
    reference: str, evidence_id: str, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> Response:
    """A blurred preview of an ID document or selfie."""
    item = await evidence.read_for_agent(
        state.services, agent.id, reference, evidence_id, reveal_reason=None, caller=caller
    )
    return _evidence_download(item, f"{evidence_id}-masked")


def _evidence_download(item: evidence.EvidenceFile, stem: str) -> Response:
    """A download, never rendered inline, never sniffed into another type (as chat files)."""
    extension = ".pdf" if item.content_type == "application/pdf" else ".jpg"
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in stem)
    return Response(
        item.data,
        media_type=item.content_type,
        headers={
            "Content-Disposition": f'attachment; filename="evidence-{safe}{extension}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.post(
    "/agent/cases/{reference}/evidence/{evidence_id}/reveal",
    responses={200: {"content": {"image/jpeg": {}, "application/pdf": {}}}, **_ERRORS},
)
async def reveal_evidence(
    reference: str,
    evidence_id: str,
    body: RevealIn,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
) -> Response:
    """The original, with a reason that goes to the audit log."""
    item = await evidence.read_for_agent(
        state.services,
        agent.id,
        reference,
        evidence_id,
        reveal_reason=body.reason,
        caller=caller,
    )
    return _evidence_download(item, evidence_id)


@router.post(
    "/agent/cases/{reference}/evidence/{evidence_id}/decision",
    response_model=LevelOut,
    responses=_ERRORS,
)
async def decide_evidence(
    reference: str,
    evidence_id: str,
    body: EvidenceDecisionIn,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
) -> LevelOut:
    await evidence.decide(
        state.services,
        agent.id,
        reference,
        evidence_id,
        approve=body.approve,
        reason=body.reason,
        caller=caller,
    )
    view = await agent_cases.case_view(state.services, agent.id, reference, caller)
    return level_out(view.report)


@router.post(
    "/agent/cases/{reference}/restore",
    status_code=201,
    response_model=RestoreOut,
    responses=_ERRORS,
)
async def request_restore(
    reference: str, body: RestoreIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> RestoreOut:
    """Run (or ask approval for) a restore action. The server checks the level it needs."""
    view = await restore.request_action(
        state.services, agent.id, reference, body.action, body.target, body.reason, caller
    )
    return RestoreOut(
        id=view.public_id, action=view.action, status=view.status, hold_until=view.hold_until
    )


def _approval_out(item: approvals.PendingRequest) -> ApprovalRequestOut:
    request, case = item.request, item.case
    contact = item.contact
    return ApprovalRequestOut(
        id=request.public_id,
        action=request.action,
        status=request.status,
        requested_at=request.requested_at,
        requested_by=item.requested_by,
        requested_by_me=item.requested_by_me,
        reason=request.reason,
        approver="supervisor" if item.approver is Role.SUPERVISOR else "agent",
        can_decide=item.can_decide,
        hold_hours=item.hold_hours,
        case=ApprovalCaseOut(
            reference=case.reference,
            kind=case.kind,
            language=case.language,
            opened_at=case.opened_at,
            compromise_window_start=case.compromise_window_start,
            level=int(item.report.level),
            proofs=sorted(item.report.possession_kinds),
            document_approved=item.report.document_approved,
            selfie_approved=item.report.selfie_approved,
            frozen=case.frozen,
        ),
        contact=ApprovalContactOut(
            kind=contact.kind,
            masked=contact.masked,
            added_at=contact.added_at,
            removed_at=contact.removed_at,
            original=contact.original,
            suspicious=contact.suspicious,
        )
        if contact
        else None,
    )


@router.get("/agent/restore-requests", response_model=list[ApprovalRequestOut], responses=_ERRORS)
async def list_restore_requests(
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
    status: Literal["pending"] = "pending",
    scope: Literal["decide", "mine"] = "decide",
) -> list[ApprovalRequestOut]:
    """Requests waiting for a second person. ``scope=decide``: those you may decide (never
    your own; reinstatements only for supervisors), audited as a read of each case.
    ``scope=mine``: your own, waiting for someone else."""
    found = await approvals.pending_requests(state.services, agent.id, agent.role, scope, caller)
    return [_approval_out(item) for item in found]


@router.post(
    "/agent/restore-requests/{request_id}/decision", response_model=RestoreOut, responses=_ERRORS
)
async def decide_restore(
    request_id: str, body: DecisionIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> RestoreOut:
    """Approve or refuse another agent's request. Your own requests cannot be approved by you."""
    view = await restore.decide(
        state.services,
        agent.id,
        agent.role,
        request_id,
        approve=body.approve,
        note=body.note,
        caller=caller,
    )
    return RestoreOut(
        id=view.public_id, action=view.action, status=view.status, hold_until=view.hold_until
    )


@router.post("/agent/cases/{reference}/complete", response_model=CaseStateOut, responses=_ERRORS)
async def complete_case(
    reference: str, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> CaseStateOut:
    """Finish the recovery: every platform session and device of the account is revoked."""
    return CaseStateOut(
        state=await restore.complete_case(state.services, agent.id, reference, caller)
    )


@router.post(
    "/supervisor/cases/{reference}/assign",
    status_code=204,
    responses=_ERRORS,
    dependencies=[SupervisorOnly],
)
async def assign_case(
    reference: str, body: AssignIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> None:
    await agent_cases.assign(state.services, agent.id, reference, body.agent_id, caller)
