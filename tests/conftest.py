"""Fixtures shared by every test: fresh data folders, a real server, databases by URL."""

from __future__ import annotations

import gc
import io
import logging
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real display unless a test run asks for one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read the developer's own configuration.
for name in [n for n in os.environ if n.startswith("RECOVERY_") and "_TEST_" not in n]:
    del os.environ[name]
# ...and never write the person's client settings (language, theme) either.
os.environ["RECOVERY_CLIENT_SETTINGS"] = os.path.join(
    tempfile.mkdtemp(prefix="recovery-client-settings-"), "client.ini"
)

from recovery_app.server.log_config import configure_logging  # noqa: E402

# Python's cyclic collector may run in whichever thread allocates (aiosqlite's worker,
# an executor). Freeing a Qt widget there makes Qt warn "Timers cannot be stopped from
# another thread" and can crash the process later. As the app does (ui/gc_guard.py),
# the automatic collector is off and each test's leftovers are collected on the main
# thread after it.
gc.disable()
from recovery_app.server.settings import Settings  # noqa: E402
from tests.support.live_server import LiveServer, test_settings  # noqa: E402


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return test_settings(data_dir)


@pytest.fixture
async def live_server(settings: Settings) -> AsyncIterator[LiveServer]:
    """A real uvicorn on an ephemeral port with a fresh, migrated SQLite file."""
    server = LiveServer(settings)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def server_log() -> Iterator[io.StringIO]:
    """What the server's own (redacting, JSON) log handler writes, at DEBUG."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    configure_logging("debug", "json")
    stream = io.StringIO()
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    try:
        yield stream
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        logging.getLogger("uvicorn.access").disabled = False
