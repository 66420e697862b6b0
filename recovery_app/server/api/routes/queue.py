"""Routes: the queue as a requester sees it, the assistant, and service-level reports.

There is deliberately no route for an agent to take a case: the router assigns them
(``services.routing``), so nobody can pick around the queue.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.queue import (
    AgentFiguresOut,
    AssistantAnswerOut,
    AssistantIn,
    AssistantOut,
    BusinessHoursOut,
    FiguresOut,
    NextStepOut,
    QueueFiguresOut,
    QueueNowOut,
    QueueStatusOut,
    ServiceLevelReportOut,
)
from recovery_app.server.api.agent_auth import require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.requester import CallerDep, CaseToken
from recovery_app.server.problems import problem_openapi
from recovery_app.services import assistant, service_levels
from recovery_app.services.service_levels import Figures, QueueInfo

router = APIRouter()

Supervisor = Annotated[AgentPrincipal, require_role(Role.SUPERVISOR, Role.ADMIN)]


def _queue_out(reference: str, info: QueueInfo) -> QueueStatusOut:
    return QueueStatusOut(
        reference=reference,
        tier=info.tier,
        state=info.state,
        position=info.position,
        expected_wait_seconds=info.expected_wait_seconds,
        reply_target_hours=info.reply_target_hours,
        reply_due_at=info.reply_due_at,
        business_hours=BusinessHoursOut(
            weekdays=list(info.hours.label_days()),
            start_hour=info.hours.start_hour,
            end_hour=info.hours.end_hour,
            next_opening_at=info.next_opening_at,
        ),
        within_business_hours=info.within_business_hours,
        away_message_code=info.away_message_code,
    )


@router.get(
    "/cases/{reference}/queue",
    tags=["cases"],
    response_model=QueueStatusOut,
    responses=problem_openapi(404, 422),
)
async def case_queue(reference: str, token: CaseToken, state: StateDep) -> QueueStatusOut:
    """Subscribers: place in line and expected wait. Free tier: reply target, business
    hours and, outside them, an away message code. Also pushed as ``queue`` events."""
    ref, info = await service_levels.queue_for_requester(state.services, reference, token)
    return _queue_out(ref, info)


@router.post(
    "/cases/{reference}/assistant",
    tags=["cases"],
    response_model=AssistantOut,
    responses=problem_openapi(404, 409, 422, 429),
)
async def ask_assistant(
    reference: str, body: AssistantIn, token: CaseToken, state: StateDep, caller: CallerDep
) -> AssistantOut:
    """FAQ answers for this kind of case in its language, and a suggested next step.
    The exchange is kept in the case's chat."""
    reply = await assistant.ask(state.services, reference, token, body.text, caller)
    return AssistantOut(
        language=reply.language,
        answers=[
            AssistantAnswerOut(
                id=a.entry.id,
                question=a.entry.question,
                answer=a.entry.answer,
                self_service=a.entry.self_service,
                score=a.score,
            )
            for a in reply.answers
        ],
        next_step=NextStepOut(
            code=reply.next_step.code,
            methods=list(reply.next_step.methods),
        ),
        seq=reply.seq,
    )


def _figures(figures: Figures) -> dict[str, object]:
    return FiguresOut.model_validate(figures).model_dump()


@router.get(
    "/supervisor/reports/service-levels",
    tags=["supervisor"],
    response_model=ServiceLevelReportOut,
    responses=problem_openapi(401, 403, 422),
)
async def service_level_report(
    _: Supervisor,
    state: StateDep,
    start: Annotated[
        datetime | None,
        Query(alias="from", description="Cases queued from this time on (default: 7 days ago)."),
    ] = None,
    end: Annotated[
        datetime | None, Query(alias="to", description="... and before this time (default: now).")
    ] = None,
) -> ServiceLevelReportOut:
    """First response, next response and resolution per queue and per agent, attainment
    against the targets, satisfaction, and the queue now."""
    services = state.services
    start, end = service_levels.report_period(start, end, services.clock.now())
    report = await service_levels.report(services, start, end)
    return ServiceLevelReportOut(
        period_start=report.start,
        period_end=report.end,
        live_first_response_target_seconds=report.live_target_seconds,
        free_reply_target_hours=report.free_target_hours,
        attainment_goal=report.goal,
        queues=[
            QueueFiguresOut.model_validate({"tier": tier, **_figures(figures)})
            for tier, figures in report.queues.items()
        ],
        agents=[
            AgentFiguresOut.model_validate(
                {
                    "agent_id": agent.agent_id,
                    "username": agent.username,
                    "display_name": agent.display_name,
                    **_figures(agent.figures),
                }
            )
            for agent in report.agents
        ],
        queue_now=QueueNowOut.model_validate(report.now),
    )


@router.get(
    "/supervisor/reports/queue",
    tags=["supervisor"],
    response_model=QueueNowOut,
    responses=problem_openapi(401, 403),
)
async def queue_report(_: Supervisor, state: StateDep) -> QueueNowOut:
    """Waiting cases per tier, the oldest wait, agents online and free slots, now."""
    return QueueNowOut.model_validate(await service_levels.queue_now(state.services))
