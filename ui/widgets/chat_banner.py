"""Two small strips of the chat: the connection banner and the typing indicator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from recovery_app.schemas.live import ConnectionEvent


class ConnectionBanner(QFrame):
    """Shown inside the chat while the live connection is down (it reconnects by itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatConnectionBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("chatConnectionText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self.state = "connected"
        self.reason: str | None = None
        self.setVisible(False)
        self.retranslate()

    def show_event(self, event: ConnectionEvent) -> None:
        self.state, self.reason = event.state, event.reason
        self.setProperty("state", event.state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate()
        self.setVisible(event.state != "connected")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.state == "closed" and self.reason == "unauthorized":
            text = self.tr("This chat is no longer available to you. Your messages are kept.")
        elif self.state == "closed":
            text = self.tr("The chat is disconnected.")
        else:
            text = self.tr("Reconnecting… your messages will be sent when we are back.")
        self.label.setText(text)
        self.setAccessibleName(text)


class TypingIndicator(QLabel):
    """ "… is typing" for a few seconds after the other side's typing event."""

    HOLD_MS = 6000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTyping")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._who = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.stop)
        self.setText(" ")

    @property
    def active(self) -> bool:
        return bool(self._who)

    def start(self, who: str) -> None:
        self._who = who
        self._timer.start(self.HOLD_MS)
        self.retranslate()

    def stop(self) -> None:
        self._who = ""
        self._timer.stop()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        text = self.tr("%1 is typing…").replace("%1", self._who) if self._who else " "
        self.setText(text)
        self.setAccessibleName(text.strip())
