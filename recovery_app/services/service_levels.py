"""Service levels: what a requester is promised, what supervisors measure, and breaches.

- Requesters (:func:`queue_info`): subscribers see their place in line and an expected
  wait; the free tier sees its reply target, the business hours and, outside them, an
  away message code. The tier is the one stored on the case (read from the account when
  it joined the queue), never anything the client says.
- Supervisors (:func:`report`): first response (``queued_at`` → ``first_response_at``),
  next response (a requester message → the next agent reply, from the messages table)
  and resolution (``queued_at`` → ``closed_at``), per queue (tier) and per agent, for the
  cases queued in a period; attainment against the targets (live: a share
  ``sla_attainment_goal`` within ``first_response_target_seconds``; free: within
  ``reply_target_hours``); satisfaction and "access restored" from surveys; the queue now.
- Breaches (:func:`raise_breach_alerts`, run by the routing loop): a case still without a
  first response past its tier's threshold raises one ``sla_breach`` alert.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain import routing as rules
from recovery_app.domain.errors import InvalidInputError
from recovery_app.domain.model import CaseState, Subscription
from recovery_app.server.settings import Settings
from recovery_app.services import audit
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.context import Services
from recovery_app.storage.models import (
    Agent,
    AgentPresence,
    Alert,
    Case,
    Conversation,
    Message,
    Survey,
)

QUEUE_CHANNEL = "queue"
SLA_BREACH = "sla_breach"
OUTSIDE_BUSINESS_HOURS = "outside_business_hours"
VERIFIED = Subscription.VERIFIED.value
FREE = Subscription.FREE.value
TIERS = (VERIFIED, FREE)
# Message kinds that count as someone saying something (not notes, system lines, ...).
SPOKEN_KINDS = ("text", "attachment")
_UNANSWERED_STATES = (CaseState.QUEUED.value, CaseState.IN_CHAT.value)
_RESOLVED_STATES = frozenset({CaseState.RESTORED.value, CaseState.REJECTED.value})


def business_hours(settings: Settings) -> rules.BusinessHours:
    return rules.BusinessHours(
        settings.business_weekdays, settings.business_hours_start, settings.business_hours_end
    )


def target_seconds(settings: Settings, tier: str) -> float:
    """The first-response target of a tier."""
    if tier == VERIFIED:
        return float(settings.first_response_target_seconds)
    return settings.reply_target_hours * 3600


# --- the queue, as requesters see it ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class WaitingRow:
    """A case waiting to be routed, with what events about it need."""

    case: rules.WaitingCase
    reference: str
    conversation_id: int | None


@dataclass(frozen=True, slots=True)
class QueueInfo:
    """What a requester is told: position and wait, or reply target and hours."""

    tier: str
    state: str
    position: int | None
    expected_wait_seconds: int | None
    reply_target_hours: float | None
    reply_due_at: datetime | None
    hours: rules.BusinessHours
    within_business_hours: bool
    next_opening_at: datetime | None
    away_message_code: str | None


async def waiting(session: AsyncSession) -> list[WaitingRow]:
    """Every routable queued case (not frozen, not assigned), in queue order."""
    rows = await session.execute(
        select(
            Case.id,
            Case.reference,
            Case.tier,
            Case.queued_at,
            Case.opened_at,
            Case.language,
            Case.escalated,
            Conversation.id,
        )
        .outerjoin(Conversation, Conversation.case_id == Case.id)
        .where(
            Case.state == CaseState.QUEUED.value,
            Case.frozen.is_(False),
            Case.assigned_agent_id.is_(None),
        )
    )
    found = []
    for row in rows:
        case_id, reference, tier, queued_at, opened_at, language, escalated, conversation = row
        waiting_case = rules.WaitingCase(
            case_id=case_id,
            tier=tier,
            queued_at=queued_at or opened_at,
            language=language,
            escalated=escalated,
        )
        found.append(WaitingRow(waiting_case, reference, conversation))
    return sorted(found, key=lambda row: rules.queue_key(row.case))


async def assigned_since(session: AsyncSession, since: datetime) -> int:
    count = await session.scalar(select(func.count(Case.id)).where(Case.assigned_at >= since))
    return int(count or 0)


def _info(
    settings: Settings,
    case: Case,
    now: datetime,
    position: int | None,
    assigned_recently: int,
) -> QueueInfo:
    hours = business_hours(settings)
    within = hours.is_open(now)
    live = case.tier == VERIFIED
    queued = case.state == CaseState.QUEUED.value
    wait = None
    if live and queued and position is not None:
        wait = rules.expected_wait_seconds(position, assigned_recently)
    due = None
    if not live and case.queued_at is not None and case.first_response_at is None:
        due = case.queued_at + timedelta(hours=settings.reply_target_hours)
    return QueueInfo(
        tier=case.tier,
        state=case.state,
        position=position if live and queued else None,
        expected_wait_seconds=wait,
        reply_target_hours=None if live else settings.reply_target_hours,
        reply_due_at=due,
        hours=hours,
        within_business_hours=within,
        next_opening_at=hours.next_opening(now),
        away_message_code=None if live or within else OUTSIDE_BUSINESS_HOURS,
    )


async def queue_info_in(
    session: AsyncSession, settings: Settings, case: Case, now: datetime
) -> QueueInfo:
    position = None
    recent = 0
    if case.tier == VERIFIED and case.state == CaseState.QUEUED.value:
        position = rules.positions(row.case for row in await waiting(session)).get(case.id)
        recent = await assigned_since(session, now - rules.RATE_WINDOW)
    return _info(settings, case, now, position, recent)


async def queue_info(services: Services, case: Case) -> QueueInfo:
    """What the requester of ``case`` is told about the queue now."""
    async with services.read() as session:
        return await queue_info_in(session, services.settings, case, services.clock.now())


async def queue_for_requester(
    services: Services, reference: str, token: str
) -> tuple[str, QueueInfo]:
    """(case reference, queue info) for the requester holding the case token."""
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        info = await queue_info_in(session, services.settings, case, services.clock.now())
        return case.reference, info


async def queue_status(services: Services, case: Case) -> tuple[int | None, int | None]:
    """(position, expected wait in seconds) of a queued subscriber case; (None, None) else."""
    info = await queue_info(services, case)
    return info.position, info.expected_wait_seconds


def queue_event(reference: str, info: QueueInfo) -> dict[str, Any]:
    """The ``queue`` event published on the case's conversation channel."""
    return {
        "type": "queue",
        "conversation": reference,
        "tier": info.tier,
        "state": info.state,
        "position": info.position,
        "expected_wait_seconds": info.expected_wait_seconds,
        "reply_target_hours": info.reply_target_hours,
        "reply_due_at": info.reply_due_at.isoformat() if info.reply_due_at else None,
        "within_business_hours": info.within_business_hours,
        "away_message_code": info.away_message_code,
    }


