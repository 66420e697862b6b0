"""Benchmarks of the live endpoint, driven by raw ``websockets`` clients (shared/PERFORMANCE.md).

Clients speak the protocol of ``recovery_app/schemas/live.py`` directly, so the
client library's own work is not counted against the server.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

_ids = itertools.count()


def ws_url(http_url: str) -> str:
    return http_url.replace("http://", "ws://") + "/api/v1/live"


async def connect_requester(url: str, ref: str, token: str) -> ClientConnection:
    ws = await websockets.connect(ws_url(url), compression=None, max_queue=None)
    await ws.send(json.dumps({"type": "auth", "role": "requester", "case": ref, "token": token}))
    await _expect(ws, "ready")
    return ws


async def connect_agent(url: str, token: str) -> ClientConnection:
    ws = await websockets.connect(ws_url(url), compression=None, max_queue=None)
    await ws.send(json.dumps({"type": "auth", "role": "agent", "token": token}))
    await _expect(ws, "ready")
    return ws


async def _expect(ws: ClientConnection, kind: str) -> dict[str, Any]:
    while True:
        frame: dict[str, Any] = json.loads(await ws.recv())
        if frame["type"] == kind:
            return frame
        if frame["type"] == "error":
            raise RuntimeError(f"server refused: {frame}")


def send_frame(ref: str, body: str, client_id: str | None = None) -> tuple[str, str]:
    client_id = client_id or f"b{next(_ids)}-{uuid.uuid4().hex[:8]}"
    frame = {"type": "send", "conversation": ref, "client_id": client_id, "body": body}
    return client_id, json.dumps(frame)


async def send_to_ack(url: str, ref: str, token: str, count: int) -> list[float]:
    """P1: one requester, messages one after another, time from send to ack."""
    ws = await connect_requester(url, ref, token)
    samples: list[float] = []
    body = "x" * 64
    try:
        for n in range(count + 20):
            client_id, frame = send_frame(ref, body)
            started = time.perf_counter()
            await ws.send(frame)
            while True:
                reply = json.loads(await ws.recv())
                if reply["type"] == "ack" and reply["client_id"] == client_id:
                    break
            if n >= 20:  # the first ones warm caches and connections
                samples.append(time.perf_counter() - started)
    finally:
        await ws.close()
    return samples


async def freed_slot_to_assignment(
    url: str,
    agent_tokens: list[str],
    in_chat: list[tuple[str, str]],
    queued: list[tuple[str, str]],
    rounds: int,
) -> list[float]:
    """P9: agents are full and cases wait; a requester in chat leaves, which frees a slot.
    Time from that request to the next case's assignment being seen by its agent AND by
    its requester."""
    import httpx

    agents = [await connect_agent(url, token) for token in agent_tokens]
    requesters = {ref: await connect_requester(url, ref, token) for ref, token in queued}
    seen_by_agent: dict[str, float] = {}
    seen_by_requester: dict[str, float] = {}

    async def watch_agent(ws: ClientConnection) -> None:
        async for raw in ws:
            frame = json.loads(raw)
            if frame["type"] == "assigned":
                seen_by_agent.setdefault(frame["conversation"], time.perf_counter())

    async def watch_requester(ref: str, ws: ClientConnection) -> None:
        async for raw in ws:
            if "agent_joined" in raw or '"in_chat"' in raw:
                seen_by_requester.setdefault(ref, time.perf_counter())

    watchers = [asyncio.create_task(watch_agent(ws)) for ws in agents]
    watchers += [asyncio.create_task(watch_requester(r, ws)) for r, ws in requesters.items()]
    await asyncio.sleep(0.5)  # let the start-up routing settle
    seen_by_agent.clear()
    seen_by_requester.clear()
    samples: list[float] = []
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        for ref, token in in_chat[:rounds]:
            before = set(seen_by_agent)
            started = time.perf_counter()
            left = await client.delete(
                f"/api/v1/cases/{ref}", headers={"Authorization": f"Bearer {token}"}
            )
            left.raise_for_status()
            deadline = started + 10
            while time.perf_counter() < deadline:
                new = [c for c in seen_by_agent if c not in before and c in seen_by_requester]
                if new:
                    done = max(seen_by_agent[new[0]], seen_by_requester[new[0]])
                    samples.append(done - started)
                    break
                await asyncio.sleep(0.002)
            else:
                samples.append(float("inf"))
    for task in watchers:
        task.cancel()
    for ws in [*agents, *requesters.values()]:
        await ws.close()
    return samples


async def open_idle(url: str, cases: list[tuple[str, str]], parallel: int = 100) -> list[Any]:
    """Open one authenticated, idle requester connection per case, in the cases' order."""
    gate = asyncio.Semaphore(parallel)

    async def one(ref: str, token: str) -> ClientConnection:
        async with gate:
            return await connect_requester(url, ref, token)

    return list(await asyncio.gather(*(one(ref, token) for ref, token in cases)))


