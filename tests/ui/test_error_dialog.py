"""An unexpected error becomes a dialog with a sentence; the app keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import eventually
from ui.errors_dialog import install_excepthook
from ui.tasks import BackgroundTasks


async def test_exception_in_background_task_shows_dialog_and_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    saved = sys.excepthook
    install_excepthook(str(tmp_path / "client.log"))
    tasks = BackgroundTasks()

    async def broken() -> None:
        raise RuntimeError("boom with token=abc123")

    try:
        with caplog.at_level(logging.ERROR, logger="ui.unexpected"):
            tasks.spawn("broken", broken())

            def dialog() -> QMessageBox | None:
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QMessageBox) and widget.isVisible():
                        return widget
                return None

            await eventually(lambda: dialog() is not None, what="error dialog")
        box = dialog()
        assert box is not None
        assert box.windowTitle() == "Something went wrong"
        assert "you can carry on" in box.text()
        assert str(tmp_path / "client.log") in box.informativeText()
        assert "Traceback" not in box.text() + box.informativeText()
        assert any("unexpected error" in r.getMessage() for r in caplog.records)
        box.close()
    finally:
        sys.excepthook = saved
        await tasks.aclose()


async def test_starting_a_task_again_cancels_the_previous_one() -> None:
    import asyncio

    tasks = BackgroundTasks()
    started = asyncio.Event()

    async def slow() -> None:
        started.set()
        await asyncio.sleep(30)

    first = tasks.spawn("load", slow())
    await started.wait()
    second = tasks.spawn("load", slow())
    await asyncio.sleep(0.05)
    assert first.cancelled()
    assert tasks.running("load")
    await tasks.aclose()
    assert second.cancelled()
