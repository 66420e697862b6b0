"""P3: the hub's fan-out of one conversation's messages to 1,000 subscribers, in process.

Connections are real :class:`Connection` objects (queue, writer task, sequence
tracking) over a socket stand-in that only counts frames, so the figure is the
hub's own cost, comparable with the bare broadcast loop of baselines.py.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recovery_app.server.live.hub import Connection, Hub, conv_channel
from tests.support.accounts import services_for
from tests.support.live_server import test_settings


class CountingSocket:
    """Stands in for the WebSocket: counts what the connection writes."""

    total = 0

    async def send_text(self, text: str) -> None:
        CountingSocket.total += 1

    async def close(self, code: int = 1000, reason: str = "") -> None:
        return None


async def hub_fanout(data_dir: Path, subscribers: int, messages: int) -> float:
    data_dir.mkdir(parents=True, exist_ok=True)
    async with services_for(test_settings(data_dir)) as services:
        hub = Hub(services)
        hub.configure(queue_size=max(1000, messages * 2))
        conns = []
        for n in range(subscribers):
            conn = Connection(hub, CountingSocket(), f"agent:{n}", n)  # type: ignore[arg-type]
            state = conn.track(1, 1, "RD-BENC-HMAR-KS00")
            state.streaming = True
            conns.append(conn)
        CountingSocket.total = 0
        at = datetime.now(UTC).isoformat()
        started = time.perf_counter()
        for seq in range(1, messages + 1):
            event: dict[str, Any] = {
                "type": "message",
                "conversation": "RD-BENC-HMAR-KS00",
                "seq": seq,
                "client_id": f"c{seq}",
                "sender": "requester",
                "kind": "text",
                "body": "x" * 64,
                "attachment_id": None,
                "at": at,
            }
            await hub.handle(conv_channel(1), event)
            await asyncio.sleep(0)
        while CountingSocket.total < subscribers * messages:
            await asyncio.sleep(0.001)
        elapsed = time.perf_counter() - started
        return subscribers * messages / elapsed
