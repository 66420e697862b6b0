"""Faults: the server process is SIGKILLed mid-conversation and started again on the same
port and database while both clients keep sending. Afterwards each side has every
message exactly once, in order, and that is exactly what the database holds.

The platform (agents, a verified case assigned to an agent) is built in-process
first, on the same data folder; the server then runs as
``python -m recovery_app.server serve`` so that it can really be killed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app.client.live import AgentAuth, LiveSession, RequesterAuth
from recovery_app.domain.model import Role
from recovery_app.schemas.live import AckFrame, ConnectionEvent
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import Case, Conversation, Message
from tests.support.desk import running_desk
from tests.support.live_client import Collector, ServerProcess, catch_up_clock, free_port
from tests.support.live_server import test_settings

PER_SIDE = 40


async def stored_messages(database_url: str, ref: str) -> list[tuple[int, str, str, str]]:
    engine = create_engine(normalize_url(database_url))
    try:
        async with async_sessionmaker(engine)() as session:
            rows = await session.execute(
                select(Message.seq, Message.client_id, Message.sender, Message.body)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .join(Case, Case.id == Conversation.case_id)
                .where(Case.reference == ref)
                .order_by(Message.seq)
            )
            return [(seq, cid, sender, body) for seq, cid, sender, body in rows]
    finally:
        await engine.dispose()


async def test_server_killed_and_restarted_mid_conversation(tmp_path: Path) -> None:
    data = tmp_path / "data"
    async with running_desk(data) as desk:
        catch_up_clock(desk.clock)  # the real server runs on the system clock
        supervisor = await desk.agent("sam", Role.SUPERVISOR)
        agent = await desk.agent("alice")
        await desk.account("bob")
        case = await desk.verified_case("bob", reply="bob.new@example.org")
        await desk.assign(case, agent, supervisor)
    ref = case.reference
    server = ServerProcess(free_port(), data)
    try:
        await server.start()
        user = LiveSession(server.url, RequesterAuth(case=ref, token=case.token), backoff_max=1.0)
        alice = LiveSession(server.url, AgentAuth(token=agent.token), backoff_max=1.0)
        async with user, alice:
            users, agents = Collector(user), Collector(alice)
            await alice.send(ref, "Hello, Alice here.")  # answered: never sent back to the queue
            await agents.wait(lambda: any(isinstance(e, AckFrame) for e in agents.events))

            async def talk(session: LiveSession, who: str) -> None:
                for i in range(PER_SIDE):
                    await session.send(ref, f"{who} {i}")
                    await asyncio.sleep(0.04)

            talking = asyncio.gather(talk(user, "user"), talk(alice, "agent"))
            await asyncio.sleep(0.6)  # mid-conversation
            acked_before = len([e for e in users.events if isinstance(e, AckFrame)])
            assert 0 < acked_before < PER_SIDE
            server.kill()
            await asyncio.sleep(0.3)  # both keep sending into their outboxes meanwhile
            await server.start()
            await talking

            total = 2 * PER_SIDE + 1

            def complete() -> bool:
                return (
                    len(users.messages()) == total
                    and len(agents.messages()) == total
                    and not user.unacked
                    and not alice.unacked
                )

            await users.wait(complete, timeout=25)
            rows = await stored_messages(test_settings(data).effective_database_url, ref)
            assert [seq for seq, *_ in rows] == list(range(1, total + 1))  # gap-free
            bodies = sorted(body for *_, body in rows)
            assert bodies == sorted(
                ["Hello, Alice here."]
                + [f"user {i}" for i in range(PER_SIDE)]
                + [f"agent {i}" for i in range(PER_SIDE)]
            )  # nothing lost, nothing stored twice
            expected = [(seq, cid, body) for seq, cid, _, body in rows]
            for collector in (users, agents):
                got = [(m.seq, m.client_id, m.body) for m in collector.messages()]
                assert got == expected  # each side: every message once, in order
            for collector in (users, agents):
                states = [e.state for e in collector.events if isinstance(e, ConnectionEvent)]
                assert "reconnecting" in states and states[-1] == "connected"
            await users.stop()
            await agents.stop()
    finally:
        server.kill()
