"""The queue's pure rules (recovery_app.domain.routing), one by one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from recovery_app.domain import routing as rules
from recovery_app.domain.routing import AgentLoad, Planned, WaitingCase

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday


def waiting(case_id: int, tier: str = "free", minutes: int = 0, **extra: Any) -> WaitingCase:
    return WaitingCase(case_id, tier, T0 + timedelta(minutes=minutes), **extra)


def agent(agent_id: int, open_cases: int = 0, max_chats: int = 2, **extra: Any) -> AgentLoad:
    values: dict[str, Any] = {"presence": rules.ONLINE, **extra}
    return AgentLoad(agent_id=agent_id, open_cases=open_cases, max_chats=max_chats, **values)


def test_subscribers_come_before_free_cases_even_when_younger() -> None:
    old_free, new_subscriber = waiting(1, "free", minutes=0), waiting(2, "verified", minutes=30)
    assert [c.case_id for c in rules.queue_order([old_free, new_subscriber])] == [2, 1]
    assert rules.plan([old_free, new_subscriber], [agent(7, max_chats=1)], T0) == [Planned(2, 7)]


def test_oldest_first_within_a_tier() -> None:
    cases = [waiting(3, minutes=5), waiting(1, minutes=10), waiting(2, minutes=1)]
    assert [c.case_id for c in rules.queue_order(cases)] == [2, 3, 1]
    same_time = [waiting(9), waiting(4)]
    assert [c.case_id for c in rules.queue_order(same_time)] == [4, 9]  # then by id


@pytest.mark.parametrize("presence", [rules.AWAY, rules.OFFLINE])
def test_never_to_away_or_offline_agents(presence: str) -> None:
    assert rules.plan([waiting(1)], [agent(7, presence=presence)], T0) == []
    assert not rules.has_free_slot(agent(7, presence=presence))


def test_capacity_is_respected() -> None:
    cases = [waiting(n, minutes=n) for n in range(1, 6)]
    decisions = rules.plan(cases, [agent(7, open_cases=1, max_chats=3)], T0)
    assert decisions == [Planned(1, 7), Planned(2, 7)]
    assert rules.plan(cases, [agent(7, open_cases=3, max_chats=3)], T0) == []


def test_least_loaded_agent_first() -> None:
    busy, calm = agent(1, open_cases=2, max_chats=4), agent(2, open_cases=1, max_chats=4)
    assert rules.choose_agent(waiting(1), [busy, calm]) == calm


def test_spreads_cases_across_agents() -> None:
    cases = [waiting(n, minutes=n) for n in range(1, 5)]
    decisions = rules.plan(cases, [agent(1, max_chats=4), agent(2, max_chats=4)], T0)
    per_agent = {a: sum(1 for d in decisions if d.agent_id == a) for a in (1, 2)}
    assert per_agent == {1: 2, 2: 2}


def test_ties_go_to_the_agent_idle_longest() -> None:
    recent = agent(1, last_assigned_at=T0 - timedelta(minutes=1))
    idle = agent(2, last_assigned_at=T0 - timedelta(hours=1))
    never = agent(3)
    assert rules.choose_agent(waiting(1), [recent, idle]) == idle
    assert rules.choose_agent(waiting(1), [recent, idle, never]) == never


def test_language_match_is_preferred_but_not_required() -> None:
    english = agent(1, languages=frozenset({"en"}))
    polish = agent(2, open_cases=1, languages=frozenset({"pl", "en"}))
    case = waiting(1, language="pl-PL")
    assert rules.choose_agent(case, [english, polish]) == polish  # even though busier
    assert rules.choose_agent(case, [english]) == english  # nobody speaks it: still served
    full_polish = agent(2, open_cases=2, max_chats=2, languages=frozenset({"pl"}))
    assert rules.choose_agent(case, [english, full_polish]) == english


def test_a_case_is_not_given_back_to_the_agent_it_was_taken_from() -> None:
    case = waiting(1, avoid_agent_ids=frozenset({7}))
    assert rules.plan([case], [agent(7)], T0) == []
    assert rules.plan([case, waiting(2, minutes=1)], [agent(7)], T0) == [Planned(2, 7)]
    assert rules.plan([case], [agent(7), agent(8)], T0) == [Planned(1, 8)]


def test_escalated_cases_go_only_to_supervisors() -> None:
    case = waiting(1, escalated=True)
    assert rules.plan([case], [agent(7)], T0) == []
    assert rules.plan([case], [agent(7), agent(8, role="supervisor")], T0) == [Planned(1, 8)]


def test_reply_overdue_after_the_set_time() -> None:
    after = timedelta(seconds=120)
    assert not rules.reply_overdue(None, T0, after)
    assert not rules.reply_overdue(T0 - timedelta(seconds=119), T0, after)
    assert rules.reply_overdue(T0 - timedelta(seconds=120), T0, after)


def test_positions_count_across_tiers() -> None:
    cases = [waiting(1, "free"), waiting(2, "verified", minutes=5), waiting(3, "verified")]
    assert rules.positions(cases) == {3: 1, 2: 2, 1: 3}


def test_expected_wait_uses_the_recent_rate_or_a_conservative_default() -> None:
    assert rules.expected_wait_seconds(0, 10) == 0
    # 6 assignments in 30 minutes: one every 5 minutes.
    assert rules.expected_wait_seconds(2, 6) == 600
    # Too few to tell: the default per case.
    assert rules.expected_wait_seconds(2, 1) == 2 * rules.DEFAULT_SECONDS_PER_CASE


def test_business_hours() -> None:
    hours = rules.BusinessHours(frozenset({0, 1, 2, 3, 4}), 8, 18)
    assert hours.is_open(T0)  # Monday 09:00
    assert not hours.is_open(T0.replace(hour=18))
    assert hours.next_opening(T0) is None
    saturday = T0 + timedelta(days=5)
    assert not hours.is_open(saturday)
    assert hours.next_opening(saturday) == T0 + timedelta(days=7, hours=-1)  # Monday 08:00
    friday_evening = T0 + timedelta(days=4, hours=10)
    assert hours.next_opening(friday_evening) == T0 + timedelta(days=7, hours=-1)
    early = T0.replace(hour=6)
    assert hours.next_opening(early) == T0.replace(hour=8)
