"""Routes: what supervisors (and admins) watch: alerts and the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.agents import AlertOut, AuditRowOut, AuditVerifyOut
from recovery_app.server.api.agent_auth import require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.routes.agents import MAX_ID, CallerDep
from recovery_app.server.problems import problem_openapi
from recovery_app.services import alerts

router = APIRouter(prefix="/supervisor", tags=["supervisor"])

Supervisor = Annotated[AgentPrincipal, require_role(Role.SUPERVISOR, Role.ADMIN)]


@router.get("/alerts", response_model=list[AlertOut], responses=problem_openapi(401, 403))
async def list_alerts(
    _: Supervisor,
    state: StateDep,
    include_acknowledged: Annotated[bool, Query(description="Also list handled alerts.")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[AlertOut]:
    """Alerts on unusual agent activity, newest first (open ones only by default)."""
    rows = await alerts.list_alerts(
        state.services, include_acknowledged=include_acknowledged, limit=limit
    )
    return [AlertOut.model_validate(row) for row in rows]


@router.post(
    "/alerts/{alert_id}/acknowledge",
    response_model=AlertOut,
    responses=problem_openapi(401, 403, 404, 409),
)
async def acknowledge_alert(
    alert_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    supervisor: Supervisor,
    state: StateDep,
    caller: CallerDep,
) -> AlertOut:
    """Mark an alert as seen (audited). An alert about yourself needs someone else."""
    row = await alerts.acknowledge_alert(state.services, alert_id, supervisor, caller)
    return AlertOut.model_validate(row)


@router.get("/audit", response_model=list[AuditRowOut], responses=problem_openapi(401, 403))
async def search_audit(
    _: Supervisor,
    state: StateDep,
    case_ref: Annotated[
        str | None, Query(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9-]+$")
    ] = None,
    action: Annotated[
        str | None, Query(min_length=1, max_length=64, pattern=r"^[a-z0-9_.]+$")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only rows older than this id.")
    ] = None,
) -> list[AuditRowOut]:
    """Audit rows newest first, by case reference and action; page with ``before_id``."""
    rows = await alerts.search_audit(
        state.services, case_ref=case_ref, action=action, limit=limit, before_id=before_id
    )
    return [AuditRowOut.model_validate(row) for row in rows]


@router.get("/audit/verify", response_model=AuditVerifyOut, responses=problem_openapi(401, 403))
async def verify_audit(_: Supervisor, state: StateDep) -> AuditVerifyOut:
    """Walk the audit log's hash chain and name the first bad row, if any."""
    report = await alerts.verify_audit_log(state.services)
    return AuditVerifyOut(
        ok=report.ok,
        rows=report.rows,
        head_hash=report.head_hash,
        first_bad_id=report.first_bad_id,
        problem=report.problem,
    )
