"""The app's own start and quit path (ui.app.run_client), as `recovery-app` runs it."""

from __future__ import annotations

import argparse
import asyncio

from PySide6.QtWidgets import QApplication

from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from ui.app import parse_args, run_client
from ui.windows.main_window import MainWindow


def _args(server: str) -> argparse.Namespace:
    return parse_args(["--server", server, "--mode", "agent", "--lang", "fr", "--theme", "dark"])


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


async def test_closing_the_window_ends_the_app_cleanly(live_server: LiveServer) -> None:
    app = QApplication.instance()
    run = asyncio.ensure_future(run_client(app, _args(live_server.url), None))
    await eventually(lambda: _main_window() is not None, what="main window")
    window = _main_window()
    assert window is not None
    assert window.mode == "agent"
    assert window.windowTitle() == "Recovery Desk — Agent"  # in French too
    assert window.agent_page.sign_in_page.heading.text() == "Se connecter au bureau des agents"
    assert app.property("theme") == "dark"
    await eventually(lambda: window.connection.label.text() == "Connecté", what="connected")
    window.close()
    assert await asyncio.wait_for(run, 10) == 0
    assert window.tasks.running("notices") is False
