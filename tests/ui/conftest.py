"""UI tests run on the qasync loop, so Qt timers and painting work inside async tests.

Never use ``qtbot.waitSignal``/``waitUntil`` in an async test (shared/ENVIRONMENT.md):
poll with ``await asyncio.sleep`` up to a deadline, as :func:`eventually` does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import pytest
import pytestqt.plugin
from PySide6.QtWidgets import QApplication

from recovery_app.client.api import ApiClient
from recovery_app.client.connection import ConnectionMonitor
from ui.bridge import ConnectionBridge
from ui.i18n import LanguageManager
from ui.theme import apply_theme
from ui.windows.main_window import MainWindow

# pytest-qt calls app.processEvents() between a test's phases, outside any running
# asyncio loop. With qasync, that steps pending asyncio tasks (an HTTP request of
# the connection monitor, uvicorn's sockets) where they find no running loop and
# fail. Our tests run Qt through the qasync loop itself, so nothing needs it.
pytestqt.plugin._process_events = lambda: None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> Mapping[str, Any]:
    from ui.event_loop import QtEventLoop

    def qasync_loop() -> asyncio.AbstractEventLoop:
        app = QApplication.instance() or QApplication([])
        return QtEventLoop(app)

    return {"qasync": qasync_loop}


@pytest.fixture(autouse=True)
def _english_and_light_after_each_test() -> Iterator[None]:
    """A test that switches language or theme (or fails halfway) never leaks it into the next."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        LanguageManager().set_language("en")
        apply_theme(app, "light")


async def eventually(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Wait (yielding to Qt) until ``condition()`` holds, or fail after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or condition}")
        await asyncio.sleep(0.02)


class ClientHarness:
    """The main window wired to a server exactly as ``recovery-app`` wires it."""

    def __init__(self, url: str, language: str = "en") -> None:
        self.languages = LanguageManager()
        self.languages.set_language(language)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "light")
        self.api = ApiClient(url)
        self.bridge = ConnectionBridge()
        self.monitor = ConnectionMonitor(
            self.api, self.bridge.publish, interval=0.2, retry_min=0.1, retry_max=0.3
        )
        self.window = MainWindow(self.api, self.languages)
        self.bridge.statusChanged.connect(self.window.show_connection)
        self.window.connection.retryRequested.connect(self.monitor.check_now)

    async def start(self) -> None:
        self.window.show()
        self.monitor.start()

    async def close(self) -> None:
        await self.monitor.stop()
        await self.window.aclose()
        await self.api.aclose()
        self.window.close()
        self.window.deleteLater()
        self.languages.set_language("en")


@pytest.fixture
async def client_for() -> AsyncIterator[Callable[..., Any]]:
    """Factory: ``await client_for(url, language)`` gives a started :class:`ClientHarness`."""
    harnesses: list[ClientHarness] = []

    async def make(url: str, language: str = "en") -> ClientHarness:
        harness = ClientHarness(url, language)
        harnesses.append(harness)
        await harness.start()
        return harness

    yield make
    for harness in harnesses:
        await harness.close()
