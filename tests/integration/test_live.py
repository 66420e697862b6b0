"""The live protocol over real sockets: a uvicorn on an ephemeral port serving a whole desk.

Each test speaks frames directly (``RawLive``) or through the client library
(``LiveSession``), and checks what the server stored in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_app.client.live import (
    AgentAuth,
    LiveSession,
    LiveUnauthorizedError,
    RequesterAuth,
)
from recovery_app.domain.model import Role
from recovery_app.schemas.live import AckFrame, ConnectionEvent
from recovery_app.storage.models import Case, Conversation, Message, Receipt
from tests.support.desk import START, AgentHandle, Desk, OpenedCase, running_desk
from tests.support.live_client import (
    Collector,
    RawLive,
    agent_auth,
    authed,
    hub_of,
    raw_live,
    requester_auth,
    serve_app,
    set_limits,
)


@dataclass
class Chat:
    desk: Desk
    url: str
    case: OpenedCase
    agent: AgentHandle
    supervisor: AgentHandle
    _other: AgentHandle | None = None

    async def other(self) -> AgentHandle:
        """A second agent, who is not assigned the case (made on first use)."""
        if self._other is None:
            self._other = await self.desk.agent("olga")
        return self._other

    @property
    def ref(self) -> str:
        return self.case.reference

    @property
    def requester(self) -> dict[str, Any]:
        return requester_auth(self.case.reference, self.case.token)


@pytest.fixture
async def chat(tmp_path: Path) -> AsyncIterator[Chat]:
    async with running_desk(tmp_path / "desk") as desk:
        supervisor = await desk.agent("sam", Role.SUPERVISOR)
        agent = await desk.agent("alice")
        await desk.account("bob")
        case = await desk.verified_case("bob", reply="bob.new@example.org")
        await desk.assign(case, agent, supervisor)
        async with serve_app(desk.app) as url:
            yield Chat(desk, url, case, agent, supervisor)


async def stored(desk: Desk, ref: str) -> list[Message]:
    async with desk.services.read() as session:
        rows = await session.scalars(
            select(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(Case, Case.id == Conversation.case_id)
            .where(Case.reference == ref)
            .order_by(Message.seq)
        )
        return list(rows.all())


async def case_row(desk: Desk, ref: str) -> Case:
    async with desk.services.read() as session:
        case = await session.scalar(select(Case).where(Case.reference == ref))
        assert case is not None
        return case


def send(ref: str, client_id: str, body: str, kind: str = "text") -> dict[str, Any]:
    return {"type": "send", "conversation": ref, "client_id": client_id, "body": body, "kind": kind}


async def resume(live: RawLive, ref: str, last_seq: int = 0) -> list[dict[str, Any]]:
    """Resume ``ref``; returns the messages sent before ``resumed``."""
    await live.send({"type": "resume", "conversations": {ref: last_seq}})
    got: list[dict[str, Any]] = []
    while True:
        frame = await live.recv()
        if frame["type"] == "resumed" and frame["conversation"] == ref:
            return got
        if frame["type"] == "message":
            got.append(frame)


async def messages_from(live: RawLive, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
    return [await live.until("message", timeout) for _ in range(count)]


# --- authentication ----------------------------------------------------------------------


async def test_the_first_frame_authenticates_and_nothing_else_does(chat: Chat) -> None:
    # A token in the URL is refused, not used, and never echoed.
    async with raw_live(chat.url, f"/api/v1/live?token={chat.agent.token}") as live:
        frame = await live.recv()
        assert frame["type"] == "error" and frame["code"] == "unauthorized"
        assert chat.agent.token not in json.dumps(frame)
        assert await live.closed() == 4401

    refused = [
        {"type": "ping"},
        "not json at all",
        agent_auth("x" * 43),
        agent_auth(chat.case.token),
        requester_auth(chat.ref, "wrong-token"),
        requester_auth("RD-AAAA-BBBB-CCCC", chat.case.token),
        requester_auth(chat.ref, chat.agent.token),
        {"type": "auth", "role": "requester", "token": chat.case.token},  # no case
    ]
    for first in refused:
        async with raw_live(chat.url) as live:
            await live.send(first)
            frame = await live.recv()
            assert frame["type"] == "error" and frame["code"] == "unauthorized", first
            assert chat.case.token not in json.dumps(frame)
            assert chat.agent.token not in json.dumps(frame)
            assert await live.closed() == 4401

    # Silence: closed after auth_seconds.
    set_limits(chat.desk.app, auth_seconds=0.3)
    async with raw_live(chat.url) as live:
        frame = await live.recv(timeout=3)
        assert frame["code"] == "unauthorized"
        assert await live.closed() == 4401

    # The client library gives up on refused credentials instead of retrying forever.
    refused_session = LiveSession(chat.url, AgentAuth(token="x" * 43))
    async with refused_session, asyncio.timeout(5):
        events = [event async for event in refused_session.events()]
    assert events == [ConnectionEvent(state="closed", reason="unauthorized")]
    assert isinstance(refused_session.error, LiveUnauthorizedError)

    async with authed(chat.url, chat.requester) as (_, ready):
        assert ready == {
            "type": "ready",
            "party": "requester",
            "conversations": [{"conversation": chat.ref, "last_seq": 0}],
        }
    async with authed(chat.url, agent_auth(chat.agent.token)) as (_, ready):
        assert ready["party"] == f"agent:{chat.agent.id}"
        assert [c["conversation"] for c in ready["conversations"]] == [chat.ref]


# --- the exchange ------------------------------------------------------------------------


async def test_requester_and_agent_exchange_acked_after_commit_in_order(chat: Chat) -> None:
    async with (
        authed(chat.url, chat.requester) as (user, _),
        authed(chat.url, agent_auth(chat.agent.token)) as (agent, _),
    ):
        assert await resume(user, chat.ref) == []
        assert await resume(agent, chat.ref) == []

        for i in range(5):
            await user.send(send(chat.ref, f"u{i}", f"question {i}"))
            ack = await user.until("ack")
            assert ack == {
                "type": "ack",
                "client_id": f"u{i}",
                "conversation": chat.ref,
                "seq": i + 1,
            }
            # Acked means committed: another session sees it already.
            rows = await stored(chat.desk, chat.ref)
            assert [(m.seq, m.client_id) for m in rows][-1] == (i + 1, f"u{i}")

        got = await messages_from(agent, 5)
        assert [m["seq"] for m in got] == [1, 2, 3, 4, 5]
        assert [m["body"] for m in got] == [f"question {i}" for i in range(5)]
        assert {m["sender"] for m in got} == {"requester"}
        case = await case_row(chat.desk, chat.ref)
        assert case.awaiting_reply_since == START and case.first_response_at is None

        await agent.send(send(chat.ref, "a0", "Hello, I am Alice."))
        assert (await agent.until("ack"))["seq"] == 6
        reply = await user.until("message", where=lambda m: m["client_id"] == "a0")
        assert reply["seq"] == 6 and reply["sender"] == f"agent:{chat.agent.id}"
        case = await case_row(chat.desk, chat.ref)
        assert case.first_response_at == START and case.awaiting_reply_since is None


async def test_notes_never_reach_the_requester_live_or_on_resume(chat: Chat) -> None:
    async with (
        authed(chat.url, chat.requester) as (user, _),
        authed(chat.url, agent_auth(chat.agent.token)) as (agent, _),
    ):
        await resume(user, chat.ref)
        await resume(agent, chat.ref)
        await agent.send(send(chat.ref, "n1", "private: looks like SIM swap", kind="note"))
        assert (await agent.until("ack"))["seq"] == 1
        await agent.send(send(chat.ref, "t1", "Hello!"))
        assert (await agent.until("ack"))["seq"] == 2
        note_seen = await agent.until("message", where=lambda m: m["client_id"] == "n1")
        assert note_seen["kind"] == "note"

        first = await user.until("message")
        assert first["client_id"] == "t1" and first["seq"] == 2
        assert all(f.get("kind") != "note" for f in user.seen + await user.quiet())

        # A requester cannot write notes either.
        await user.send(send(chat.ref, "u-note", "sneaky", kind="note"))
        error = await user.until("error")
        assert error["code"] == "forbidden" and error["ref"] == "u-note"

    async with authed(chat.url, chat.requester) as (user, _):
        history = await resume(user, chat.ref)
        assert [(m["seq"], m["kind"]) for m in history] == [(2, "text")]
    async with authed(chat.url, agent_auth(chat.agent.token)) as (agent, _):
        history = await resume(agent, chat.ref)
        assert [(m["seq"], m["kind"]) for m in history] == [(1, "note"), (2, "text")]
    case = await case_row(chat.desk, chat.ref)
    assert case.first_response_at == START  # the text counted, the note did not


async def test_a_resent_client_id_is_stored_once_and_acked_the_same(chat: Chat) -> None:
    async with (
        authed(chat.url, chat.requester) as (user, _),
        authed(chat.url, agent_auth(chat.agent.token)) as (agent, _),
    ):
        await resume(user, chat.ref)
        await resume(agent, chat.ref)
        frame = send(chat.ref, "same-id", "only once please")
        await user.send(frame)
        first = await user.until("ack")
        await user.send(frame)
        second = await user.until("ack")
        assert (
            first
            == second
            == {
                "type": "ack",
                "client_id": "same-id",
                "conversation": chat.ref,
                "seq": 1,
            }
        )
        await agent.until("message")
        later = await agent.quiet(0.4)
        assert [f for f in later if f["type"] == "message"] == []
    rows = await stored(chat.desk, chat.ref)
    assert [(m.seq, m.client_id) for m in rows] == [(1, "same-id")]


async def test_resume_after_a_drop_delivers_exactly_what_was_missed(chat: Chat) -> None:
    async with authed(chat.url, agent_auth(chat.agent.token)) as (agent, _):
        await resume(agent, chat.ref)
        for i in range(3):
            await agent.send(send(chat.ref, f"a{i}", f"before {i}"))
            await agent.until("ack")
        async with authed(chat.url, chat.requester) as (user, _):
            seen = await resume(user, chat.ref)
            assert [m["seq"] for m in seen] == [1, 2, 3]
            last = seen[-1]["seq"]
        # The requester is gone; the agent writes on.
        for i in range(3, 8):
            await agent.send(send(chat.ref, f"a{i}", f"while away {i}"))
            await agent.until("ack")
        async with authed(chat.url, chat.requester) as (user, ready):
            assert ready["conversations"] == [{"conversation": chat.ref, "last_seq": 8}]
            missed = await resume(user, chat.ref, last)
            assert [(m["seq"], m["body"]) for m in missed] == [
                (i + 1, f"while away {i}") for i in range(3, 8)
            ]
            assert user.seen[-1] == {"type": "resumed", "conversation": chat.ref, "last_seq": 8}
            # ...and from then on live, with nothing repeated.
            await agent.send(send(chat.ref, "a8", "live again"))
            live = await user.until("message")
            assert (live["seq"], live["body"]) == (9, "live again")
            assert [f for f in await user.quiet() if f["type"] == "message"] == []


async def test_a_long_history_resumes_in_pages_without_overflowing_the_queue(chat: Chat) -> None:
    set_limits(chat.desk.app, queue_size=8)
    async with authed(chat.url, agent_auth(chat.agent.token)) as (agent, _):
        await resume(agent, chat.ref)
        for i in range(30):
            await agent.send(send(chat.ref, f"h{i}", f"history {i}"))
            await agent.until("ack")
    async with authed(chat.url, chat.requester) as (user, _):
        history = await resume(user, chat.ref)
        assert [m["seq"] for m in history] == list(range(1, 31))


async def test_live_session_reconnects_resumes_and_resends(chat: Chat) -> None:
    hub = hub_of(chat.desk.app)
    user = LiveSession(chat.url, RequesterAuth(case=chat.ref, token=chat.case.token))
    agent = LiveSession(chat.url, AgentAuth(token=chat.agent.token))
    async with user, agent:
        users, agents = Collector(user), Collector(agent)
        async with asyncio.timeout(10):
            await user.wait_connected()
            await agent.wait_connected()
        await agent.send(chat.ref, "Hi, Alice here.")
        await agents.wait(lambda: any(isinstance(e, AckFrame) for e in agents.events))

        async def talk(session: LiveSession, who: str) -> None:
            for i in range(25):
                await session.send(chat.ref, f"{who} {i}")
                await asyncio.sleep(0.02)

        talking = asyncio.gather(talk(user, "user"), talk(agent, "agent"))
        for drop in range(1, 4):  # the server drops every connection, three times
            await asyncio.sleep(0.15)
            for conn in list(hub.connections):
                conn.close(1013, "test drop", drain=False)
            await users.wait(lambda n=drop: user.reconnects >= n and agent.reconnects >= n)
        await talking

        def complete() -> bool:
            return (
                len(users.messages()) == 51
                and len(agents.messages()) == 51
                and not user.unacked
                and not agent.unacked
            )

        await users.wait(complete, timeout=20)
        rows = await stored(chat.desk, chat.ref)
        expected = [(m.seq, m.client_id, m.body) for m in rows]
        assert len(expected) == 51 and [s for s, _, _ in expected] == list(range(1, 52))
        for collector in (users, agents):
            got = [(m.seq, m.client_id, m.body) for m in collector.messages()]
            assert got == expected  # every message, once, in order
        states = [e.state for e in users.events if isinstance(e, ConnectionEvent)]
        assert states[:3] == ["connected", "reconnecting", "connected"]
        await users.stop()
        await agents.stop()


# --- bad frames --------------------------------------------------------------------------


async def test_bad_frames_get_error_frames_and_the_connection_stays_up(chat: Chat) -> None:
    secret = "s3cret-value-never-echoed"
    async with authed(chat.url, chat.requester) as (user, _):
        await resume(user, chat.ref)

        async def error_for(frame: dict[str, Any] | str) -> dict[str, Any]:
            await user.send(frame)
            error = await user.until("error")
            assert secret not in json.dumps(error)
            assert isinstance(error["detail"], str) and error["detail"].endswith(".")
            return error

        assert (await error_for("{not json " + secret))["code"] == "bad_json"
        assert (await error_for("[1, 2, 3]"))["code"] == "bad_json"
        assert (await error_for({"type": "teleport", "to": secret}))["code"] == "unknown_type"
        missing = await error_for({"type": "send", "conversation": chat.ref, "client_id": "m1"})
        assert missing["code"] == "bad_frame" and missing["ref"] == "m1"
        assert "body" in missing["detail"]
        long_body = await error_for(send(chat.ref, "m2", secret + "x" * 4000))
        assert long_body["code"] == "bad_frame" and long_body["ref"] == "m2"
        bad_kind = await error_for(send(chat.ref, "m3", secret, kind="system"))
        assert bad_kind["code"] == "bad_frame"
        empty = await error_for(send(chat.ref, "m4", "\u202e\x00"))
        assert empty["code"] == "bad_frame" and empty["ref"] == "m4"
        huge = {"type": "ping", "padding": secret * 5000}  # about 125 KiB
        assert (await error_for(huge))["code"] == "too_large"
        again = await error_for(chat.requester | {"token": secret})
        assert again["code"] == "bad_frame"
        await user.ws.send_bytes(b'{"type": "ping"}')
        assert (await user.until("error"))["code"] == "bad_frame"
        other = await error_for(send("RD-ZZZZ-ZZZZ-ZZZZ", "m5", "hello"))
        assert other["code"] == "forbidden" and other["ref"] == "m5"

        # Still up, still working.
        await user.send({"type": "ping"})
        assert (await user.until("pong")) == {"type": "pong"}
        await user.send(send(chat.ref, "ok", "after all that"))
        assert (await user.until("ack"))["seq"] == 1
    assert [m.client_id for m in await stored(chat.desk, chat.ref)] == ["ok"]


async def test_too_fast_frames_are_refused_and_a_flood_is_closed(chat: Chat) -> None:
    set_limits(chat.desk.app, rate=5.0, burst=5.0, flood_seconds=0.6)
    async with authed(chat.url, chat.requester) as (user, _):
        for _ in range(8):
            await user.send({"type": "ping"})
        await user.send(send(chat.ref, "fast", "too fast"))
        frames = [await user.recv() for _ in range(9)]
        assert [f["type"] for f in frames[:5]] == ["pong"] * 5
        limited = [f for f in frames if f["type"] == "error"]
        assert {f["code"] for f in limited} == {"rate_limited"}
        assert limited[-1]["ref"] == "fast"
        await asyncio.sleep(1.2)  # the bucket fills again
        await user.send({"type": "ping"})
        assert (await user.until("pong")) == {"type": "pong"}

        async def flood() -> None:
            with contextlib.suppress(Exception):
                while True:
                    await user.send({"type": "ping"})
                    await asyncio.sleep(0.01)

        flooding = asyncio.create_task(flood())
        try:
            assert await user.closed(timeout=5) == 4429
        finally:
            flooding.cancel()
    assert await stored(chat.desk, chat.ref) == []


async def test_a_client_that_cannot_keep_up_is_dropped_and_others_are_not(chat: Chat) -> None:
    set_limits(chat.desk.app, queue_size=8)
    hub = hub_of(chat.desk.app)
    async with (
        authed(chat.url, chat.requester) as (user, _),
        authed(chat.url, agent_auth(chat.agent.token)) as (agent, _),
    ):
        slow = next(c for c in hub.connections if c.party == "requester")
        for _ in range(20):  # more than fits, faster than any writer
            slow.push('{"type":"pong"}')
        assert await user.closed() == 1013
        await agent.send({"type": "ping"})
        assert (await agent.until("pong")) == {"type": "pong"}


async def test_heartbeats_and_idle_clients(chat: Chat) -> None:
    set_limits(chat.desk.app, heartbeat_seconds=0.2, idle_seconds=0.8)
    async with authed(chat.url, chat.requester) as (user, _):
        loop = asyncio.get_running_loop()
        end = loop.time() + 1.6
        pings = 0
        while loop.time() < end:  # answering keeps it open past idle_seconds
            await user.until("ping", timeout=2)
            pings += 1
            await user.send({"type": "pong"})
        assert pings >= 4
        assert await user.closed(timeout=3) == 4408  # silence closes it


# --- typing, receipts, permissions -------------------------------------------------------


async def test_typing_and_receipts_are_relayed(chat: Chat) -> None:
    async with (
        authed(chat.url, chat.requester) as (user, _),
        authed(chat.url, agent_auth(chat.agent.token)) as (agent, _),
    ):
        await resume(user, chat.ref)
        await resume(agent, chat.ref)
        typing = {"type": "typing", "conversation": chat.ref, "active": True}
        await user.send(typing)
        assert await agent.until("typing") == {
            "type": "typing",
            "conversation": chat.ref,
            "party": "requester",
            "active": True,
        }
        await user.send(typing)  # the same news at once: not repeated
        await user.send(typing | {"active": False})
        assert (await agent.until("typing"))["active"] is False
        assert [f for f in await agent.quiet() if f["type"] == "typing"] == []
        assert [f for f in user.seen if f["type"] == "typing"] == []  # not your own

        await user.send(send(chat.ref, "q", "anyone there?"))
        await agent.until("message")
        receipt = {"type": "receipt", "conversation": chat.ref, "read_seq": 1}
        await agent.send(receipt)
        event = {
            "type": "receipt",
            "conversation": chat.ref,
            "party": f"agent:{chat.agent.id}",
            "delivered_seq": 1,
            "read_seq": 1,
        }
        assert await user.until("receipt") == event
        await agent.send(receipt | {"read_seq": 0, "delivered_seq": 0})  # never goes back
        await agent.send(receipt | {"read_seq": 99})  # nor past what exists
        assert [f for f in await user.quiet() if f["type"] == "receipt"] == []
    async with chat.desk.services.read() as session:
        rows = list((await session.scalars(select(Receipt))).all())
    assert [(r.party, r.delivered_seq, r.read_seq) for r in rows] == [
        (f"agent:{chat.agent.id}", 1, 1)
    ]


async def test_only_the_assigned_agent_and_the_requester_use_a_conversation(chat: Chat) -> None:
    other = await chat.other()
    async with (
        authed(chat.url, agent_auth(other.token)) as (olga, ready),
        authed(chat.url, agent_auth(chat.agent.token)) as (alice, _),
    ):
        assert ready["conversations"] == []
        await olga.send(send(chat.ref, "o1", "let me in"))
        error = await olga.until("error")
        assert (error["code"], error["ref"]) == ("forbidden", "o1")
        await olga.send({"type": "resume", "conversations": {chat.ref: 0}})
        assert (await olga.until("error"))["code"] == "forbidden"
        await olga.send({"type": "typing", "conversation": chat.ref, "active": True})
        assert (await olga.until("error"))["code"] == "forbidden"

        await resume(alice, chat.ref)
        await alice.send(send(chat.ref, "a1", "mine"))
        assert (await alice.until("ack"))["seq"] == 1
        # Reassigned to Olga (a supervisor's override publishes nothing): Alice's
        # next send is checked against the database, and so are her subscriptions.
        set_limits(chat.desk.app, recheck_seconds=0.2)
        response = await chat.desk.client.post(
            f"/api/v1/supervisor/cases/{chat.ref}/assign",
            json={"agent_id": other.id},
            headers=chat.supervisor.headers,
        )
        assert response.status_code == 204, response.text
        await alice.send(send(chat.ref, "a2", "still mine?"))
        error = await alice.until("error")
        assert (error["code"], error["ref"]) == ("forbidden", "a2")
        await resume(olga, chat.ref)
        await olga.send(send(chat.ref, "o2", "hello, Olga here"))
        assert (await olga.until("ack"))["seq"] == 2
        assert not [f for f in await alice.quiet(0.5) if f.get("client_id") in ("o2", "u1")]

    # Another case's requester cannot write here either.
    await chat.desk.account("carl")
    second = await chat.desk.verified_case("carl", reply="carl.new@example.org")
    async with authed(chat.url, requester_auth(second.reference, second.token)) as (carl, _):
        await carl.send(send(chat.ref, "c1", "hi"))
        assert (await carl.until("error"))["code"] == "forbidden"
        await carl.send({"type": "resume", "conversations": {chat.ref: 0}})
        assert (await carl.until("error"))["code"] == "forbidden"
    rows = await stored(chat.desk, chat.ref)
    assert [(m.client_id, m.sender) for m in rows] == [
        ("a1", f"agent:{chat.agent.id}"),
        ("o2", f"agent:{other.id}"),
    ]


async def test_a_silent_reassignment_stops_reaching_the_former_agent(chat: Chat) -> None:
    other = await chat.other()
    set_limits(chat.desk.app, recheck_seconds=0.2)
    async with (
        authed(chat.url, agent_auth(chat.agent.token)) as (alice, _),
        authed(chat.url, chat.requester) as (user, _),
    ):
        await resume(alice, chat.ref)
        await resume(user, chat.ref)
        response = await chat.desk.client.post(
            f"/api/v1/supervisor/cases/{chat.ref}/assign",
            json={"agent_id": other.id},
            headers=chat.supervisor.headers,
        )
        assert response.status_code == 204, response.text
        assert await alice.until("unassigned", timeout=3) == {
            "type": "unassigned",
            "conversation": chat.ref,
        }
        await user.send(send(chat.ref, "u1", "my new password is..."))
        await user.until("ack")
        assert not [f for f in await alice.quiet(0.5) if f.get("client_id") in ("o2", "u1")]


async def test_assigned_and_unassigned_events_follow_the_agent(chat: Chat) -> None:
    desk = chat.desk
    await desk.account("carl")
    second = await desk.verified_case("carl", reply="carl.new@example.org")
    async with (
        authed(chat.url, agent_auth(chat.agent.token)) as (alice, _),
        authed(chat.url, requester_auth(second.reference, second.token)) as (carl, _),
    ):
        await desk.assign(second, chat.agent, chat.supervisor)
        # What the routing service publishes when it assigns a case.
        await desk.services.bus.publish(
            f"agent:{chat.agent.id}", {"type": "assigned", "conversation": second.reference}
        )
        assigned = await alice.until(
            "assigned", where=lambda f: f["conversation"] == second.reference
        )
        assert assigned["last_seq"] >= 0
        await resume(alice, second.reference)
        await resume(carl, second.reference)
        await carl.send(send(second.reference, "c1", "hello?"))
        got = await alice.until("message", where=lambda m: m["conversation"] == second.reference)
        assert got["client_id"] == "c1"

        await desk.services.bus.publish(
            f"agent:{chat.agent.id}", {"type": "unassigned", "conversation": second.reference}
        )
        await alice.until("unassigned")
        await carl.send(send(second.reference, "c2", "still there?"))
        await carl.until("ack")
        later = await alice.quiet(0.4)
        assert [f for f in later if f.get("conversation") == second.reference] == []


async def test_a_client_vanishing_mid_stream_is_cleaned_up(chat: Chat) -> None:
    hub = hub_of(chat.desk.app)
    async with authed(chat.url, agent_auth(chat.agent.token)) as (alice, _):
        await resume(alice, chat.ref)
        async with raw_live(chat.url) as gone:
            await gone.send(chat.requester)
            await gone.until("ready")
            await gone.send({"type": "resume", "conversations": {chat.ref: 0}})
            await gone.until("resumed")
            assert len(hub.connections) == 2
            await gone.ws.stream.aclose()  # no close frame: the TCP connection just ends
        await alice.send(send(chat.ref, "a1", "are you there?"))  # fan-out to a dead peer
        assert (await alice.until("ack"))["seq"] == 1
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 5
        while len(hub.connections) != 1:
            assert loop.time() < deadline, "the vanished connection was never cleaned up"
            await asyncio.sleep(0.02)
        async with authed(chat.url, chat.requester) as (user, _):
            assert [m["client_id"] for m in await resume(user, chat.ref)] == ["a1"]
