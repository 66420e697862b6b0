"""Routing through the services and the API: presence, assignment, taking cases back,
reassignment after the reply timeout, concurrency, tiers, and the queue endpoint."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app.domain.model import CaseKind, CaseState
from recovery_app.security import tokens
from recovery_app.server.live.bus import Bus, Handler
from recovery_app.services import alerts, case_access, routing
from recovery_app.services.context import Services
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import Agent, AuditEntry, Case, Conversation, Message
from tests.support.databases import fresh_postgres_database, postgres_admin_url
from tests.support.desk import AgentHandle, Desk, OpenedCase, running_desk

REASSIGN = 120


class RecordingBus:
    """Forwards to the server's bus and remembers every event published."""

    def __init__(self, inner: Bus) -> None:
        self.inner = inner
        self.events: list[tuple[str, dict[str, Any]]] = []

    async def start(self, handler: Handler) -> None:
        await self.inner.start(handler)

    async def publish(self, channel: str, event: dict[str, Any]) -> None:
        self.events.append((channel, event))
        await self.inner.publish(channel, event)

    async def stop(self) -> None:
        await self.inner.stop()

    def on(self, channel: str, kind: str | None = None) -> list[dict[str, Any]]:
        return [e for c, e in self.events if c == channel and kind in (None, e.get("type"))]


def record(desk: Desk) -> RecordingBus:
    bus = RecordingBus(desk.services.bus)
    desk.services.bus = bus
    return bus


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    # The routing loop runs once at start, then the tests drive it (run_once).
    async with running_desk(tmp_path / "data", routing_interval_seconds=3600) as desk:
        yield desk


async def online(desk: Desk, username: str, *, max_chats: int | None = None) -> AgentHandle:
    agent = await desk.agent(username)
    if max_chats is not None:
        async with desk.services.write() as session:
            await session.execute(
                update(Agent).where(Agent.id == agent.id).values(max_chats=max_chats)
            )
    await routing.agent_connected(desk.services, agent.id)
    return agent


async def queued_case(
    desk: Desk, handle: str, *, subscriber: bool = False, language: str = "en"
) -> OpenedCase:
    """A real case through the API: opened, reply contact verified, support requested."""
    await desk.account(handle, subscriber=subscriber)
    case = await desk.verified_case(handle, reply=f"{handle}.reply@example.org", language=language)
    response = await desk.client.post(
        f"/api/v1/cases/{case.reference}/support", headers=case.headers
    )
    assert response.status_code == 200, response.text
    return case


async def insert_queued(
    services: Services, tier: str, queued_at: datetime, *, token: str | None = None
) -> tuple[int, str]:
    """A queued case straight in the database (for tests that need many)."""
    async with services.write() as session:
        case = Case(
            reference=tokens.case_reference(),
            token_hash=case_access.token_hash(services.keys, token or secrets.token_hex(16)),
            kind=CaseKind.HACKED.value,
            state=CaseState.QUEUED.value,
            identifier_hash=secrets.token_hex(32),
            language="en",
            tier=tier,
            compromise_window_start=queued_at - timedelta(days=30),
            opened_at=queued_at,
            updated_at=queued_at,
            queued_at=queued_at,
        )
        session.add(case)
        await session.flush()
        return case.id, case.reference


async def case_row(desk: Desk, reference: str) -> Case:
    async with desk.services.read() as session:
        case = await session.scalar(select(Case).where(Case.reference == reference))
        assert case is not None
        return case


async def conversation_id(desk: Desk, reference: str) -> int:
    async with desk.services.read() as session:
        found = await session.scalar(
            select(Conversation.id).join(Case).where(Case.reference == reference)
        )
        assert found is not None
        return found


async def audited(desk: Desk, action: str) -> list[AuditEntry]:
    async with desk.services.read() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def agent_replies(desk: Desk, reference: str) -> None:
    """What the live endpoint does when the agent answers: first response, no one waiting."""
    now = desk.clock.now()
    async with desk.services.write() as session:
        await session.execute(
            update(Case)
            .where(Case.reference == reference)
            .values(first_response_at=now, awaiting_reply_since=None)
        )


async def agent_can_open(desk: Desk, agent: AgentHandle, reference: str) -> bool:
    response = await desk.client.get(f"/api/v1/agent/cases/{reference}", headers=agent.headers)
    assert response.status_code in (200, 404), response.text
    return response.status_code == 200


# --- assignment ----------------------------------------------------------------------------


