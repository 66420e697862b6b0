"""The supervisors' live board, dashboard distributions and queue history, and the
audit search by agent and time: figures from constructed histories, supervisors only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from recovery_app.domain.model import Role
from recovery_app.services import audit, routing
from recovery_app.storage.models import Case
from tests.integration.test_service_levels import T, build_history, history_case, period, s
from tests.support.desk import START, Desk, running_desk

BOARD = "/api/v1/supervisor/agents"
DISTRIBUTIONS = "/api/v1/supervisor/reports/distributions"
HISTORY = "/api/v1/supervisor/reports/queue-history"
AUDIT = "/api/v1/supervisor/audit"


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    async with running_desk(tmp_path / "data", routing_interval_seconds=3600) as desk:
        yield desk


async def test_the_board_lists_agents_with_presence_and_load_and_no_secrets(desk: Desk) -> None:
    alice, bob = await desk.agent("alice"), await desk.agent("bob")
    sue = await desk.agent("sue", Role.SUPERVISOR)
    await routing.set_presence(desk.services, alice.id, "online")
    await routing.set_presence(desk.services, sue.id, "away")
    await history_case(desk, tier="verified", queued=START - T, state="in_chat", agent=alice)
    await history_case(desk, tier="verified", queued=START - T, state="restoring", agent=alice)
    await history_case(desk, tier="free", queued=START - T, state="restored", agent=alice)

    response = await desk.client.get(BOARD, headers=sue.headers)
    assert response.status_code == 200, response.text
    board: list[dict[str, Any]] = response.json()
    assert [a["username"] for a in board] == ["alice", "sue", "bob"]  # online, away, offline
    first = board[0]
    assert first == {
        "id": alice.id,
        "username": "alice",
        "display_name": "Alice",
        "role": "agent",
        "presence": "online",
        "presence_since": first["presence_since"],
        "max_chats": 4,
        "load": 2,
        "chats": 1,
    }
    assert first["presence_since"] is not None
    assert (board[2]["presence"], board[2]["load"], board[2]["presence_since"]) == (
        "offline",
        0,
        None,
    )
    assert board[2]["id"] == bob.id
    text = response.text.lower()
    for secret in ("password", "totp", "token", "seed", bob.seed.lower()):
        assert secret not in text


async def test_distributions_count_the_report_s_own_times(desk: Desk) -> None:
    *_, sue = await build_history(desk)
    when = period(T - timedelta(hours=1), START)
    report = (
        await desk.client.get(
            "/api/v1/supervisor/reports/service-levels", params=when, headers=sue.headers
        )
    ).json()
    response = await desk.client.get(DISTRIBUTIONS, params=when, headers=sue.headers)
    assert response.status_code == 200, response.text
    found = response.json()
    first = {b["lower_seconds"]: b for b in found["first_response"]}
    # Subscribers answered after 30 s and 90 s; free tier after 2 h and 25 h.
    assert (first[30]["verified"], first[60]["verified"]) == (1, 1)
    assert first[30]["upper_seconds"] == 60
    assert (first[3600]["free"], first[24 * 3600]["free"]) == (1, 1)
    queues = {q["tier"]: q for q in report["queues"]}
    for tier in ("verified", "free"):
        assert (
            sum(b[tier] for b in found["first_response"])
            == (queues[tier]["first_response"]["count"])
        )
        assert sum(b[tier] for b in found["resolution"]) == queues[tier]["resolution"]["count"]
    resolution = {b["lower_seconds"]: b for b in found["resolution"]}
    assert resolution[3600]["verified"] == 2  # 1 h and 2 h
    assert resolution[24 * 3600]["free"] == 1  # 30 h
    assert found["first_response"][-1]["upper_seconds"] is None


async def test_queue_history_follows_the_cases_timestamps(desk: Desk) -> None:
    alice = await desk.agent("alice")
    sue = await desk.agent("sue", Role.SUPERVISOR)
    # Waits 10 minutes, then is assigned.
    await history_case(desk, tier="verified", queued=s(0), state="restored", agent=alice)
    async with desk.services.write() as session:
        await session.execute(update(Case).values(assigned_at=T + timedelta(minutes=10)))
    # Still waiting since T + 5 min (free tier).
    await history_case(desk, tier="free", queued=timedelta(minutes=5), state="queued")
    response = await desk.client.get(
        HISTORY,
        params=period(T - timedelta(minutes=30), T + timedelta(hours=1)),
        headers=sue.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["step_seconds"] == 60  # 90 minutes / 96 points, at least a minute
    points = {p["at"][:16]: (p["verified"], p["free"]) for p in body["points"]}
    stamp = lambda minutes: (T + timedelta(minutes=minutes)).isoformat()[:16]  # noqa: E731
    assert points[stamp(-1)] == (0, 0)
    assert points[stamp(0)] == (1, 0)
    assert points[stamp(7)] == (1, 1)
    assert points[stamp(10)] == (0, 1)
    assert points[stamp(59)] == (0, 1)


async def test_audit_search_by_agent_and_time(desk: Desk) -> None:
    alice, bob = await desk.agent("alice"), await desk.agent("bob")
    sue = await desk.agent("sue", Role.SUPERVISOR)
    async with desk.services.write() as session:
        for n, (who, minutes) in enumerate([(alice, 0), (bob, 5), (alice, 10), (alice, 20)]):
            await audit.append(
                session,
                at=START + timedelta(minutes=minutes),
                actor_type="agent",
                actor_id=who.id,
                action="case.note_added",
                case_ref=f"RD-TEST-{n}",
            )
    params = {
        "agent_id": str(alice.id),
        "action": "case.note_added",
        "from": (START + timedelta(minutes=1)).isoformat(),
        "to": (START + timedelta(minutes=20)).isoformat(),
    }
    response = await desk.client.get(AUDIT, params=params, headers=sue.headers)
    assert response.status_code == 200, response.text
    assert [r["case_ref"] for r in response.json()] == ["RD-TEST-2"]
    everything = await desk.client.get(
        AUDIT, params={"agent_id": str(alice.id), "action": "case.note_added"}, headers=sue.headers
    )
    assert [r["case_ref"] for r in everything.json()] == ["RD-TEST-3", "RD-TEST-2", "RD-TEST-0"]
    backwards = await desk.client.get(
        AUDIT, params={"from": START.isoformat(), "to": T.isoformat()}, headers=sue.headers
    )
    assert (backwards.status_code, backwards.json()["code"]) == (422, "invalid_input")


async def test_new_supervisor_endpoints_refuse_plain_agents(desk: Desk) -> None:
    alice = await desk.agent("alice")
    admin = await desk.agent("root", Role.ADMIN)
    for path in (BOARD, DISTRIBUTIONS, HISTORY, AUDIT, f"{AUDIT}/verify"):
        assert (await desk.client.get(path)).status_code == 401
        forbidden = await desk.client.get(path, headers=alice.headers)
        assert (forbidden.status_code, forbidden.json()["code"]) == (403, "forbidden"), path
        assert (await desk.client.get(path, headers=admin.headers)).status_code == 200, path
