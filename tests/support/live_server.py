"""A real uvicorn server on an ephemeral port, running as a task on the test's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from recovery_app.domain.clock import Clock
from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from recovery_app.storage import migrate
from recovery_app.storage.database import create_engine, normalize_url


async def migrate_to_head(settings: Settings) -> None:
    engine = create_engine(normalize_url(settings.effective_database_url))
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


def test_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test: a fresh SQLite file in ``data_dir``, nothing from the environment."""
    values: dict[str, object] = {
        "data_dir": data_dir,
        "database_url": None,
        "redis_url": None,
        "port": 0,
        "log_format": "json",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


test_settings.__test__ = False  # type: ignore[attr-defined]  # not a test despite the name


class LiveServer:
    """Start, stop and restart a real uvicorn serving the app, on the same port each time."""

    def __init__(self, settings: Settings, clock: Clock | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.app: FastAPI | None = None
        self.port: int | None = None
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None
        self._sock = socket.socket()

    @property
    def url(self) -> str:
        assert self.port is not None, "start() first"
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> str:
        await migrate_to_head(self.settings)
        # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted
        # sockets whose proto says TCP, and without it every response waits ~40 ms
        # for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port or 0))
        sock.listen(128)
        self.port = sock.getsockname()[1]
        self.app = create_app(self.settings, clock=self.clock)
        config = uvicorn.Config(
            self.app,
            log_config=None,
            access_log=False,
            lifespan="on",
            ws_per_message_deflate=False,  # as recovery-server serve runs it
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        for _ in range(500):
            if self._server.started:
                break
            if self._task.done():
                await self._task  # raises what went wrong
            await asyncio.sleep(0.01)
        else:
            raise RuntimeError("uvicorn did not start within 5 s")
        self._sock = sock
        return self.url

    async def stop(self) -> None:
        if self._server is None or self._task is None:
            return
        self._server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(self._task, 10)
        self._server = None
        self._task = None
        self._sock.close()  # uvicorn closed its server; make sure the fd goes too
