"""The last line of defence: an unexpected error becomes a calm dialog, never a crash.

The traceback goes to the client's log file (redacted); the person sees a
sentence and where the details are, and the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("ui.unexpected")

_showing = False
# Dialogs without a parent must be referenced from Python, or they vanish at once.
_open_dialogs: list[QMessageBox] = []


def show_unexpected_error(exc: BaseException, log_path: str | None) -> None:
    """Log ``exc`` and tell the person, once at a time."""
    global _showing
    log.error(
        "unexpected error: %s",
        type(exc).__name__,
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "", "")
        box.setObjectName("unexpectedErrorDialog")
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "ErrorDialog",
                "Recovery Desk ran into an unexpected problem. Nothing you entered was sent "
                "twice or lost; you can carry on, or restart the app if something looks wrong.",
            )
        )
        if log_path:
            box.setInformativeText(
                QCoreApplication.translate(
                    "ErrorDialog", "Details for support were written to {path}."
                ).format(path=log_path)
            )
        box.setAccessibleName(box.windowTitle())
        _open_dialogs.append(box)
        box.finished.connect(lambda _result: _open_dialogs.remove(box))
        box.open()  # not exec(): a nested event loop would stall the asyncio tasks
    finally:
        _showing = False


# Dialogs without a parent must be referenced from Python, or they vanish at once.
_open_dialogs: list[QMessageBox] = []


def install_excepthook(log_path: str | None) -> None:
    """Route uncaught exceptions (including those in qasync slots) to the dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        show_unexpected_error(exc, log_path)

    sys.excepthook = hook


def asyncio_exception_handler(log_path: str | None) -> Any:
    """An asyncio loop exception handler that shows the same dialog."""

    def handler(loop: Any, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            show_unexpected_error(exc, log_path)
        else:
            log.error(
                "asyncio: %s", context.get("message"), extra={"trace": traceback.format_stack()}
            )

    return handler