async def test_an_online_agent_with_capacity_gets_the_case_and_sees_it(desk: Desk) -> None:
    bus = record(desk)
    alice = await online(desk, "alice")
    case = await queued_case(desk, "ann", subscriber=True)

    status = await desk.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
    assert status.json()["state"] == "in_chat"
    row = await case_row(desk, case.reference)
    assert row.assigned_agent_id == alice.id
    assert row.queued_at == row.assigned_at == desk.clock.now()
    assert await agent_can_open(desk, alice, case.reference)

    [assigned] = bus.on(f"agent:{alice.id}", "assigned")
    assert assigned == {
        "type": "assigned",
        "conversation": case.reference,
        "case": case.reference,
        "agent_id": alice.id,
    }
    channel = f"conv:{await conversation_id(desk, case.reference)}"
    [joined] = bus.on(channel, "message")
    assert (joined["sender"], joined["kind"]) == ("system", "system")
    assert json.loads(joined["body"]) == {"event": "agent_joined", "agent": "Alice"}
    assert bus.on(channel, "queue")[-1]["state"] == "in_chat"
    [routed] = await audited(desk, "case.routed")
    assert routed.case_ref == case.reference and routed.detail["agent_id"] == alice.id


async def test_away_and_offline_agents_get_nothing(desk: Desk) -> None:
    bob = await online(desk, "bob")
    await routing.set_presence(desk.services, bob.id, "away")
    carol = await desk.agent("carol")  # signed in, never connected: offline
    dave = await online(desk, "dave")
    await routing.agent_disconnected(desk.services, dave.id)

    case = await queued_case(desk, "ann", subscriber=True)
    assert await routing.route(desk.services) == []
    assert (await case_row(desk, case.reference)).state == "queued"
    for agent in (bob, carol, dave):
        assert not await agent_can_open(desk, agent, case.reference)

    await routing.set_presence(desk.services, bob.id, "online")  # back: routing runs
    assert (await case_row(desk, case.reference)).assigned_agent_id == bob.id


async def test_presence_counts_connections(desk: Desk) -> None:
    alice = await desk.agent("alice")
    first = await routing.agent_connected(desk.services, alice.id)
    second = await routing.agent_connected(desk.services, alice.id)
    assert (first.status, first.connections, second.connections) == ("online", 1, 2)
    still = await routing.agent_disconnected(desk.services, alice.id)
    assert (still.status, still.connections) == ("online", 1)
    gone = await routing.agent_disconnected(desk.services, alice.id)
    assert (gone.status, gone.connections) == ("offline", 0)
    assert (await routing.agent_disconnected(desk.services, alice.id)).connections == 0
    with pytest.raises(Exception, match="online, away, offline"):
        await routing.set_presence(desk.services, alice.id, "busy")


async def test_a_freed_slot_triggers_routing(desk: Desk) -> None:
    alice = await online(desk, "alice", max_chats=1)
    first = await queued_case(desk, "ann")
    second = await queued_case(desk, "ben")
    assert (await case_row(desk, first.reference)).assigned_agent_id == alice.id
    assert (await case_row(desk, second.reference)).state == "queued"

    gone = await desk.client.delete(f"/api/v1/cases/{first.reference}", headers=first.headers)
    assert gone.status_code == 204
    assert (await case_row(desk, second.reference)).assigned_agent_id == alice.id
    assert await agent_can_open(desk, alice, second.reference)


@pytest.mark.parametrize("leaving", ["offline", "away"])
async def test_an_agent_leaving_returns_unanswered_chats_to_the_queue(
    desk: Desk, leaving: str
) -> None:
    bus = record(desk)
    alice = await online(desk, "alice")
    answered = await queued_case(desk, "ann")
    waiting = await queued_case(desk, "ben")
    await agent_replies(desk, answered.reference)

    if leaving == "offline":
        await routing.agent_disconnected(desk.services, alice.id)
    else:
        await routing.set_presence(desk.services, alice.id, "away")

    back = await case_row(desk, waiting.reference)
    assert (back.state, back.assigned_agent_id) == ("queued", None)
    kept = await case_row(desk, answered.reference)
    assert (kept.state, kept.assigned_agent_id) == ("in_chat", alice.id)
    [notice] = bus.on(f"agent:{alice.id}", "unassigned")
    assert notice["conversation"] == waiting.reference
    assert notice["reason"] == f"agent_{leaving}"
    channel = f"conv:{await conversation_id(desk, waiting.reference)}"
    requeued = [json.loads(e["body"]) for e in bus.on(channel, "message")]
    assert {"event": "requeued", "reason": f"agent_{leaving}"} in requeued
    assert [row.case_ref for row in await audited(desk, "case.requeued")] == [waiting.reference]

    bob = await online(desk, "bob")
    assert (await case_row(desk, waiting.reference)).assigned_agent_id == bob.id


# --- reassignment ---------------------------------------------------------------------------


