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
