"""Turns client-library events into Qt signals, so widgets never touch asyncio directly."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recovery_app.client.connection import ConnectionStatus


class ConnectionBridge(QObject):
    """Forwards :class:`~recovery_app.client.connection.ConnectionMonitor` changes.

    Signals:
        statusChanged(ConnectionStatus): the server became reachable or unreachable,
            or a retry is scheduled (``retry_in`` seconds from now).
    """

    statusChanged = Signal(object)

    def publish(self, status: ConnectionStatus) -> None:
        self.statusChanged.emit(status)
