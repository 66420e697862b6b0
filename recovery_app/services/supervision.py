"""What the supervisors' desktop view needs beyond the service-level report.

- :func:`agent_board`: every active agent with presence, capacity and load, now.
- :func:`distributions`: first-response and resolution times of a period's cases,
  counted in fixed buckets. The times are exactly those of
  :func:`recovery_app.services.service_levels.report` (same case facts).
- :func:`queue_history`: how many cases waited in the queue over a period, per tier,
  computed from the cases' own timestamps: a case waits from ``queued_at`` until it
  is first assigned or closed. No samples are stored (no table, no writer to keep
  running, and history is there from the first case on); a case sent back to the
  queue after an assignment counts from its latest ``queued_at``.
- :func:`search_audit`: the audit search with agent and time-range filters.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select

from recovery_app.domain import routing as rules
from recovery_app.domain.errors import InvalidInputError
from recovery_app.domain.model import CaseState
from recovery_app.services import service_levels
from recovery_app.services.context import Services
from recovery_app.storage.models import Agent, AgentPresence, AuditEntry, Case

# Bucket edges in seconds: 30 s, 1, 2, 5, 10, 30 min, 1, 4, 24, 72 h, then "longer".
BUCKET_EDGES: tuple[int, ...] = (
    0,
    30,
    60,
    120,
    300,
    600,
    1800,
    3600,
    4 * 3600,
    24 * 3600,
    72 * 3600,
)
HISTORY_POINTS = 96  # samples of the queue length per period
MIN_STEP = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class BoardAgent:
    id: int
    username: str
    display_name: str
    role: str
    presence: str
    presence_since: datetime | None
    max_chats: int
    load: int
    chats: int


_PRESENCE_ORDER = {rules.ONLINE: 0, rules.AWAY: 1, rules.OFFLINE: 2}


async def agent_board(services: Services) -> list[BoardAgent]:
    """Active agents, online first, then away, then offline; by display name within."""
    occupying = [state.value for state in rules.OCCUPYING_STATES]
    async with services.read() as session:
        load: dict[int, int] = {}
        chats: dict[int, int] = {}
        for agent_id, state, count in await session.execute(
            select(Case.assigned_agent_id, Case.state, func.count(Case.id))
            .where(Case.state.in_(occupying), Case.assigned_agent_id.is_not(None))
            .group_by(Case.assigned_agent_id, Case.state)
        ):
            if agent_id is None:
                continue
            load[agent_id] = load.get(agent_id, 0) + int(count)
            if state == CaseState.IN_CHAT.value:
                chats[agent_id] = chats.get(agent_id, 0) + int(count)
        rows = await session.execute(
            select(
                Agent.id,
                Agent.username,
                Agent.display_name,
                Agent.role,
                Agent.max_chats,
                AgentPresence.status,
                AgentPresence.updated_at,
            )
            .outerjoin(AgentPresence, AgentPresence.agent_id == Agent.id)
            .where(Agent.status == "active")
        )
        board = [
            BoardAgent(
                id=agent_id,
                username=username,
                display_name=display_name,
                role=role,
                presence=status if status in _PRESENCE_ORDER else rules.OFFLINE,
                presence_since=since,
                max_chats=max_chats,
                load=load.get(agent_id, 0),
                chats=chats.get(agent_id, 0),
            )
            for agent_id, username, display_name, role, max_chats, status, since in rows
        ]
    return sorted(board, key=lambda a: (_PRESENCE_ORDER[a.presence], a.display_name.lower()))


# --- distributions --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bucket:
    lower_seconds: int
    upper_seconds: int | None
    verified: int
    free: int


@dataclass(frozen=True, slots=True)
class Distributions:
    start: datetime
    end: datetime
    first_response: list[Bucket]
    resolution: list[Bucket]


def bucket_index(seconds: float) -> int:
    """The bucket ``seconds`` falls in (``BUCKET_EDGES[i] <= seconds < BUCKET_EDGES[i+1]``)."""
    return max(0, bisect.bisect_right(BUCKET_EDGES, seconds) - 1)


def histogram(values: Iterable[tuple[str, float]]) -> list[Bucket]:
    """Count ``(tier, seconds)`` pairs per bucket and tier."""
    live = [0] * len(BUCKET_EDGES)
    free = [0] * len(BUCKET_EDGES)
    for tier, seconds in values:
        counts = live if tier == service_levels.VERIFIED else free
        counts[bucket_index(seconds)] += 1
    uppers: list[int | None] = [*BUCKET_EDGES[1:], None]
    return [
        Bucket(lower, upper, live[n], free[n])
        for n, (lower, upper) in enumerate(zip(BUCKET_EDGES, uppers, strict=True))
    ]


async def distributions(services: Services, start: datetime, end: datetime) -> Distributions:
    """First-response and resolution times of the cases queued in ``[start, end)``."""
    async with services.read() as session:
        facts = await service_levels._facts(  # the report's own case facts
            session, services.settings, start, end, services.clock.now()
        )
    items = list(facts.values())
    return Distributions(
        start=start,
        end=end,
        first_response=histogram(
            (i.tier, i.first_response) for i in items if i.first_response is not None
        ),
        resolution=histogram((i.tier, i.resolution) for i in items if i.resolution is not None),
    )


# --- queue length over time -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueuePoint:
    at: datetime
    verified: int
    free: int


@dataclass(frozen=True, slots=True)
class QueueHistory:
    start: datetime
    end: datetime
    step_seconds: int
    points: list[QueuePoint]


def _left_queue(
    queued_at: datetime,
    assigned_at: datetime | None,
    closed_at: datetime | None,
    updated_at: datetime,
    state: str,
) -> datetime | None:
    """When a case stopped waiting; None while it still waits."""
    if state == CaseState.QUEUED.value:
        if assigned_at is not None and assigned_at >= queued_at:
            return assigned_at  # assigned, not yet picked up: no longer in line
        return None
    moments = [t for t in (assigned_at, closed_at) if t is not None and t >= queued_at]
    return min(moments) if moments else max(updated_at, queued_at)


def count_waiting(
    stays: Sequence[tuple[datetime, datetime | None]], moments: Sequence[datetime]
) -> list[int]:
    """How many ``(arrived, left)`` stays include each moment (arrived <= t < left)."""
    arrivals = sorted(arrived for arrived, _ in stays)
    departures = sorted(left for _, left in stays if left is not None)
    return [bisect.bisect_right(arrivals, t) - bisect.bisect_right(departures, t) for t in moments]


async def queue_history(services: Services, start: datetime, end: datetime) -> QueueHistory:
    """Cases waiting at ``HISTORY_POINTS + 1`` evenly spaced moments from start to end."""
    step = max(MIN_STEP, (end - start) / HISTORY_POINTS)
    moments: list[datetime] = []
    moment = start
    while moment < end:
        moments.append(moment)
        moment += step
    moments.append(end)
    async with services.read() as session:
        rows = (
            await session.execute(
                select(
                    Case.tier,
                    Case.queued_at,
                    Case.assigned_at,
                    Case.closed_at,
                    Case.updated_at,
                    Case.state,
                ).where(
                    Case.queued_at.is_not(None),
                    Case.queued_at <= end,
                    or_(
                        Case.state == CaseState.QUEUED.value,
                        Case.updated_at >= start,
                        and_(Case.assigned_at.is_not(None), Case.assigned_at >= start),
                        and_(Case.closed_at.is_not(None), Case.closed_at >= start),
                    ),
                )
            )
        ).all()
    stays: dict[bool, list[tuple[datetime, datetime | None]]] = {True: [], False: []}
    for tier, queued_at, assigned_at, closed_at, updated_at, state in rows:
        if queued_at is None:  # excluded by the query
            continue
        left = _left_queue(queued_at, assigned_at, closed_at, updated_at, state)
        stays[tier == service_levels.VERIFIED].append((queued_at, left))
    live = count_waiting(stays[True], moments)
    free = count_waiting(stays[False], moments)
    return QueueHistory(
        start=start,
        end=end,
        step_seconds=int(step.total_seconds()),
        points=[QueuePoint(t, v, f) for t, v, f in zip(moments, live, free, strict=True)],
    )


# --- audit search ---------------------------------------------------------------------


def audit_period(
    start: datetime | None, end: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """An optional time range for the audit search (times without a zone are UTC)."""
    start = service_levels._utc(start) if start is not None else None
    end = service_levels._utc(end) if end is not None else None
    for moment in (start, end):
        if moment is not None and not service_levels.EARLIEST <= moment < service_levels.LATEST:
            raise InvalidInputError("Choose a period between the years 2000 and 2100.")
    if start is not None and end is not None and start >= end:
        raise InvalidInputError("The period must end after it starts ('from' before 'to').")
    return start, end


async def search_audit(
    services: Services,
    *,
    case_ref: str | None = None,
    action: str | None = None,
    agent_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 50,
    before_id: int | None = None,
) -> Sequence[AuditEntry]:
    """Audit rows, newest first, by case, action, acting agent and time ``[start, end)``;
    page with ``before_id``."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if case_ref is not None:
        query = query.where(AuditEntry.case_ref == case_ref)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if agent_id is not None:
        query = query.where(AuditEntry.actor_type == "agent", AuditEntry.actor_id == str(agent_id))
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    if end is not None:
        query = query.where(AuditEntry.at < end)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    async with services.read() as session:
        return list(await session.scalars(query))
