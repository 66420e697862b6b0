"""Desktop notifications and a sound for news that arrives while the window is not focused.

A system tray message where the desktop has a tray, else the window's taskbar
entry is flagged (``QApplication.alert``); a short sound either way unless muted.
Nothing is shown when the window is active: the person is already looking.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

log = logging.getLogger(__name__)


class Notifier(QObject):
    """Tells the person about news when they are looking elsewhere.

    Signals:
        notified(str, str): title and text of a notification that was shown
            (tests and the accessibility layer listen to it).
    """

    notified = Signal(str, str)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.muted = False
        self._tray: QSystemTrayIcon | None = None

    def should_notify(self) -> bool:
        """True when the window is not the active one (minimised, behind another, hidden)."""
        return not (self._window.isVisible() and self._window.isActiveWindow())

    def notify(self, title: str, text: str, *, force: bool = False) -> bool:
        """Show ``title``/``text`` unless the window is focused; return whether it was shown."""
        if not force and not self.should_notify():
            return False
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            QApplication.alert(self._window, 0)
        if not self.muted:
            QApplication.beep()
        self.notified.emit(title, text)
        return True

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._window.windowIcon() or QIcon(), self)
            self._tray.setToolTip(self._window.windowTitle())
            self._tray.show()
        return self._tray