async def position_events(
    session: AsyncSession, settings: Settings, now: datetime
) -> list[tuple[int | None, dict[str, Any]]]:
    """(conversation id, ``queue`` event) for every waiting subscriber case."""
    rows = [row for row in await waiting(session) if row.case.tier == VERIFIED]
    if not rows:
        return []
    recent = await assigned_since(session, now - rules.RATE_WINDOW)
    where = rules.positions(row.case for row in rows)
    events = []
    for row in rows:
        position = where[row.case.case_id]
        events.append(
            (
                row.conversation_id,
                {
                    "type": "queue",
                    "conversation": row.reference,
                    "tier": VERIFIED,
                    "state": CaseState.QUEUED.value,
                    "position": position,
                    "expected_wait_seconds": rules.expected_wait_seconds(position, recent),
                },
            )
        )
    return events


# --- the queue now, as supervisors see it ----------------------------------------------


@dataclass(frozen=True, slots=True)
class TierQueue:
    """One tier's waiting cases now."""

    tier: str
    waiting: int
    oldest_wait_seconds: int | None


@dataclass(frozen=True, slots=True)
class QueueNow:
    """The queue and the agents, now."""

    at: datetime
    tiers: list[TierQueue]
    agents_online: int
    agents_away: int
    free_slots: int
    open_cases: int


