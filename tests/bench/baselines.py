"""Bare servers the product is compared with, run in the same benchmark run.

- an echo server on the ``websockets`` library (P1's round trip);
- a relay with no auth and no storage: a frame from one socket goes to its
  partner (P2, P4 and P6's connect+upgrade rate);
- an in-process broadcast loop over asyncio queues (P3).

Each server runs as a child process (``python -m tests.bench.baselines relay PORT``)
so it does not share an event loop or a GIL with the client measuring it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

import websockets
from websockets.asyncio.server import ServerConnection, serve


async def echo_server(port: int) -> None:
    async def echo(ws: ServerConnection) -> None:
        async for frame in ws:
            await ws.send(frame)

    async with serve(echo, "127.0.0.1", port, compression=None):
        await asyncio.Future()


async def relay_server(port: int) -> None:
    """Frames are JSON ``{"to": peer, ...}``; the first frame names the connection."""
    peers: dict[str, ServerConnection] = {}

    async def relay(ws: ServerConnection) -> None:
        hello = json.loads(await ws.recv())
        name = hello["name"]
        peers[name] = ws
        try:
            async for frame in ws:
                target = peers.get(json.loads(frame)["to"])
                if target is not None:
                    await target.send(frame)
        finally:
            peers.pop(name, None)

    async with serve(relay, "127.0.0.1", port, compression=None, max_queue=None):
        await asyncio.Future()


async def broadcast_loop(subscribers: int, messages: int) -> float:
    """Deliveries per second of a naive fan-out over asyncio queues."""
    queues: list[asyncio.Queue[Any]] = [asyncio.Queue() for _ in range(subscribers)]
    received = 0
    done = asyncio.Event()

    async def consume(queue: asyncio.Queue[Any]) -> None:
        nonlocal received
        while True:
            await queue.get()
            received += 1
            if received == subscribers * messages:
                done.set()

    tasks = [asyncio.create_task(consume(q)) for q in queues]
    started = time.perf_counter()
    for n in range(messages):
        event = {"type": "message", "seq": n, "body": "x" * 64}
        for queue in queues:
            queue.put_nowait(event)
        await asyncio.sleep(0)
    await done.wait()
    elapsed = time.perf_counter() - started
    for task in tasks:
        task.cancel()
    return subscribers * messages / elapsed


async def echo_round_trips(port: int, count: int) -> list[float]:
    samples = []
    async with websockets.connect(f"ws://127.0.0.1:{port}", compression=None) as ws:
        payload = json.dumps({"type": "send", "body": "x" * 64})
        for _ in range(20):
            await ws.send(payload)
            await ws.recv()
        for _ in range(count):
            started = time.perf_counter()
            await ws.send(payload)
            await ws.recv()
            samples.append(time.perf_counter() - started)
    return samples


if __name__ == "__main__":
    kind, port = sys.argv[1], int(sys.argv[2])
    asyncio.run(echo_server(port) if kind == "echo" else relay_server(port))
