"""Who gets the next case: the queue's rules (shared/DESIGN.md §4), as pure functions.

- The queue is served in order: verified subscribers before the free tier, oldest
  first within a tier (``queued_at``, then the case id). Nobody picks around it:
  an agent never chooses a case, the rules give it.
- A case goes only to an agent who is **online** and has a free slot (open
  ``in_chat``/``restoring`` cases below ``max_chats``); never to away or offline agents.
- Among those: an agent who speaks the case's language if there is one (preferred,
  not required), then the least loaded (fewest open cases), then the one idle longest
  (oldest last assignment; never assigned counts as idle longest), then the lowest id.
- An escalated case goes only to supervisors and admins.
- A case taken from an agent for not replying is not given straight back to them
  (``WaitingCase.avoid_agent_ids``).
- An assigned agent who leaves the requester waiting ``reassign_after`` loses the case.

Also here: the expected wait shown to subscribers and the free tier's business hours.
No SQL and no framework: the services feed these functions plain values.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from recovery_app.domain.model import CaseState, Role, Subscription

ONLINE = "online"
AWAY = "away"
OFFLINE = "offline"
PRESENCE_STATUSES = frozenset({ONLINE, AWAY, OFFLINE})

# Cases that hold one of an agent's slots.
OCCUPYING_STATES = frozenset({CaseState.IN_CHAT, CaseState.RESTORING})
_TIER_RANK = {Subscription.VERIFIED.value: 0, Subscription.FREE.value: 1}
_NEVER = datetime.min.replace(tzinfo=UTC)
_SUPERVISORS = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})


@dataclass(frozen=True, slots=True)
class WaitingCase:
    """A queued case as the rules see it."""

    case_id: int
    tier: str
    queued_at: datetime
    language: str = "en"
    escalated: bool = False
    avoid_agent_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """An agent's presence and load right now."""

    agent_id: int
    presence: str
    open_cases: int
    max_chats: int
    languages: frozenset[str] = frozenset()
    last_assigned_at: datetime | None = None  # None: never given a case
    role: str = Role.AGENT.value


@dataclass(frozen=True, slots=True)
class Planned:
    """One decision of :func:`plan`: give ``case_id`` to ``agent_id``."""

    case_id: int
    agent_id: int


def tier_rank(tier: str) -> int:
    """0 for subscribers, 1 for the free tier (and anything unknown)."""
    return _TIER_RANK.get(tier, 1)


def queue_key(case: WaitingCase) -> tuple[int, datetime, int]:
    return (tier_rank(case.tier), case.queued_at, case.case_id)


def queue_order(cases: Iterable[WaitingCase]) -> list[WaitingCase]:
    """Subscribers first, then the free tier; oldest first within each."""
    return sorted(cases, key=queue_key)


def has_free_slot(agent: AgentLoad) -> bool:
    """Online, with fewer open cases than their maximum. Away and offline: never."""
    return agent.presence == ONLINE and agent.open_cases < agent.max_chats


def primary_language(language: str) -> str:
    """``"pl-PL"`` → ``"pl"``."""
    return language.strip().lower().replace("_", "-").split("-", 1)[0]


def speaks(agent: AgentLoad, language: str) -> bool:
    wanted = primary_language(language)
    return any(primary_language(known) == wanted for known in agent.languages)


def may_take(agent: AgentLoad, case: WaitingCase) -> bool:
    """Whether ``agent`` may be given ``case`` now, before preferences."""
    if not has_free_slot(agent) or agent.agent_id in case.avoid_agent_ids:
        return False
    return not case.escalated or agent.role in _SUPERVISORS


def _preference(agent: AgentLoad) -> tuple[int, datetime, int]:
    return (agent.open_cases, agent.last_assigned_at or _NEVER, agent.agent_id)


def choose_agent(case: WaitingCase, agents: Iterable[AgentLoad]) -> AgentLoad | None:
    """The agent who should get ``case``, or None when nobody may take it."""
    candidates = [agent for agent in agents if may_take(agent, case)]
    if not candidates:
        return None
    speakers = [agent for agent in candidates if speaks(agent, case.language)]
    return min(speakers or candidates, key=_preference)


def plan(cases: Iterable[WaitingCase], agents: Iterable[AgentLoad], now: datetime) -> list[Planned]:
    """Assign queued cases in queue order while anyone has a free slot.

    A case nobody may take (everyone left is avoided, or it needs a supervisor)
    keeps its place; the cases behind it are still served.
    """
    loads = {agent.agent_id: agent for agent in agents if agent.presence == ONLINE}
    decisions: list[Planned] = []
    for case in queue_order(cases):
        if not any(has_free_slot(agent) for agent in loads.values()):
            break
        chosen = choose_agent(case, loads.values())
        if chosen is None:
            continue
        decisions.append(Planned(case.case_id, chosen.agent_id))
        loads[chosen.agent_id] = replace(
            chosen, open_cases=chosen.open_cases + 1, last_assigned_at=now
        )
    return decisions


def positions(cases: Iterable[WaitingCase]) -> dict[int, int]:
    """Each queued case's place in line (1 = next), across both tiers."""
    return {case.case_id: n for n, case in enumerate(queue_order(cases), start=1)}


def reply_overdue(awaiting_since: datetime | None, now: datetime, after: timedelta) -> bool:
    """True when the requester has waited ``after`` or longer for the assigned agent."""
    return awaiting_since is not None and now - awaiting_since >= after


# --- expected wait ----------------------------------------------------------------------

RATE_WINDOW = timedelta(minutes=30)
MIN_SAMPLES = 3  # fewer recent assignments than this: use the conservative default
DEFAULT_SECONDS_PER_CASE = 300


def expected_wait_seconds(
    position: int,
    assigned_recently: int,
    *,
    window: timedelta = RATE_WINDOW,
    default_seconds_per_case: int = DEFAULT_SECONDS_PER_CASE,
) -> int:
    """How long the case at ``position`` will probably wait, from the recent assignment
    rate (``assigned_recently`` cases assigned within ``window``), or a conservative
    default while there are too few assignments to tell. Rounded up to whole seconds.
    """
    if position <= 0:
        return 0
    if assigned_recently >= MIN_SAMPLES:
        per_case = window.total_seconds() / assigned_recently
    else:
        per_case = float(default_seconds_per_case)
    return math.ceil(position * per_case)


# --- business hours (free tier) ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """When the free tier is staffed: weekdays (Monday = 0) and hours, in UTC."""

    weekdays: frozenset[int]
    start_hour: int
    end_hour: int  # exclusive; 24 means midnight

    def is_open(self, at: datetime) -> bool:
        at = at.astimezone(UTC)
        return at.weekday() in self.weekdays and self.start_hour <= at.hour < self.end_hour

    def next_opening(self, at: datetime) -> datetime | None:
        """When business hours next begin (None while open, or with no business days)."""
        if self.is_open(at) or not self.weekdays:
            return None
        at = at.astimezone(UTC)
        day = at.replace(hour=self.start_hour, minute=0, second=0, microsecond=0)
        for offset in range(8):
            opening = day + timedelta(days=offset)
            if opening.weekday() in self.weekdays and opening > at:
                return opening
        return None  # pragma: no cover - some weekday always comes within a week

    def label_days(self) -> Sequence[int]:
        return sorted(self.weekdays)
