"""Watching whether the server is reachable, and noticing by itself when it comes back."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ApiProblemError, ClientError

log = logging.getLogger(__name__)


class ConnectionState(enum.StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    """What the UI shows: the state, why (an error code) and when the next try is."""

    state: ConnectionState
    reason: str | None = None
    retry_in: float | None = None
    server_version: str | None = None


class ConnectionMonitor:
    """Polls ``/health``; reports changes; retries with backoff while the server is away.

    ``on_change`` is called on the event loop whenever the status changes
    (and on every failed retry, so the UI can count down to the next one).
    """

    def __init__(
        self,
        api: ApiClient,
        on_change: Callable[[ConnectionStatus], None],
        *,
        interval: float = 5.0,
        retry_min: float = 0.5,
        retry_max: float = 15.0,
    ) -> None:
        self._api = api
        self._on_change = on_change
        self._interval = interval
        self._retry_min = retry_min
        self._retry_max = retry_max
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.status = ConnectionStatus(ConnectionState.CONNECTING)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="connection-monitor")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def check_now(self) -> None:
        """Skip the wait and check at once (the "Retry now" button)."""
        self._wake.set()

    async def _run(self) -> None:
        delay = self._retry_min
        while True:
            try:
                health = await self._api.health()
            except ApiProblemError as exc:
                self._set(ConnectionStatus(ConnectionState.DISCONNECTED, exc.code, delay))
            except ClientError as exc:
                self._set(ConnectionStatus(ConnectionState.DISCONNECTED, exc.code, delay))
            else:
                delay = self._retry_min
                self._set(
                    ConnectionStatus(ConnectionState.CONNECTED, server_version=health.version)
                )
                await self._sleep(self._interval)
                continue
            await self._sleep(delay)
            delay = min(delay * 2, self._retry_max)

    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    def _set(self, status: ConnectionStatus) -> None:
        changed = status != self.status
        self.status = status
        if changed or status.state is ConnectionState.DISCONNECTED:
            if changed:
                log.info("connection %s (%s)", status.state, status.reason or "ok")
            self._on_change(status)
