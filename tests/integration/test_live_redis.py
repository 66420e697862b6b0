"""Two server processes on one PostgreSQL database, sharing live events over Redis.

The requester talks to one process, the agent to the other; both send 200 messages
at once. Nothing is lost, nothing duplicated, and each side sees the database's
order. Needs RECOVERY_TEST_POSTGRES_URL and RECOVERY_TEST_REDIS_URL (CI sets both);
skipped with that reason otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from redis.asyncio import Redis

from recovery_app.client.live import AgentAuth, LiveSession, RequesterAuth
from recovery_app.domain.model import Role
from recovery_app.schemas.live import AckFrame
from recovery_app.server.live.redis_bus import RedisBus
from tests.integration.test_live_faults import stored_messages
from tests.support.databases import (
    POSTGRES_ENV,
    REDIS_ENV,
    fresh_postgres_database,
    fresh_redis_prefix,
    postgres_admin_url,
    redis_url,
)
from tests.support.desk import running_desk
from tests.support.live_client import Collector, ServerProcess, catch_up_clock, free_port

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.skipif(
        not (postgres_admin_url() and redis_url()),
        reason=f"needs a real PostgreSQL and Redis: set {POSTGRES_ENV} and {REDIS_ENV}",
    ),
]

PER_SIDE = 200


async def test_two_processes_one_database_nothing_lost_or_doubled(tmp_path: Path) -> None:
    redis = redis_url()
    assert redis is not None
    prefix = fresh_redis_prefix()
    data = tmp_path / "data"
    async with fresh_postgres_database() as database_url:
        async with running_desk(data, database_url=database_url) as desk:
            catch_up_clock(desk.clock)
            supervisor = await desk.agent("sam", Role.SUPERVISOR)
            agent = await desk.agent("alice")
            await desk.account("bob")
            case = await desk.verified_case("bob", reply="bob.new@example.org")
            await desk.assign(case, agent, supervisor)
        ref = case.reference
        options = ("--database-url", database_url, "--redis-url", redis)
        env = {"RECOVERY_REDIS_PREFIX": prefix}
        first = ServerProcess(free_port(), data, *options, env=env)
        second = ServerProcess(free_port(), data, *options, env=env)
        try:
            await asyncio.gather(first.start(), second.start())
            user = LiveSession(first.url, RequesterAuth(case=ref, token=case.token))
            alice = LiveSession(second.url, AgentAuth(token=agent.token))
            async with user, alice:
                users, agents = Collector(user), Collector(alice)
                await alice.send(ref, "Hello, Alice here.")
                await agents.wait(lambda: any(isinstance(e, AckFrame) for e in agents.events))

                async def talk(session: LiveSession, who: str) -> None:
                    for i in range(PER_SIDE):
                        await session.send(ref, f"{who} {i}")

                await asyncio.gather(talk(user, "user"), talk(alice, "agent"))
                total = 2 * PER_SIDE + 1

                def complete() -> bool:
                    return (
                        len(users.messages()) == total
                        and len(agents.messages()) == total
                        and not user.unacked
                        and not alice.unacked
                    )

                await users.wait(complete, timeout=40)
                rows = await stored_messages(database_url, ref)
                assert [seq for seq, *_ in rows] == list(range(1, total + 1))
                assert sorted(body for *_, body in rows) == sorted(
                    ["Hello, Alice here."]
                    + [f"user {i}" for i in range(PER_SIDE)]
                    + [f"agent {i}" for i in range(PER_SIDE)]
                )
                expected = [(seq, cid, body) for seq, cid, _, body in rows]
                for collector in (users, agents):
                    got = [(m.seq, m.client_id, m.body) for m in collector.messages()]
                    assert got == expected
                # Each side's own messages kept the order they were sent in.
                for who in ("user", "agent"):
                    mine = [body for *_, body in rows if body.startswith(who + " ")]
                    assert mine == [f"{who} {i}" for i in range(PER_SIDE)]
                # A lone message still crosses processes at once (no later gap to fill).
                await user.send(ref, "last word")
                await agents.wait(lambda: agents.messages()[-1].body == "last word", timeout=3)
                await users.stop()
                await agents.stop()
        finally:
            first.kill()
            second.kill()
            client = Redis.from_url(redis)
            with contextlib.suppress(Exception):
                async for key in client.scan_iter(match=prefix + "*"):
                    await client.delete(key)
            await client.aclose()


async def test_redis_bus_resubscribes_after_a_dropped_connection() -> None:
    redis = redis_url()
    assert redis is not None
    prefix = fresh_redis_prefix()
    client = Redis.from_url(redis)
    bus = RedisBus(client, prefix, retry_min=0.05)
    got: list[tuple[str, dict[str, object]]] = []

    async def handler(channel: str, event: dict[str, object]) -> None:
        got.append((channel, event))

    try:
        await bus.start(handler)
        await bus.publish("conv:1", {"type": "typing", "n": 1})
        await _until(lambda: ("conv:1", {"type": "typing", "n": 1}) in got)
        # Redis drops our subscriber connection (as on a restart or failover).
        await client.execute_command("CLIENT", "KILL", "TYPE", "pubsub")
        await _until(lambda: any(channel == "bus:resync" for channel, _ in got))
        assert bus.reconnects >= 1
        await bus.publish("conv:1", {"type": "typing", "n": 2})
        await _until(lambda: ("conv:1", {"type": "typing", "n": 2}) in got)
        # Another prefix is another deployment: not ours.
        await client.publish("other-prefix:conv:1", '{"type": "typing"}')
        await asyncio.sleep(0.2)
        assert all(channel in ("conv:1", "bus:resync") for channel, _ in got)
    finally:
        await bus.stop()
        await client.aclose()


async def _until(predicate: object, timeout: float = 5.0) -> None:
    assert callable(predicate)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.01)
