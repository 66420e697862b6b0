"""One live session per window, as Qt signals.

:class:`LiveBridge` owns a :class:`recovery_app.client.live.LiveSession` (which
reconnects, resumes and resends by itself) and turns its events into signals on
the GUI thread (qasync runs both on one thread, so no queued connections are
needed). Several chat views share one bridge and filter by conversation::

    bridge = LiveBridge(context.live_url, RequesterAuth(case=ref, token=token))
    bridge.message.connect(view.on_message)
    bridge.start()
    ...
    await bridge.aclose()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal

from recovery_app.client.live import AgentAuth, LiveSession, RequesterAuth
from recovery_app.schemas.live import (
    AckFrame,
    AssignedFrame,
    ConnectionEvent,
    ErrorFrame,
    MessageFrame,
    OtherEvent,
    ReceiptEvent,
    TypingEvent,
    UnassignedFrame,
)

__all__ = ["AgentAuth", "LiveBridge", "RequesterAuth"]

log = logging.getLogger(__name__)


class LiveBridge(QObject):
    """Signals of one live session. Payloads are the frames of ``recovery_app.schemas.live``.

    Signals:
        message(MessageFrame), acked(AckFrame), typing(TypingEvent),
        receipt(ReceiptEvent), assigned(AssignedFrame), unassigned(UnassignedFrame),
        other(OtherEvent) — e.g. ``queue`` updates, error(ErrorFrame),
        connection(ConnectionEvent), unauthorized() — the credentials were refused.
    """

    message = Signal(object)
    acked = Signal(object)
    typing = Signal(object)
    receipt = Signal(object)
    assigned = Signal(object)
    unassigned = Signal(object)
    other = Signal(object)
    error = Signal(object)
    connection = Signal(object)
    unauthorized = Signal()

    def __init__(
        self,
        url: str,
        auth: RequesterAuth | AgentAuth,
        parent: QObject | None = None,
        **session_options: Any,
    ) -> None:
        super().__init__(parent)
        self.session = LiveSession(url, auth, **session_options)
        self.state: str = "closed"
        self._pump: asyncio.Task[None] | None = None
        self._closed = False
        self._last_seq: dict[str, int] = {}

    # --- life -------------------------------------------------------------------------

    def start(self) -> None:
        """Connect (in the background); safe to call twice."""
        if self._pump is not None or self._closed:
            return
        self.session.start()
        self._pump = asyncio.get_event_loop().create_task(self._run(), name="live-bridge")

    @property
    def started(self) -> bool:
        return self._pump is not None

    @property
    def connected(self) -> bool:
        return self.session.connected

    async def aclose(self) -> None:
        """Disconnect for good and stop emitting."""
        if self._closed:
            return
        self._closed = True
        await self.session.close()
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._pump

    # --- what the user does -----------------------------------------------------------

    async def send(
        self,
        conversation: str,
        body: str,
        kind: Literal["text", "note"] = "text",
        *,
        client_id: str | None = None,
        attachment_id: str | None = None,
    ) -> str:
        """Queue a message (sent until acknowledged, across reconnects); its client id."""
        return await self.session.send(
            conversation, body, kind=kind, client_id=client_id, attachment_id=attachment_id
        )

    async def typing_changed(self, conversation: str, active: bool) -> None:
        await self.session.typing(conversation, active)

    async def mark_read(self, conversation: str, seq: int | None = None) -> None:
        await self.session.mark_read(conversation, seq)

    async def set_presence(self, status: Literal["online", "away", "offline"]) -> None:
        await self.session.set_presence(status)

    def last_seq(self, conversation: str) -> int:
        """The newest seq seen in ``conversation`` (0: nothing yet)."""
        ref = conversation.strip().upper()
        return max(self._last_seq.get(ref, 0), self.session.last_seq(ref))

    def unacked(self) -> list[str]:
        return self.session.unacked

    # --- the pump ---------------------------------------------------------------------

    async def _run(self) -> None:
        async for event in self.session.events():
            try:
                self._emit(event)
            except Exception:  # a slot failed: the session must go on
                log.exception("a live event handler failed")
        if self.session.error is not None and not self._closed:
            self.unauthorized.emit()

    def _emit(self, event: object) -> None:
        if isinstance(event, MessageFrame):
            last = self._last_seq.get(event.conversation, 0)
            self._last_seq[event.conversation] = max(last, event.seq)
            self.message.emit(event)
        elif isinstance(event, AckFrame):
            self.acked.emit(event)
        elif isinstance(event, TypingEvent):
            self.typing.emit(event)
        elif isinstance(event, ReceiptEvent):
            self.receipt.emit(event)
        elif isinstance(event, AssignedFrame):
            self.assigned.emit(event)
        elif isinstance(event, UnassignedFrame):
            self.unassigned.emit(event)
        elif isinstance(event, ErrorFrame):
            self.error.emit(event)
        elif isinstance(event, ConnectionEvent):
            self.state = event.state
            self.connection.emit(event)
        elif isinstance(event, OtherEvent):
            self.other.emit(event)
        # resumed, ping and pong are the session's business