async def reconnect_storm(
    url: str, cases: list[tuple[str, str]], restart: Any, per_case: int = 3
) -> tuple[float, int]:
    """P6: every client has ``per_case`` messages; the server restarts (all dropped at
    once); every client reconnects and resumes. Returns (seconds until all resumed with
    every message, clients with a gap)."""
    for ref, token in cases[:50]:  # put messages in a sample of the conversations
        ws = await connect_requester(url, ref, token)
        for _ in range(per_case):
            _, frame = send_frame(ref, "before the storm")
            await ws.send(frame)
            while json.loads(await ws.recv())["type"] != "ack":
                pass
        await ws.close()
    restart()
    started = time.perf_counter()
    gaps = 0
    gate = asyncio.Semaphore(200)

    async def back(index: int, ref: str, token: str) -> None:
        nonlocal gaps
        async with gate:
            for attempt in range(50):
                try:
                    ws = await connect_requester(url, ref, token)
                    break
                except OSError:
                    await asyncio.sleep(0.05 * (attempt + 1))
            else:
                gaps += 1
                return
            await ws.send(json.dumps({"type": "resume", "conversations": {ref: 0}}))
            got = 0
            while True:
                frame = json.loads(await ws.recv())
                if frame["type"] == "message":
                    got += 1
                elif frame["type"] == "resumed":
                    break
            if got != (per_case if index < 50 else 0):
                gaps += 1
            await ws.close()

    await asyncio.gather(*(back(i, ref, token) for i, (ref, token) in enumerate(cases)))
    return time.perf_counter() - started, gaps


async def connect_rate(port: int, count: int) -> float:
    """Baseline for P6: connects + upgrades per second to the bare echo server."""
    started = time.perf_counter()
    gate = asyncio.Semaphore(200)

    async def one() -> None:
        async with gate:
            ws = await websockets.connect(f"ws://127.0.0.1:{port}", compression=None)
            await ws.close()

    await asyncio.gather(*(one() for _ in range(count)))
    return count / (time.perf_counter() - started)


async def agents_following(url: str, agent_tokens: list[str]) -> list[ClientConnection]:
    """Agents connected and streaming every conversation assigned to them."""
    sockets = []
    for token in agent_tokens:
        ws = await websockets.connect(ws_url(url), compression=None, max_queue=None)
        await ws.send(json.dumps({"type": "auth", "role": "agent", "token": token}))
        ready = await _expect(ws, "ready")
        convs = {c["conversation"]: c["last_seq"] for c in ready["conversations"]}
        await ws.send(json.dumps({"type": "resume", "conversations": convs}))
        resumed = 0
        while resumed < len(convs):
            if json.loads(await ws.recv())["type"] == "resumed":
                resumed += 1
        sockets.append(ws)
    return sockets


async def user_to_agent(
    requester_url: str,
    agent_url: str,
    agent_tokens: list[str],
    cases: list[tuple[str, str]],
    seconds: float,
    rate: float = 1.0,
) -> tuple[list[float], int, int]:
    """P2/P4: each requester sends ``rate`` messages a second; latency until its agent
    has the message. Returns (latencies, sent, received)."""
    agents = await agents_following(agent_url, agent_tokens)
    requesters = await open_idle(requester_url, cases)
    latencies: list[float] = []
    sent = 0
    received: set[tuple[str, int]] = set()
    duplicates = 0

    async def listen(ws: ClientConnection) -> None:
        nonlocal duplicates
        async for raw in ws:
            frame = json.loads(raw)
            if frame["type"] == "ping":  # silent clients are closed after 60 s
                await ws.send('{"type": "pong"}')
            elif frame["type"] == "assigned":  # routing moved a case here: follow it
                resume = {frame["conversation"]: frame.get("last_seq", 0)}
                await ws.send(json.dumps({"type": "resume", "conversations": resume}))
            elif frame["type"] == "message" and frame["sender"] == "requester":
                key = (frame["conversation"], frame["seq"])
                if key in received:
                    duplicates += 1
                received.add(key)
                latencies.append(time.perf_counter() - float(frame["body"]))

    async def talk(index: int, ref: str, ws: ClientConnection) -> None:
        nonlocal sent
        await asyncio.sleep(index / len(cases) / rate)  # spread the phases
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            _, frame = send_frame(ref, repr(time.perf_counter()))
            await ws.send(frame)
            sent += 1
            await asyncio.sleep(1 / rate)

    async def drain(ws: ClientConnection) -> None:
        async for _ in ws:
            pass

    listeners = [asyncio.create_task(listen(ws)) for ws in agents]
    drains = [asyncio.create_task(drain(ws)) for ws in requesters]
    await asyncio.gather(
        *(talk(i, ref, ws) for i, ((ref, _), ws) in enumerate(zip(cases, requesters, strict=True)))
    )
    # Wait for the backlog to drain: late is not lost. Stop when nothing arrives for 15 s.
    last_count, last_progress = -1, time.perf_counter()
    while len(received) < sent and time.perf_counter() - last_progress < 15:
        if len(received) != last_count:
            last_count, last_progress = len(received), time.perf_counter()
        await asyncio.sleep(0.05)
    for task in listeners + drains:
        task.cancel()
    for ws in agents + requesters:
        await ws.close()
    return latencies, sent, len(received) - duplicates


async def relay_pairs(port: int, pairs: int, seconds: float, rate: float = 1.0) -> list[float]:
    """The P2 baseline: the same traffic through the bare relay."""
    url = f"ws://127.0.0.1:{port}"
    latencies: list[float] = []

    async def pair(index: int) -> None:
        user = await websockets.connect(url, compression=None)
        agent = await websockets.connect(url, compression=None)
        await user.send(json.dumps({"name": f"u{index}"}))
        await agent.send(json.dumps({"name": f"a{index}"}))
        await asyncio.sleep(0.2)

        async def listen() -> None:
            async for raw in agent:
                latencies.append(time.perf_counter() - float(json.loads(raw)["body"]))

        listener = asyncio.create_task(listen())
        await asyncio.sleep(index / pairs / rate)
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            await user.send(json.dumps({"to": f"a{index}", "body": repr(time.perf_counter())}))
            await asyncio.sleep(1 / rate)
        await asyncio.sleep(0.5)
        listener.cancel()
        await user.close()
        await agent.close()

    await asyncio.gather(*(pair(i) for i in range(pairs)))
    return latencies