async def test_a_case_is_reassigned_when_the_agent_does_not_reply(desk: Desk) -> None:
    bus = record(desk)
    alice = await online(desk, "alice")
    case = await queued_case(desk, "ann", subscriber=True)
    assert (await case_row(desk, case.reference)).assigned_agent_id == alice.id
    bob = await online(desk, "bob")

    desk.clock.advance(timedelta(seconds=REASSIGN - 1))
    await desk.background.routing.run_once()
    assert (await case_row(desk, case.reference)).assigned_agent_id == alice.id

    desk.clock.advance(timedelta(seconds=1))
    await desk.background.routing.run_once()
    row = await case_row(desk, case.reference)
    assert (row.state, row.assigned_agent_id) == ("in_chat", bob.id)
    assert row.awaiting_reply_since == desk.clock.now()  # bob's reply clock starts now
    [notice] = bus.on(f"agent:{alice.id}", "unassigned")
    assert (notice["conversation"], notice["reason"]) == (case.reference, "no_reply")
    assert [e["conversation"] for e in bus.on(f"agent:{bob.id}", "assigned")] == [case.reference]
    [reassigned] = await audited(desk, "case.reassigned")
    assert reassigned.detail == {"agent_id": alice.id, "reason": "no_reply"}
    assert not await agent_can_open(desk, alice, case.reference)
    assert await agent_can_open(desk, bob, case.reference)


async def test_an_agent_who_replies_keeps_the_case(desk: Desk) -> None:
    alice = await online(desk, "alice")
    await online(desk, "bob")
    case = await queued_case(desk, "ann")
    await agent_replies(desk, case.reference)
    desk.clock.advance(timedelta(seconds=REASSIGN * 10))
    await desk.background.routing.run_once()
    assert (await case_row(desk, case.reference)).assigned_agent_id == alice.id


async def test_a_taken_back_case_does_not_return_to_the_same_agent_at_once(desk: Desk) -> None:
    alice = await online(desk, "alice")
    case = await queued_case(desk, "ann")
    desk.clock.advance(timedelta(seconds=REASSIGN))
    await desk.background.routing.run_once()
    assert (await case_row(desk, case.reference)).state == "queued"  # nobody else online

    desk.clock.advance(timedelta(seconds=REASSIGN - 1))
    await desk.background.routing.run_once()
    assert (await case_row(desk, case.reference)).state == "queued"
    desk.clock.advance(timedelta(seconds=2))
    await desk.background.routing.run_once()  # still nobody else: better her than no one
    assert (await case_row(desk, case.reference)).assigned_agent_id == alice.id


# --- concurrency ----------------------------------------------------------------------------


def second_process(services: Services) -> Services:
    """Another server process on the same database: its own engine and write lock."""
    engine = create_engine(normalize_url(services.settings.effective_database_url))
    return Services(
        settings=services.settings,
        engine=engine,
        sessions=async_sessionmaker(engine, expire_on_commit=False),
        keys=services.keys,
        clock=services.clock,
    )


async def assignment_counts(desk: Desk) -> dict[int | None, int]:
    async with desk.services.read() as session:
        rows = await session.execute(
            select(Case.assigned_agent_id, func.count(Case.id)).group_by(Case.assigned_agent_id)
        )
        return {agent_id: count for agent_id, count in rows}


async def test_concurrent_routing_never_gives_a_case_to_two_agents(desk: Desk) -> None:
    await _route_concurrently(desk)


@pytest.mark.postgres
@pytest.mark.skipif(
    not postgres_admin_url(), reason="RECOVERY_TEST_POSTGRES_URL is not set: PostgreSQL skipped"
)
async def test_concurrent_routing_on_postgresql(tmp_path: Path) -> None:
    async with fresh_postgres_database() as url:
        async with running_desk(
            tmp_path / "data", database_url=url, routing_interval_seconds=3600
        ) as desk:
            await _route_concurrently(desk)


async def _route_concurrently(desk: Desk) -> None:
    """Two agents with 4 slots each, 10 cases, route() from two processes at once."""
    alice = await online(desk, "alice", max_chats=4)
    bob = await online(desk, "bob", max_chats=4)
    now = desk.clock.now()
    for n in range(10):
        await insert_queued(desk.services, "verified" if n % 3 else "free", now + timedelta(n))
    other = second_process(desk.services)
    try:
        results = await asyncio.gather(
            *(routing.route(s) for s in (desk.services, other, desk.services, other))
        )
    finally:
        await other.engine.dispose()

    made = [a.case_id for result in results for a in result]
    assert len(made) == len(set(made)) == 8
    assert await assignment_counts(desk) == {alice.id: 4, bob.id: 4, None: 2}
    assert len(await audited(desk, "case.routed")) == 8
    async with desk.services.read() as session:
        joined = await session.scalar(
            select(func.count(Message.id)).where(Message.body.contains("agent_joined"))
        )
    assert joined == 8
    assert (await alerts.verify_audit_log(desk.services)).ok  # the audit chain did not fork


