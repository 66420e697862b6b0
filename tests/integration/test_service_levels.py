"""Service levels: report figures computed from a constructed history, access for
supervisors only, and breach alerts raised by the routing loop."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_app.domain.model import CaseKind, Role
from recovery_app.security import tokens
from recovery_app.services import messages
from recovery_app.storage.models import Alert, Case, Survey
from tests.integration.test_routing import record
from tests.support.desk import START, AgentHandle, Desk, running_desk

T = START - timedelta(days=2)
REPORT = "/api/v1/supervisor/reports/service-levels"


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    async with running_desk(tmp_path / "data", routing_interval_seconds=3600) as desk:
        yield desk


async def history_case(
    desk: Desk,
    *,
    tier: str,
    queued: timedelta,
    state: str,
    agent: AgentHandle | None = None,
    chat: Sequence[tuple[timedelta, str]] = (),
    closed: timedelta | None = None,
    survey: tuple[int, bool] | None = None,
) -> str:
    """A case queued at ``T + queued``; ``chat`` is (offset, "requester" | "agent")."""
    queued_at = T + queued
    agent_times = [offset for offset, who in chat if who == "agent"]
    async with desk.services.write() as session:
        case = Case(
            reference=tokens.case_reference(),
            token_hash=secrets.token_hex(32),
            kind=CaseKind.HACKED.value,
            state=state,
            identifier_hash=secrets.token_hex(32),
            language="en",
            tier=tier,
            compromise_window_start=queued_at - timedelta(days=30),
            opened_at=queued_at,
            updated_at=queued_at,
            queued_at=queued_at,
            assigned_agent_id=agent.id if agent else None,
            assigned_at=queued_at if agent else None,
            first_response_at=T + agent_times[0] if agent_times else None,
            closed_at=T + closed if closed is not None else None,
        )
        session.add(case)
        await session.flush()
        for n, (offset, who) in enumerate(chat):
            assert agent is not None
            await messages.append(
                session,
                case,
                sender="requester" if who == "requester" else f"agent:{agent.id}",
                client_id=f"m{n}",
                kind="text",
                body="...",
                now=T + offset,
            )
        if survey is not None:
            rating, restored = survey
            session.add(
                Survey(
                    case_id=case.id,
                    access_restored=restored,
                    rating=rating,
                    answered_at=T + (closed or queued),
                )
            )
        return case.reference


def s(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


async def build_history(desk: Desk) -> tuple[AgentHandle, AgentHandle, AgentHandle]:
    alice, bob = await desk.agent("alice"), await desk.agent("bob")
    sue = await desk.agent("sue", Role.SUPERVISOR)
    # Subscribers (target 60 s).
    await history_case(
        desk,
        tier="verified",
        queued=s(0),
        state="restored",
        agent=alice,
        chat=[
            (s(30), "agent"),
            (s(60), "requester"),
            (s(90), "agent"),
            (s(120), "requester"),
            (s(130), "requester"),
            (s(240), "agent"),
        ],
        closed=s(3600),
        survey=(5, True),
    )
    await history_case(
        desk,
        tier="verified",
        queued=s(10),
        state="rejected",
        agent=bob,
        chat=[(s(5), "requester"), (s(100), "agent")],
        closed=s(7210),
        survey=(2, False),
    )
    await history_case(desk, tier="verified", queued=s(20), state="queued")  # never answered
    # Free tier (target 24 h).
    await history_case(
        desk,
        tier="free",
        queued=s(0),
        state="restored",
        agent=alice,
        chat=[(timedelta(hours=2), "agent")],
        closed=timedelta(hours=30),
        survey=(4, True),
    )
    await history_case(
        desk,
        tier="free",
        queued=s(0),
        state="abandoned",
        agent=bob,
        chat=[(timedelta(hours=25), "agent")],
        closed=timedelta(hours=26),
    )
    # Outside the period: must not count.
    await history_case(desk, tier="verified", queued=-timedelta(days=30), state="queued")
    return alice, bob, sue


def period(start: datetime, end: datetime) -> dict[str, str]:
    return {"from": start.isoformat(), "to": end.isoformat()}


async def test_report_figures_come_from_the_history(desk: Desk) -> None:
    alice, bob, sue = await build_history(desk)
    response = await desk.client.get(
        REPORT, params=period(T - timedelta(hours=1), START), headers=sue.headers
    )
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    assert report["live_first_response_target_seconds"] == 60
    assert report["free_reply_target_hours"] == 24
    queues = {q["tier"]: q for q in report["queues"]}

    live = queues["verified"]
    assert (live["cases"], live["resolved"], live["abandoned"]) == (3, 2, 0)
    assert live["first_response"] == {
        "count": 2,
        "mean_seconds": 60.0,
        "median_seconds": 60.0,
        "p90_seconds": 90.0,
    }
    # 30 s met the target, 90 s did not, and the unanswered case is long past it.
    assert live["attainment"] == {
        "target_seconds": 60.0,
        "goal": 0.9,
        "measured": 3,
        "within_target": 1,
        "rate": 0.3333,
        "met": False,
    }
    # requester 60 → agent 90 (30 s); requester 120, 130 → agent 240 (120 s).
    assert live["next_response"]["count"] == 2
    assert live["next_response"]["median_seconds"] == 75.0
    assert live["resolution"]["mean_seconds"] == 5400.0  # 3600 s and 7200 s
    assert live["satisfaction"] == {
        "surveys": 2,
        "average_rating": 3.5,
        "access_restored_rate": 0.5,
    }

    free = queues["free"]
    assert (free["cases"], free["resolved"], free["abandoned"]) == (2, 1, 1)
    assert free["first_response"]["count"] == 2
    assert free["attainment"]["target_seconds"] == 24 * 3600
    assert (free["attainment"]["within_target"], free["attainment"]["rate"]) == (1, 0.5)
    assert free["resolution"]["median_seconds"] == 30 * 3600
    assert free["satisfaction"]["access_restored_rate"] == 1.0

    agents = {a["username"]: a for a in report["agents"]}
    assert set(agents) == {"alice", "bob"}
    mine = agents["alice"]
    assert mine["agent_id"] == alice.id and mine["cases"] == 2
    assert mine["attainment"]["rate"] == 1.0 and mine["attainment"]["target_seconds"] is None
    assert mine["next_response"]["count"] == 2
    assert mine["satisfaction"]["average_rating"] == 4.5
    theirs = agents["bob"]
    assert theirs["agent_id"] == bob.id
    assert (theirs["attainment"]["measured"], theirs["attainment"]["within_target"]) == (2, 0)
    assert theirs["first_response"]["median_seconds"] == (90 + 25 * 3600) / 2

    now = report["queue_now"]
    tiers = {t["tier"]: t for t in now["tiers"]}
    assert tiers["verified"]["waiting"] == 2  # the one in the period and the old one
    assert tiers["free"]["waiting"] == 0
    assert tiers["verified"]["oldest_wait_seconds"] == int(
        (START - (T - timedelta(days=30))).total_seconds()
    )


async def test_reports_are_for_supervisors_only(desk: Desk) -> None:
    alice = await desk.agent("alice")
    admin = await desk.agent("root", Role.ADMIN)
    for path in (REPORT, "/api/v1/supervisor/reports/queue"):
        assert (await desk.client.get(path)).status_code == 401
        forbidden = await desk.client.get(path, headers=alice.headers)
        assert (forbidden.status_code, forbidden.json()["code"]) == (403, "forbidden")
        assert (await desk.client.get(path, headers=admin.headers)).status_code == 200


async def test_a_period_must_make_sense(desk: Desk) -> None:
    sue = await desk.agent("sue", Role.SUPERVISOR)
    backwards = await desk.client.get(REPORT, params=period(START, T), headers=sue.headers)
    assert backwards.status_code == 422
    huge = await desk.client.get(
        REPORT, params=period(START - timedelta(days=500), START), headers=sue.headers
    )
    assert huge.status_code == 422
    for extreme in (
        {"from": "0001-01-01T00:00:00+14:00"},
        {"to": "9999-12-31T23:59:59-14:00"},
        {"from": "1999-12-31T23:59:59Z"},
    ):
        odd = await desk.client.get(REPORT, params=extreme, headers=sue.headers)
        assert (odd.status_code, odd.json()["code"]) == (422, "invalid_input"), extreme
    default = await desk.client.get(REPORT, headers=sue.headers)
    assert default.status_code == 200
    body = default.json()
    assert body["period_end"].startswith("2026-11-02T09:00")
    assert body["period_start"].startswith("2026-10-26T09:00")


async def open_breach_alerts(desk: Desk) -> list[Alert]:
    async with desk.services.read() as session:
        return list(await session.scalars(select(Alert).where(Alert.kind == "sla_breach")))


async def test_breach_alerts_are_raised_once_per_case(desk: Desk) -> None:
    bus = record(desk)
    sue = await desk.agent("sue", Role.SUPERVISOR)
    live = await history_case(desk, tier="verified", queued=START - T, state="queued")
    free = await history_case(desk, tier="free", queued=START - T, state="queued")
    loop = desk.background.routing

    desk.clock.advance(timedelta(seconds=60))
    await loop.run_once()
    assert await open_breach_alerts(desk) == []  # at the target, not past it

    desk.clock.advance(timedelta(seconds=1))
    await loop.run_once()
    await loop.run_once()
    [alert] = await open_breach_alerts(desk)
    assert alert.detail["case_ref"] == live and alert.detail["tier"] == "verified"
    assert alert.detail["waited_seconds"] == 61 and alert.agent_id is None
    assert bus.on("queue", "alert") == [
        {"type": "alert", "kind": "sla_breach", "alert_id": alert.id}
    ]
    listed = await desk.client.get("/api/v1/supervisor/alerts", headers=sue.headers)
    assert [a["kind"] for a in listed.json()] == ["sla_breach"]

    acked = await desk.client.post(
        f"/api/v1/supervisor/alerts/{alert.id}/acknowledge", headers=sue.headers
    )
    assert acked.status_code == 200
    desk.clock.advance(timedelta(hours=24))
    await loop.run_once()
    alerts = await open_breach_alerts(desk)
    assert sorted(a.detail["case_ref"] for a in alerts) == sorted([live, free])  # no repeat
