"""Routes: what supervisors (and admins) watch: alerts, the audit log, the agents on the
live board, and the distributions and queue history behind the dashboard's charts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query

from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.agents import AlertOut, AuditHeadOut, AuditRowOut, AuditVerifyOut
from recovery_app.schemas.supervision import (
    AgentBoardOut,
    BucketOut,
    ClearGuessBudgetIn,
    DistributionsOut,
    GuessBudgetOut,
    GuessPoolOut,
    QueueHistoryOut,
    QueuePointOut,
)
from recovery_app.server.api.agent_auth import require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.routes.agents import MAX_ID, CallerDep
from recovery_app.server.problems import problem_openapi
from recovery_app.services import (
    alerts,
    audit_head,
    guess_budget_review,
    service_levels,
    supervision,
)
from recovery_app.services.guess_budgets import PoolState

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


@router.get("/audit", response_model=list[AuditRowOut], responses=problem_openapi(401, 403, 422))
async def search_audit(
    _: Supervisor,
    state: StateDep,
    case_ref: Annotated[
        str | None, Query(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9-]+$")
    ] = None,
    action: Annotated[
        str | None, Query(min_length=1, max_length=64, pattern=r"^[a-z0-9_.]+$")
    ] = None,
    agent_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only rows of this acting agent.")
    ] = None,
    start: Annotated[
        datetime | None, Query(alias="from", description="Only rows at or after this time.")
    ] = None,
    end: Annotated[
        datetime | None, Query(alias="to", description="Only rows before this time.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only rows older than this id.")
    ] = None,
) -> list[AuditRowOut]:
    """Audit rows newest first, by case reference, action, acting agent and time range;
    page with ``before_id``."""
    start, end = supervision.audit_period(start, end)
    rows = await supervision.search_audit(
        state.services,
        case_ref=case_ref,
        action=action,
        agent_id=agent_id,
        start=start,
        end=end,
        limit=limit,
        before_id=before_id,
    )
    return [AuditRowOut.model_validate(row) for row in rows]


@router.get("/audit/verify", response_model=AuditVerifyOut, responses=problem_openapi(401, 403))
async def verify_audit(_: Supervisor, state: StateDep) -> AuditVerifyOut:
    """Walk the audit log's keyed chain, compare it with the last exported head, and
    name the first bad row, if any. An empty or shortened log is not ok."""
    result = await audit_head.verify_against_exported_head(state.services)
    report = result.report
    return AuditVerifyOut(
        ok=result.ok,
        rows=report.rows,
        head_hash=report.head_hash,
        first_bad_id=report.first_bad_id,
        problem=result.problem,
        head_seq=report.head_id,
        head_key_id=report.head_key_id,
    )


@router.get("/audit/head", response_model=AuditHeadOut, responses=problem_openapi(401, 403, 404))
async def audit_head_now(_: Supervisor, state: StateDep) -> AuditHeadOut:
    """The audit chain's head (last seq, MAC, key id, time): keep a copy outside the
    server; ``recovery-server verify-audit --head-file`` checks the log against it."""
    head = await audit_head.current_head(state.services)
    if head is None:
        raise NotFoundError("The audit log has no rows yet.")
    return AuditHeadOut.model_validate(head.to_json())


@router.get("/agents", response_model=list[AgentBoardOut], responses=problem_openapi(401, 403))
async def agent_board(_: Supervisor, state: StateDep) -> list[AgentBoardOut]:
    """Active agents with presence, capacity and current load (online first). No secrets."""
    return [
        AgentBoardOut.model_validate(agent)
        for agent in await supervision.agent_board(state.services)
    ]


PeriodStart = Annotated[
    datetime | None,
    Query(
        alias="from",
        description=(
            "Cases queued from this time on (default: 7 days ago). ISO 8601, UTC when no "
            "zone is given; between the years 2000 and 2100, before `to`, and at most 400 "
            "days before it (otherwise 422 `invalid_input`)."
        ),
    ),
]
PeriodEnd = Annotated[
    datetime | None,
    Query(
        alias="to",
        description=(
            "... and before this time (default: now). ISO 8601, UTC when no zone is given; "
            "between the years 2000 and 2100."
        ),
    ),
]


@router.get(
    "/reports/distributions",
    response_model=DistributionsOut,
    responses=problem_openapi(401, 403, 422),
)
async def distributions(
    _: Supervisor, state: StateDep, start: PeriodStart = None, end: PeriodEnd = None
) -> DistributionsOut:
    """First-response and resolution times of the period's cases, per tier, in buckets."""
    services = state.services
    start, end = service_levels.report_period(start, end, services.clock.now())
    found = await supervision.distributions(services, start, end)
    return DistributionsOut(
        period_start=found.start,
        period_end=found.end,
        first_response=[BucketOut.model_validate(b) for b in found.first_response],
        resolution=[BucketOut.model_validate(b) for b in found.resolution],
    )


@router.get(
    "/reports/queue-history",
    response_model=QueueHistoryOut,
    responses=problem_openapi(401, 403, 422),
)
async def queue_history(
    _: Supervisor, state: StateDep, start: PeriodStart = None, end: PeriodEnd = None
) -> QueueHistoryOut:
    """How many cases waited in the queue, per tier, at evenly spaced moments."""
    services = state.services
    start, end = service_levels.report_period(start, end, services.clock.now())
    history = await supervision.queue_history(services, start, end)
    return QueueHistoryOut(
        period_start=history.start,
        period_end=history.end,
        step_seconds=history.step_seconds,
        points=[QueuePointOut.model_validate(p) for p in history.points],
    )


def _budget_out(reference: str, pools: list[PoolState]) -> GuessBudgetOut:
    return GuessBudgetOut(
        reference=reference.strip().upper(),
        pools=[
            GuessPoolOut(
                name=p.name,
                capacity=p.capacity,
                left=p.left,
                full_in_seconds=round(p.full_in_seconds, 1),
            )
            for p in pools
        ],
    )


@router.get(
    "/cases/{reference}/guess-budget",
    response_model=GuessBudgetOut,
    responses=problem_openapi(401, 403, 404),
)
async def guess_budget(
    reference: Annotated[str, Path(max_length=64)], _: Supervisor, state: StateDep
) -> GuessBudgetOut:
    """What is left of the wrong answers the case's account (and the case) may still get."""
    return _budget_out(reference, await guess_budget_review.budget(state.services, reference))


@router.post(
    "/cases/{reference}/guess-budget/clear",
    response_model=GuessBudgetOut,
    responses=problem_openapi(401, 403, 404, 422),
)
async def clear_guess_budget(
    reference: Annotated[str, Path(max_length=64)],
    body: ClearGuessBudgetIn,
    supervisor: Supervisor,
    state: StateDep,
    caller: CallerDep,
) -> GuessBudgetOut:
    """Fill up a budget an attack spent (audited with the reason)."""
    pools = await guess_budget_review.clear(
        state.services, supervisor.id, reference, body.reason, caller
    )
    return _budget_out(reference, pools)