async def queue_now(services: Services) -> QueueNow:
    now = services.clock.now()
    async with services.read() as session:
        rows = await waiting(session)
        presence: dict[str, int] = {
            status: count
            for status, count in await session.execute(
                select(AgentPresence.status, func.count(AgentPresence.agent_id))
                .join(Agent, Agent.id == AgentPresence.agent_id)
                .where(Agent.status == "active")
                .group_by(AgentPresence.status)
            )
        }
        occupying = Case.state.in_([s.value for s in rules.OCCUPYING_STATES])
        load: dict[int | None, int] = {
            agent_id: count
            for agent_id, count in await session.execute(
                select(Case.assigned_agent_id, func.count(Case.id))
                .where(occupying, Case.assigned_agent_id.is_not(None))
                .group_by(Case.assigned_agent_id)
            )
        }
        online = (
            await session.execute(
                select(Agent.id, Agent.max_chats)
                .join(AgentPresence, AgentPresence.agent_id == Agent.id)
                .where(AgentPresence.status == rules.ONLINE, Agent.status == "active")
            )
        ).all()
        free_slots = sum(max(0, most - load.get(agent_id, 0)) for agent_id, most in online)
    tiers = []
    for tier in TIERS:
        mine = [row.case for row in rows if (row.case.tier == VERIFIED) == (tier == VERIFIED)]
        oldest = min((c.queued_at for c in mine), default=None)
        tiers.append(
            TierQueue(tier, len(mine), int((now - oldest).total_seconds()) if oldest else None)
        )
    return QueueNow(
        at=now,
        tiers=tiers,
        agents_online=int(presence.get(rules.ONLINE, 0)),
        agents_away=int(presence.get(rules.AWAY, 0)),
        free_slots=free_slots,
        open_cases=sum(load.values()),
    )


# --- breach alerts ----------------------------------------------------------------------


def _breached(settings: Settings, now: datetime) -> Any:
    live_cutoff = now - timedelta(seconds=settings.live_breach_seconds)
    free_cutoff = now - timedelta(hours=settings.free_breach_hours)
    return and_(
        Case.state.in_(_UNANSWERED_STATES),
        Case.first_response_at.is_(None),
        Case.frozen.is_(False),
        Case.queued_at.is_not(None),
        or_(
            and_(Case.tier == VERIFIED, Case.queued_at < live_cutoff),
            and_(Case.tier != VERIFIED, Case.queued_at < free_cutoff),
        ),
    )


async def raise_breach_alerts(services: Services) -> list[Alert]:
    """One ``sla_breach`` alert per case still waiting for a first response past its
    tier's threshold (audited, and announced on the ``queue`` channel after commit)."""
    settings, now = services.settings, services.clock.now()
    async with services.read() as session:
        if await session.scalar(select(Case.id).where(_breached(settings, now)).limit(1)) is None:
            return []
    raised: list[Alert] = []
    async with services.write() as session:
        cases = list(await session.scalars(select(Case).where(_breached(settings, now))))
        refs = [case.reference for case in cases]
        ref_of = Alert.detail["case_ref"].as_string()
        known = set(
            await session.scalars(select(ref_of).where(Alert.kind == SLA_BREACH, ref_of.in_(refs)))
        )
        for case in cases:
            if case.reference not in known:
                raised.append(await _raise(session, settings, case, now))
    for alert in raised:
        await services.bus.publish(
            QUEUE_CHANNEL, {"type": "alert", "kind": SLA_BREACH, "alert_id": alert.id}
        )
    return raised


async def _raise(session: AsyncSession, settings: Settings, case: Case, now: datetime) -> Alert:
    assert case.queued_at is not None
    waited = int((now - case.queued_at).total_seconds())
    target = int(target_seconds(settings, case.tier))
    detail = {
        "case_ref": case.reference,
        "tier": case.tier,
        "state": case.state,
        "queued_at": case.queued_at.isoformat(),
        "target_seconds": target,
        "waited_seconds": waited,
    }
    who = "waiting in the queue" if case.assigned_agent_id is None else "assigned, unanswered"
    alert = Alert(
        kind=SLA_BREACH,
        agent_id=case.assigned_agent_id,
        created_at=now,
        detail=detail,
        message=(
            f"Case {case.reference} ({case.tier}) has had no first response for {waited} s "
            f"(target {target} s); it is {who}."
        ),
    )
    session.add(alert)
    await session.flush()
    await audit.append(
        session,
        at=now,
        actor_type="system",
        actor_id=None,
        action="alert.raised",
        case_ref=case.reference,
        detail={"alert_id": alert.id, "kind": SLA_BREACH, **detail},
    )
    return alert


# --- reports ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Durations:
    """Count, mean, median and 90th percentile of some durations, in seconds."""

    count: int
    mean_seconds: float | None
    median_seconds: float | None
    p90_seconds: float | None


@dataclass(frozen=True, slots=True)
class Attainment:
    """How many first responses met their target, against the goal."""

    target_seconds: float | None  # None for an agent serving both tiers' targets
    goal: float
    measured: int  # answered, or unanswered and already past the target
    within_target: int
    rate: float | None
    met: bool | None


