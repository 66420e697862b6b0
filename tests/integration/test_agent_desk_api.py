"""The agent desk API: my cases, the queue agents may look at (never pick from),
capacity (audited, bounded), and colleagues for a transfer."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_app.domain.model import CaseKind, CaseState
from recovery_app.security import tokens
from recovery_app.services import case_access, routing
from recovery_app.services.context import Services
from recovery_app.storage.models import AuditEntry, Case
from tests.support.desk import Desk, running_desk


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    async with running_desk(tmp_path / "data", routing_interval_seconds=3600) as desk:
        yield desk


async def insert_queued(
    services: Services, tier: str, queued_at: datetime, *, language: str = "en"
) -> str:
    async with services.write() as session:
        case = Case(
            reference=tokens.case_reference(),
            token_hash=case_access.token_hash(services.keys, secrets.token_hex(16)),
            kind=CaseKind.HACKED.value,
            state=CaseState.QUEUED.value,
            identifier_hash=secrets.token_hex(32),
            language=language,
            tier=tier,
            compromise_window_start=queued_at - timedelta(days=30),
            opened_at=queued_at,
            updated_at=queued_at,
            queued_at=queued_at,
        )
        session.add(case)
        await session.flush()
        return case.reference


async def test_queue_lists_waiting_cases_in_routing_order_with_timers_and_no_personal_data(
    desk: Desk,
) -> None:
    agent = await desk.agent("maria")
    now = desk.clock.now()
    await insert_queued(desk.services, "free", now - timedelta(hours=1), language="de")
    await insert_queued(desk.services, "verified", now - timedelta(seconds=50))  # 83 %: amber
    await insert_queued(desk.services, "verified", now - timedelta(seconds=90))  # breached
    await insert_queued(desk.services, "free", now - timedelta(hours=30))  # breached (24 h)

    response = await desk.client.get("/api/v1/agent/queue", headers=agent.headers)

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["counts"] == {"total": 4, "verified": 2, "free": 2, "warning": 1, "breached": 2}
    items = body["items"]
    assert [(i["tier"], i["waiting_seconds"]) for i in items] == [
        ("verified", 90),
        ("verified", 50),
        ("free", 30 * 3600),
        ("free", 3600),
    ]
    assert [i["sla_state"] for i in items] == ["breached", "warning", "breached", "ok"]
    assert [i["position"] for i in items] == [1, 2, 3, 4]
    assert items[3]["language"] == "de"
    assert set(items[0]) == {
        "position",
        "tier",
        "kind",
        "language",
        "escalated",
        "queued_at",
        "waiting_seconds",
        "target_seconds",
        "due_at",
        "sla_state",
    }
    assert body["truncated"] is False


async def test_queue_is_limited_but_counts_every_waiting_case(desk: Desk) -> None:
    agent = await desk.agent("maria")
    now = desk.clock.now()
    for minutes in range(12):
        await insert_queued(desk.services, "free", now - timedelta(minutes=minutes))

    body = (await desk.client.get("/api/v1/agent/queue?limit=5", headers=agent.headers)).json()

    assert body["counts"]["total"] == 12
    assert len(body["items"]) == 5
    assert body["truncated"] is True
    assert body["items"][0]["waiting_seconds"] == 11 * 60


async def test_queue_offers_no_way_to_take_a_case(desk: Desk) -> None:
    agent = await desk.agent("maria")
    await insert_queued(desk.services, "verified", desk.clock.now())
    for method in ("POST", "PUT", "PATCH"):
        response = await desk.client.request(method, "/api/v1/agent/queue", headers=agent.headers)
        assert response.status_code == 405


async def test_desk_routes_need_a_signed_in_agent(desk: Desk) -> None:
    for path in ("/agent/queue", "/agent/cases", "/agent/capacity", "/agent/colleagues"):
        response = await desk.client.get(f"/api/v1{path}")
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["code"] == "unauthenticated"


async def test_capacity_change_is_bounded_audited_and_routes_a_waiting_case(desk: Desk) -> None:
    agent = await desk.agent("maria")
    await routing.agent_connected(desk.services, agent.id)
    before = (await desk.client.get("/api/v1/agent/capacity", headers=agent.headers)).json()
    assert before["presence"] == "online"
    too_many = await desk.client.put(
        "/api/v1/agent/capacity", json={"max_chats": before["limit"] + 1}, headers=agent.headers
    )
    assert too_many.status_code == 422
    assert too_many.json()["code"] in {"invalid_input", "validation_failed"}

    one = await desk.client.put(
        "/api/v1/agent/capacity", json={"max_chats": 1}, headers=agent.headers
    )
    assert one.json()["max_chats"] == 1
    for age in (30, 20):
        await insert_queued(desk.services, "verified", desk.clock.now() - timedelta(seconds=age))
    await routing.route(desk.services)
    mine = (await desk.client.get("/api/v1/agent/cases", headers=agent.headers)).json()
    assert len(mine) == 1

    two = await desk.client.put(
        "/api/v1/agent/capacity", json={"max_chats": 2}, headers=agent.headers
    )

    assert two.json() == {
        "max_chats": 2,
        "limit": before["limit"],
        "open_chats": 2,
        "presence": "online",
    }
    mine = (await desk.client.get("/api/v1/agent/cases", headers=agent.headers)).json()
    assert len(mine) == 2
    assert {c["state"] for c in mine} == {"in_chat"}
    assert all(c["first_response_due_at"] for c in mine)
    async with desk.services.read() as session:
        rows = (
            await session.scalars(
                select(AuditEntry).where(AuditEntry.action == "agent.capacity_changed")
            )
        ).all()
    assert [(r.actor_id, r.detail) for r in rows][-1] == (str(agent.id), {"from": 1, "to": 2})


async def test_colleagues_lists_other_agents_online_first_with_free_slots(desk: Desk) -> None:
    maria = await desk.agent("maria")
    tomasz = await desk.agent("tomasz")
    await desk.agent("zofia")
    await routing.agent_connected(desk.services, tomasz.id)

    found = (await desk.client.get("/api/v1/agent/colleagues", headers=maria.headers)).json()

    assert [(c["display_name"], c["presence"]) for c in found] == [
        ("Tomasz", "online"),
        ("Zofia", "offline"),
    ]
    assert found[0]["free_slots"] == 4
    assert maria.id not in [c["id"] for c in found]