async def test_a_stale_plan_from_another_process_claims_nothing(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Process A reads the queue and plans; process B routes everything meanwhile; A's
    conditional UPDATEs then find every case taken."""
    alice = await online(desk, "alice", max_chats=2)
    now = desk.clock.now()
    for n in range(3):
        await insert_queued(desk.services, "verified", now + timedelta(n))
    other = second_process(desk.services)
    planned, resume = asyncio.Event(), asyncio.Event()
    original = routing._recently_taken_from

    async def slow(*args: Any) -> dict[str, frozenset[int]]:
        found = await original(*args)
        if not planned.is_set():  # only process A's first pass waits
            planned.set()
            await resume.wait()
        return found

    monkeypatch.setattr(routing, "_recently_taken_from", slow)
    try:
        stale = asyncio.create_task(routing.route(other))
        await planned.wait()
        fresh = await routing.route(desk.services)
        resume.set()
        late = await stale
    finally:
        await other.engine.dispose()
    assert len(fresh) == 2 and late == []
    assert await assignment_counts(desk) == {alice.id: 2, None: 1}


# --- tiers and the queue endpoint ---------------------------------------------------------


async def test_subscribers_are_served_before_free_cases(desk: Desk) -> None:
    free = await queued_case(desk, "fred")
    desk.clock.advance(timedelta(minutes=10))
    subscriber = await queued_case(desk, "sue", subscriber=True)
    alice = await online(desk, "alice", max_chats=1)
    assert (await case_row(desk, subscriber.reference)).assigned_agent_id == alice.id
    assert (await case_row(desk, free.reference)).state == "queued"


async def test_the_queue_endpoint_answers_for_both_tiers(desk: Desk) -> None:
    bus = record(desk)
    first = await queued_case(desk, "sue", subscriber=True)
    second = await queued_case(desk, "sam", subscriber=True)
    free = await queued_case(desk, "fred")

    def queue(case: OpenedCase) -> Any:
        return desk.client.get(f"/api/v1/cases/{case.reference}/queue", headers=case.headers)

    mine = (await queue(second)).json()
    assert (mine["tier"], mine["state"], mine["position"]) == ("verified", "queued", 2)
    assert mine["expected_wait_seconds"] > (await queue(first)).json()["expected_wait_seconds"]
    assert mine["reply_target_hours"] is None and mine["away_message_code"] is None
    channel = f"conv:{await conversation_id(desk, second.reference)}"
    assert bus.on(channel, "queue")[-1]["position"] == 2

    body = (await queue(free)).json()
    assert body["tier"] == "free" and body["position"] is None
    assert body["reply_target_hours"] == 24
    assert body["business_hours"] == {
        "weekdays": [0, 1, 2, 3, 4],
        "start_hour": 8,
        "end_hour": 18,
        "timezone": "UTC",
        "next_opening_at": None,
    }
    assert body["within_business_hours"] is True and body["away_message_code"] is None
    free_channel = f"conv:{await conversation_id(desk, free.reference)}"
    [told] = bus.on(free_channel, "queue")  # when it joined the queue
    assert (told["tier"], told["reply_target_hours"], told["position"]) == ("free", 24, None)

    desk.clock.advance(timedelta(days=5))  # Saturday
    weekend = (await queue(free)).json()
    assert weekend["within_business_hours"] is False
    assert weekend["away_message_code"] == "outside_business_hours"
    assert weekend["business_hours"]["next_opening_at"].startswith("2026-11-09T08:00")

    # The first subscriber is taken: the second moves up, and is told.
    await online(desk, "alice", max_chats=1)
    assert (await queue(second)).json()["position"] == 1
    assert bus.on(channel, "queue")[-1]["position"] == 1

    assert (await queue(OpenedCase(free.reference, first.token))).status_code == 404
    missing = await desk.client.get(f"/api/v1/cases/{free.reference}/queue")
    assert missing.status_code == 401  # no case token at all: 401, whatever the case


async def test_there_is_no_way_for_an_agent_to_pick_a_case(desk: Desk) -> None:
    paths = desk.app.openapi()["paths"]
    agent_writes = [
        (path, method)
        for path, methods in paths.items()
        for method in methods
        if path.startswith("/api/v1/agent/") and method in ("post", "put", "patch")
    ]
    assert not any("take" in p or "claim" in p or "pick" in p for p, _ in agent_writes)
