"""The client library notices a server going away and coming back, by itself."""

from __future__ import annotations

import asyncio

from recovery_app.client.api import ApiClient
from recovery_app.client.connection import ConnectionMonitor, ConnectionState, ConnectionStatus
from recovery_app.client.errors import ServerUnreachableError
from tests.support.live_server import LiveServer


async def _wait_for(statuses: list[ConnectionStatus], state: ConnectionState) -> None:
    async with asyncio.timeout(15):
        while not statuses or statuses[-1].state is not state:
            await asyncio.sleep(0.02)


async def test_monitor_reports_down_and_recovers_when_server_returns(
    live_server: LiveServer,
) -> None:
    statuses: list[ConnectionStatus] = []
    async with ApiClient(live_server.url) as api:
        monitor = ConnectionMonitor(
            api, statuses.append, interval=0.1, retry_min=0.05, retry_max=0.2
        )
        monitor.start()
        try:
            await _wait_for(statuses, ConnectionState.CONNECTED)
            assert statuses[-1].server_version
            await live_server.stop()
            await _wait_for(statuses, ConnectionState.DISCONNECTED)
            assert statuses[-1].reason == "server_unreachable"
            assert statuses[-1].retry_in is not None
            await live_server.start()  # same port
            await _wait_for(statuses, ConnectionState.CONNECTED)
        finally:
            await monitor.stop()


async def test_unreachable_server_is_a_client_error_not_an_httpx_one() -> None:
    async with ApiClient("http://127.0.0.1:9") as api:
        try:
            await api.health()
        except ServerUnreachableError as exc:
            assert exc.code == "server_unreachable"
            assert "127.0.0.1:9" in str(exc)
        else:
            raise AssertionError("expected ServerUnreachableError")
