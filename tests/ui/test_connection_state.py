"""The window shows the server's state and recovers by itself when the server comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recovery_app.client.connection import ConnectionState
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually


async def test_window_shows_connected_then_disconnected_then_recovers(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    client = await client_for(live_server.url)
    indicator = client.window.connection

    await eventually(lambda: indicator.label.text() == "Connected", what="'Connected'")
    assert not indicator.retry.isVisible()

    await live_server.stop()
    await eventually(
        lambda: indicator.label.text().startswith("Disconnected"), what="'Disconnected'"
    )
    assert indicator.state is ConnectionState.DISCONNECTED
    assert indicator.retry.isVisible()
    assert "cannot be reached" in indicator.toolTip()
    assert client.window.isVisible(), "the client keeps running without its server"

    await live_server.start()
    await eventually(lambda: indicator.label.text() == "Connected", what="reconnect")


async def test_unreachable_server_at_start_shows_disconnected_with_retry(
    client_for: Callable[..., Any],
) -> None:
    client = await client_for("http://127.0.0.1:9")
    indicator = client.window.connection
    await eventually(lambda: indicator.state is ConnectionState.DISCONNECTED)
    assert "retrying in" in indicator.label.text()
    indicator.retry.click()  # asking again must not break anything
    await eventually(lambda: indicator.state is ConnectionState.DISCONNECTED)
    assert client.window.isVisible()


async def test_connection_state_is_shown_in_the_chosen_language(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    client = await client_for(live_server.url, "de")
    indicator = client.window.connection
    await eventually(lambda: indicator.label.text() == "Verbunden", what="German 'Verbunden'")
    client.languages.set_language("pl")
    await eventually(lambda: indicator.label.text() == "Połączono", what="Polish after switch")