@dataclass(frozen=True, slots=True)
class Satisfaction:
    """What the surveys said: rating and "was your access restored?"."""

    surveys: int
    average_rating: float | None
    access_restored_rate: float | None


@dataclass(frozen=True, slots=True)
class Figures:
    """Every service-level figure for a set of cases (a queue, or an agent's)."""

    cases: int
    resolved: int
    abandoned: int
    first_response: Durations
    attainment: Attainment
    next_response: Durations
    resolution: Durations
    satisfaction: Satisfaction


@dataclass(frozen=True, slots=True)
class AgentFigures:
    """One agent's figures."""

    agent_id: int
    username: str
    display_name: str
    figures: Figures


@dataclass(frozen=True, slots=True)
class Report:
    """A service-level report for a period."""

    start: datetime
    end: datetime
    goal: float
    live_target_seconds: int
    free_target_hours: float
    queues: dict[str, Figures]
    agents: list[AgentFigures]
    now: QueueNow


@dataclass(slots=True)
class _CaseFacts:
    tier: str
    state: str
    target: float
    agent_id: int | None
    first_response: float | None = None
    first_agent: int | None = None
    overdue: bool = False  # unanswered and already past its target
    resolution: float | None = None
    next_responses: list[tuple[int, float]] = field(default_factory=list)
    survey: tuple[int, bool] | None = None


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` 0..1) of ``values``; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(round(len(ordered) * share, 9)))
    return ordered[min(rank, len(ordered)) - 1]


def summarize(values: Sequence[float]) -> Durations:
    if not values:
        return Durations(0, None, None, None)
    return Durations(
        len(values),
        round(statistics.fmean(values), 3),
        round(statistics.median(values), 3),
        percentile(values, 0.9),
    )


def _agent_of(sender: str) -> int | None:
    if sender.startswith("agent:"):
        try:
            return int(sender.split(":", 1)[1])
        except ValueError:
            return None
    return None


def _walk_messages(facts: _CaseFacts, messages: Iterable[tuple[str, datetime]]) -> datetime | None:
    """Next responses of one conversation; returns when the first agent reply came."""
    first: datetime | None = None
    waiting_since: datetime | None = None
    for sender, at in messages:
        agent = _agent_of(sender)
        if sender == "requester":
            if first is not None and waiting_since is None:
                waiting_since = at
        elif agent is not None:
            if first is None:
                first, facts.first_agent = at, agent
            elif waiting_since is not None:
                facts.next_responses.append((agent, (at - waiting_since).total_seconds()))
                waiting_since = None
    return first


async def _facts(
    session: AsyncSession, settings: Settings, start: datetime, end: datetime, now: datetime
) -> dict[int, _CaseFacts]:
    in_period = and_(Case.queued_at >= start, Case.queued_at < end)
    facts: dict[int, _CaseFacts] = {}
    first_at: dict[int, datetime | None] = {}
    queued: dict[int, datetime] = {}
    for row in await session.execute(
        select(
            Case.id,
            Case.tier,
            Case.state,
            Case.queued_at,
            Case.first_response_at,
            Case.closed_at,
            Case.assigned_agent_id,
        ).where(in_period)
    ):
        case_id, tier, state, queued_at, first_response_at, closed_at, agent_id = row
        assert queued_at is not None  # in_period
        item = _CaseFacts(tier, state, target_seconds(settings, tier), agent_id)
        if closed_at is not None and state in _RESOLVED_STATES:
            item.resolution = (closed_at - queued_at).total_seconds()
        facts[case_id], first_at[case_id], queued[case_id] = item, first_response_at, queued_at
    by_case: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for case_id, sender, at in await session.execute(
        select(Conversation.case_id, Message.sender, Message.created_at)
        .join(Message, Message.conversation_id == Conversation.id)
        .where(
            Conversation.case_id.in_(select(Case.id).where(in_period)),
            Message.kind.in_(SPOKEN_KINDS),
        )
        .order_by(Conversation.case_id, Message.seq)
    ):
        by_case[case_id].append((sender, at))
    for case_id, item in facts.items():
        first_message = _walk_messages(item, by_case.get(case_id, []))
        answered = first_at[case_id] or first_message
        if answered is not None:
            item.first_response = max(0.0, (answered - queued[case_id]).total_seconds())
        else:
            item.overdue = (now - queued[case_id]).total_seconds() > item.target
        item.first_agent = item.first_agent or item.agent_id
    for survey in await session.scalars(
        select(Survey).where(Survey.case_id.in_(select(Case.id).where(in_period)))
    ):
        facts[survey.case_id].survey = (survey.rating, survey.access_restored)
    return facts


def _figures(
    items: Sequence[_CaseFacts],
    goal: float,
    target: float | None,
    next_responses: Sequence[float],
    first_responses: Sequence[tuple[float, float]],
) -> Figures:
    """``first_responses``: (seconds, that case's target) pairs."""
    within = sum(1 for seconds, limit in first_responses if seconds <= limit)
    measured = len(first_responses) + sum(1 for item in items if item.overdue)
    rate = round(within / measured, 4) if measured else None
    surveys = [item.survey for item in items if item.survey is not None]
    return Figures(
        cases=len(items),
        resolved=sum(1 for item in items if item.state in _RESOLVED_STATES),
        abandoned=sum(1 for item in items if item.state == CaseState.ABANDONED.value),
        first_response=summarize([seconds for seconds, _ in first_responses]),
        attainment=Attainment(
            target, goal, measured, within, rate, None if rate is None else rate >= goal
        ),
        next_response=summarize(next_responses),
        resolution=summarize([i.resolution for i in items if i.resolution is not None]),
        satisfaction=Satisfaction(
            len(surveys),
            round(statistics.fmean(r for r, _ in surveys), 3) if surveys else None,
            round(sum(1 for _, ok in surveys if ok) / len(surveys), 4) if surveys else None,
        ),
    )


EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_PERIOD = timedelta(days=400)
DEFAULT_PERIOD = timedelta(days=7)


def report_period(
    start: datetime | None, end: datetime | None, now: datetime
) -> tuple[datetime, datetime]:
    """The period asked for (times without a zone are UTC): by default the last 7 days."""
    end = _utc(end) if end is not None else now
    start = _utc(start) if start is not None else None
    for moment in (start, end):
        if moment is not None and not EARLIEST <= moment < LATEST:
            raise InvalidInputError("Choose a period between the years 2000 and 2100.")
    start = start if start is not None else end - DEFAULT_PERIOD
    if start >= end:
        raise InvalidInputError("The period must end after it starts ('from' before 'to').")
    if end - start > MAX_PERIOD:
        raise InvalidInputError("Choose a period of at most 400 days.")
    return start, end


def _utc(moment: datetime) -> datetime:
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError as exc:  # e.g. year 1 with a positive offset
        raise InvalidInputError("Choose a period between the years 2000 and 2100.") from exc


async def report(services: Services, start: datetime, end: datetime) -> Report:
    """Service levels of the cases queued in ``[start, end)``, per queue and per agent."""
    settings, goal = services.settings, services.settings.sla_attainment_goal
    async with services.read() as session:
        facts = await _facts(session, settings, start, end, services.clock.now())
        agent_ids = {i.agent_id for i in facts.values() if i.agent_id is not None}
        agent_ids |= {i.first_agent for i in facts.values() if i.first_agent is not None}
        agent_ids |= {a for i in facts.values() for a, _ in i.next_responses}
        names = {
            agent_id: (username, display_name)
            for agent_id, username, display_name in await session.execute(
                select(Agent.id, Agent.username, Agent.display_name).where(Agent.id.in_(agent_ids))
            )
        }
    queues = {}
    for tier in TIERS:
        items = [i for i in facts.values() if (i.tier == VERIFIED) == (tier == VERIFIED)]
        queues[tier] = _figures(
            items,
            goal,
            target_seconds(settings, tier),
            [seconds for i in items for _, seconds in i.next_responses],
            [(i.first_response, i.target) for i in items if i.first_response is not None],
        )
    agents = []
    for agent_id in sorted(names):
        handled = [i for i in facts.values() if i.agent_id == agent_id]
        firsts = [
            (i.first_response, i.target)
            for i in facts.values()
            if i.first_agent == agent_id and i.first_response is not None
        ]
        nexts = [s for i in facts.values() for a, s in i.next_responses if a == agent_id]
        username, display_name = names[agent_id]
        agents.append(
            AgentFigures(
                agent_id, username, display_name, _figures(handled, goal, None, nexts, firsts)
            )
        )
    return Report(
        start=start,
        end=end,
        goal=goal,
        live_target_seconds=settings.first_response_target_seconds,
        free_target_hours=settings.reply_target_hours,
        queues=queues,
        agents=agents,
        now=await queue_now(services),
    )
