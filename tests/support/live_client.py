"""Helpers for live-protocol tests: a real socket server for a desk, a raw frame client,
event collectors for :class:`~recovery_app.client.live.LiveSession`, and server
subprocesses (``python -m recovery_app.server serve``) that tests can SIGKILL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from httpx_ws import AsyncWebSocketSession, WebSocketDisconnect, aconnect_ws

from recovery_app.client.live import LiveSession
from recovery_app.schemas.live import LiveEvent, MessageFrame
from recovery_app.server.live.hub import Hub, LiveLimits

REPO = Path(__file__).resolve().parents[2]


def hub_of(app: FastAPI) -> Hub:
    hub: Hub = app.state.hub
    return hub


def set_limits(app: FastAPI, **changes: Any) -> LiveLimits:
    """Shorten the hub's timers and limits for a test."""
    return hub_of(app).configure(**changes)


def catch_up_clock(clock: Any) -> None:
    """Move a desk's FrozenClock to real time (for servers that run on the system clock)."""
    now = datetime.now(UTC)
    if clock.now() < now:
        clock.advance(now - clock.now())


@asynccontextmanager
async def serve_app(app: FastAPI) -> AsyncIterator[str]:
    """Serve an app whose lifespan is already running on a real socket; yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(512)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(500):
            if server.started:
                break
            if task.done():
                await task
            await asyncio.sleep(0.01)
        else:
            raise RuntimeError("uvicorn did not start within 5 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(task, 10)
        sock.close()


# --- a raw client: frames in, frames out -------------------------------------------------


class RawLive:
    """One WebSocket speaking frames directly (for protocol tests).

    Frames skipped by :meth:`until` wait in a backlog that :meth:`recv`,
    :meth:`until` and :meth:`quiet` read first; ``seen`` has every frame received.
    """

    def __init__(self, ws: AsyncWebSocketSession) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []
        self._backlog: deque[dict[str, Any]] = deque()

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.ws.send_text(frame if isinstance(frame, str) else json.dumps(frame))

    async def _receive(self, timeout: float) -> dict[str, Any]:
        frame: dict[str, Any] = json.loads(await self.ws.receive_text(timeout=timeout))
        self.seen.append(frame)
        return frame

    async def recv(self, timeout: float = 5.0) -> dict[str, Any]:
        if self._backlog:
            return self._backlog.popleft()
        return await self._receive(timeout)

    async def until(
        self, kind: str, timeout: float = 5.0, where: Callable[[dict[str, Any]], bool] | None = None
    ) -> dict[str, Any]:
        """The next frame of type ``kind`` (matching ``where``); others stay in the backlog."""

        def matches(frame: dict[str, Any]) -> bool:
            return frame.get("type") == kind and (where is None or where(frame))

        for frame in self._backlog:
            if matches(frame):
                self._backlog.remove(frame)
                return frame
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            frame = await self._receive(max(0.01, deadline - loop.time()))
            if matches(frame):
                return frame
            self._backlog.append(frame)

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """The backlog and every frame that arrives within ``seconds``."""
        frames = list(self._backlog)
        self._backlog.clear()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (left := deadline - loop.time()) > 0:
            try:
                frames.append(await self._receive(left))
            except TimeoutError:
                break
        return frames

    async def closed(self, timeout: float = 5.0) -> int:
        """Wait for the server to close; returns the close code."""
        self._backlog.clear()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                await self._receive(max(0.01, deadline - loop.time()))
        except WebSocketDisconnect as exc:
            return exc.code


@asynccontextmanager
async def raw_live(base_url: str, path: str = "/api/v1/live") -> AsyncIterator[RawLive]:
    async with httpx.AsyncClient() as http:
        async with aconnect_ws(base_url + path, http, keepalive_ping_interval_seconds=None) as ws:
            yield RawLive(ws)


@asynccontextmanager
async def authed(
    base_url: str, auth: dict[str, Any]
) -> AsyncIterator[tuple[RawLive, dict[str, Any]]]:
    """A raw connection after its auth frame; yields it and the ``ready`` frame."""
    async with raw_live(base_url) as live:
        await live.send(auth)
        ready = await live.recv()
        assert ready["type"] == "ready", ready
        yield live, ready


def requester_auth(reference: str, token: str) -> dict[str, Any]:
    return {"type": "auth", "role": "requester", "case": reference, "token": token}


def agent_auth(token: str) -> dict[str, Any]:
    return {"type": "auth", "role": "agent", "token": token}


# --- LiveSession event collection --------------------------------------------------------


class Collector:
    """Drains a session's events into lists, in the background."""

    def __init__(self, session: LiveSession) -> None:
        self.session = session
        self.events: list[LiveEvent] = []
        self._task = asyncio.create_task(self._drain())

    async def _drain(self) -> None:
        async for event in self.session.events():
            self.events.append(event)

    def messages(self, conversation: str | None = None) -> list[MessageFrame]:
        return [
            e
            for e in self.events
            if isinstance(e, MessageFrame)
            and (conversation is None or e.conversation == conversation)
        ]

    def of(self, kind: str) -> list[LiveEvent]:
        return [e for e in self.events if e.type == kind]

    async def wait(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise AssertionError("timed out waiting for live events")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


# --- server subprocesses -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """``python -m recovery_app.server serve`` on a fixed port; SIGKILL-able."""

    def __init__(self, port: int, data_dir: Path, *extra: str, env: dict[str, str] | None = None):
        self.port = port
        self.data_dir = data_dir
        self.extra = extra
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / f"server-{port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, timeout: float = 20.0) -> None:
        self.proc = self._spawn()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with httpx.AsyncClient(timeout=1.0) as http:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(self.url + "/api/v1/health")).status_code == 200:
                        return
                if loop.time() > deadline:
                    raise RuntimeError(f"server not healthy: {self.log.read_text()[-2000:]}")
                await asyncio.sleep(0.05)

    def _spawn(self) -> subprocess.Popen[bytes]:
        env = {**os.environ, "RECOVERY_LOG_LEVEL": "warning", **self.env}
        args = [sys.executable, "-m", "recovery_app.server", "serve", "--port", str(self.port)]
        args += ["--data-dir", str(self.data_dir), *self.extra]
        with self.log.open("ab") as out:
            return subprocess.Popen(args, cwd=REPO, env=env, stdout=out, stderr=out)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None
