"""The always-visible connection state: a coloured dot, a sentence and "Retry now"."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from recovery_app.client.connection import ConnectionState, ConnectionStatus
from ui.messages import message_for


class ConnectionIndicator(QWidget):
    """Shows :class:`ConnectionStatus`; counts down to the next automatic retry.

    Signals:
        retryRequested(): the person asked to try again now.
        stateChanged(str): the connection state's value changed ("connected", ...).
    """

    retryRequested = Signal()
    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self._status = ConnectionStatus(ConnectionState.CONNECTING)
        self._retry_at: float | None = None

        self.dot = QLabel("●", self)
        self.dot.setObjectName("connectionDot")
        self.dot.setAccessibleName("")  # decorative: the text says the same
        self.label = QLabel(self)
        self.label.setObjectName("connectionText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.retry = QPushButton(self)
        self.retry.setObjectName("retryButton")
        self.retry.clicked.connect(self.retryRequested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)
        self._refresh()

    @property
    def state(self) -> ConnectionState:
        return self._status.state

    def set_status(self, status: ConnectionStatus) -> None:
        changed = status.state is not self._status.state
        self._status = status
        self._retry_at = time.monotonic() + status.retry_in if status.retry_in is not None else None
        if status.state is ConnectionState.DISCONNECTED:
            self._tick.start()
        else:
            self._tick.stop()
        self._refresh()
        if changed:
            self.stateChanged.emit(status.state.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        state = self._status.state
        self.setProperty("state", state.value)
        self.dot.setProperty("state", state.value)
        self.retry.setText(self.tr("Retry now"))
        self.retry.setAccessibleName(self.tr("Retry connecting to the server now"))
        self.retry.setVisible(state is ConnectionState.DISCONNECTED)
        if state is ConnectionState.CONNECTED:
            text = self.tr("Connected")
            detail = self.tr("Connected to the Recovery Desk server.")
        elif state is ConnectionState.CONNECTING:
            text = self.tr("Connecting…")
            detail = self.tr("Connecting to the Recovery Desk server.")
        else:
            seconds = max(0, round((self._retry_at or 0) - time.monotonic()))
            text = self.tr("Disconnected — retrying in %n s", "", seconds)
            detail = message_for(self._status.reason)
        self.label.setText(text)
        self.setToolTip(detail)
        self.setAccessibleName(self.tr("Connection status"))
        self.setAccessibleDescription(f"{text}. {detail}")
        # Re-polish so the [state=...] rules of the stylesheet apply.
        for widget in (self, self.dot):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
