"""The resilient live session: one WebSocket to ``/api/v1/live`` that survives drops.

::

    async with LiveSession(url, RequesterAuth(case=ref, token=token)) as live:
        client_id = await live.send(ref, "Hello")
        async for event in live.events():
            ...

What it guarantees to its user (shared/DESIGN.md §4 "Live protocol"):

- messages come out of :meth:`LiveSession.events` in sequence order per
  conversation, each once: it remembers the last seq it gave out and drops
  anything not newer;
- after a drop it reconnects (backoff 0.2 s doubling to 10 s, with jitter),
  authenticates, resumes every conversation from the last seq it has, then
  resends every unacknowledged message with its original ``client_id`` (the
  server stores each client id once);
- it answers the server's heartbeat pings and treats a server silent for
  ``dead_after`` seconds as gone;
- it paces what it sends below the server's per-connection rate limit, and
  retries a message the server refused as too fast or could not store;
- :class:`~recovery_app.schemas.live.ConnectionEvent` tells when the socket is
  ``connected``, ``reconnecting`` or ``closed`` (closed for good only on
  :meth:`close` or when the server refuses the credentials).

No Qt here: the desktop UI consumes :meth:`events` on its qasync loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import uuid
from collections import deque
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Literal, Self

import httpx
from httpx_ws import AsyncWebSocketSession, WebSocketDisconnect, aconnect_ws
from pydantic import ValidationError

from recovery_app.client.api import normalize_base_url
from recovery_app.schemas.live import (
    SERVER_FRAME,
    AckFrame,
    AgentAuth,
    AssignedFrame,
    ConnectionEvent,
    ErrorFrame,
    LiveEvent,
    MessageFrame,
    OtherEvent,
    PingFrame,
    PresenceFrame,
    ReadyFrame,
    ReceiptFrame,
    RequesterAuth,
    ResumedFrame,
    ResumeFrame,
    SendFrame,
    TypingFrame,
    UnassignedFrame,
)

__all__ = ["AgentAuth", "LiveSession", "LiveUnauthorizedError", "RequesterAuth"]

log = logging.getLogger(__name__)

LIVE_PATH = "/api/v1/live"
# Server errors after which a message is sent again (later); any other error drops it.
RETRYABLE = frozenset({"rate_limited", "not_stored", "server_error"})
CLOSE_UNAUTHORIZED = 4401


class LiveUnauthorizedError(Exception):
    """The server refused the credentials; reconnecting would not help."""


class _RefusedError(Exception):
    pass


class LiveSession:
    """A live session that reconnects, resumes and resends by itself."""

    def __init__(
        self,
        base_url: str,
        auth: RequesterAuth | AgentAuth,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        backoff_min: float = 0.2,
        backoff_max: float = 10.0,
        send_rate: float = 16.0,
        send_burst: float = 32.0,
        dead_after: float = 45.0,
        connect_timeout: float = 10.0,
        retry_after: float = 1.0,
        auto_delivered: bool = True,
        keepalive_seconds: float | None = 20.0,
    ) -> None:
        self.url = normalize_base_url(base_url) + LIVE_PATH
        self._auth_text = auth.model_dump_json()
        self._transport = transport
        self._backoff_min = backoff_min
        self._backoff_max = backoff_max
        self._rate = send_rate
        self._burst = send_burst
        self._dead_after = dead_after
        self._connect_timeout = connect_timeout
        self._retry_after = retry_after
        self._auto_delivered = auto_delivered
        self._keepalive = keepalive_seconds

        self.party: str | None = None
        self.connected = False
        self.reconnects = 0  # successful connections after the first
        self._last: dict[str, int] = {}  # conversation -> last seq given out
        self._known: set[str] = set()  # conversations to resume on every connect
        self._outbox: dict[str, SendFrame] = {}  # unacknowledged, in send order
        self._pending: deque[str] = deque()  # client ids to (re)send on this connection
        self._inflight: set[str] = set()
        self._control: deque[str] = deque()  # other frames for this connection
        self._marks: dict[str, tuple[int, int]] = {}  # conversation -> (delivered, read)
        self._delivered_due: set[str] = set()
        self._typing: dict[str, tuple[bool, float]] = {}
        self._paused_until = 0.0
        self._wake = asyncio.Event()
        self._connected_event = asyncio.Event()
        self._events: asyncio.Queue[LiveEvent | None] = asyncio.Queue()
        self._runner: asyncio.Task[None] | None = None
        self._closing = False
        self._state: str | None = None
        self._got_ready = False
        self.error: BaseException | None = None

    # --- life -----------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def start(self) -> None:
        if self._runner is None:
            self._runner = asyncio.create_task(self._run(), name="live-session")

    async def close(self) -> None:
        """Disconnect for good; :meth:`events` ends after a ``closed`` event."""
        if self._closing:
            return
        self._closing = True
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        self._set_state("closed")
        self._events.put_nowait(None)

    async def wait_connected(self) -> None:
        """Wait until the session is authenticated (wrap in ``asyncio.timeout``)."""
        await self._connected_event.wait()

    # --- what the user does ---------------------------------------------------------

    async def send(
        self,
        conversation: str,
        body: str,
        *,
        kind: Literal["text", "note"] = "text",
        client_id: str | None = None,
        attachment_id: str | None = None,
    ) -> str:
        """Queue a message; returns its client id. It is sent until acknowledged."""
        frame = SendFrame(
            conversation=conversation.strip().upper(),
            client_id=client_id or uuid.uuid4().hex,
            kind=kind,
            body=body,
            attachment_id=attachment_id,
        )
        if frame.client_id not in self._outbox:
            self._outbox[frame.client_id] = frame
            self._pending.append(frame.client_id)
            self._wake.set()
        return frame.client_id

    async def typing(self, conversation: str, active: bool = True) -> None:
        """Tell the other side you are (not) typing; repeats within a second are skipped."""
        ref = conversation.strip().upper()
        loop = asyncio.get_running_loop()
        last = self._typing.get(ref)
        if last is not None and last[0] == active and loop.time() - last[1] < 1.0:
            return
        self._typing[ref] = (active, loop.time())
        if self.connected:
            self._queue(TypingFrame(conversation=ref, active=active).model_dump_json())

    async def mark_read(self, conversation: str, seq: int | None = None) -> None:
        """Mark the conversation read up to ``seq`` (default: the last message received)."""
        ref = conversation.strip().upper()
        upto = self._last.get(ref, 0) if seq is None else seq
        delivered, read = self._marks.get(ref, (0, 0))
        self._marks[ref] = (max(delivered, upto), max(read, upto))
        self._queue_marks(ref)

    async def set_presence(self, status: Literal["online", "away", "offline"]) -> None:
        """Agents: say whether you take new chats."""
        self._queue(PresenceFrame(status=status).model_dump_json())

    async def events(self) -> AsyncIterator[LiveEvent]:
        """Every event in order, until :meth:`close`."""
        while True:
            event = await self._events.get()
            if event is None:
                self._events.put_nowait(None)  # later iterators end too
                return
            yield event

    def last_seq(self, conversation: str) -> int:
        return self._last.get(conversation.strip().upper(), 0)

    @property
    def conversations(self) -> list[str]:
        return sorted(self._known)

    @property
    def unacked(self) -> list[str]:
        return list(self._outbox)

    # --- the connection loop --------------------------------------------------------

    async def _run(self) -> None:
        delay = self._backoff_min
        timeout = httpx.Timeout(self._connect_timeout)
        async with httpx.AsyncClient(transport=self._transport, timeout=timeout) as http:
            while not self._closing:
                self._got_ready = False
                socket: AbstractAsyncContextManager[AsyncWebSocketSession] = aconnect_ws(
                    self.url,
                    http,
                    keepalive_ping_interval_seconds=self._keepalive,
                    keepalive_ping_timeout_seconds=self._keepalive,
                )
                try:
                    async with socket as ws:
                        await self._connection(ws)
                except asyncio.CancelledError:
                    raise
                except BaseException as exc:
                    if _refused(exc):
                        self.error = LiveUnauthorizedError("the server refused the credentials")
                        self._set_state("closed", "unauthorized")
                        self._events.put_nowait(None)
                        return
                    if not isinstance(exc, Exception):
                        raise
                    log.debug("live connection ended: %s", type(exc).__name__)
                finally:
                    self._disconnected()
                if self._closing:
                    return
                if self._got_ready:
                    delay = self._backoff_min
                self._set_state("reconnecting")
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))  # noqa: S311 - jitter
                delay = min(delay * 2, self._backoff_max)

    async def _connection(self, ws: AsyncWebSocketSession) -> None:
        await ws.send_text(self._auth_text)
        first = _parse(await ws.receive_text(timeout=self._connect_timeout))
        if isinstance(first, ErrorFrame) and first.code == "unauthorized":
            raise _RefusedError()
        if not isinstance(first, ReadyFrame):
            raise ConnectionError("the server did not answer the auth frame with ready")
        self.party = first.party
        for info in first.conversations:
            self._known.add(info.conversation)
        self._control.clear()
        self._inflight.clear()
        self._pending = deque(self._outbox)
        if self._known:
            resume = ResumeFrame(conversations={ref: self._last.get(ref, 0) for ref in self._known})
            self._control.append(resume.model_dump_json())
        for ref in self._marks:
            self._control.append(self._marks_frame(ref))
        if self._connected_event.is_set():
            self.reconnects += 1
        self.connected = True
        self._connected_event.set()
        self._set_state("connected")
        self._wake.set()
        self._got_ready = True
        reader = asyncio.create_task(self._read(ws))
        writer = asyncio.create_task(self._write(ws))
        try:
            done, _ = await asyncio.wait({reader, writer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (reader, writer):
                task.cancel()
            await asyncio.gather(reader, writer, return_exceptions=True)
        for task in done:
            task.result()  # raises why the connection ended

    def _disconnected(self) -> None:
        self.connected = False
        self._inflight.clear()

    async def _read(self, ws: AsyncWebSocketSession) -> None:
        while True:
            text = await ws.receive_text(timeout=self._dead_after)
            frame = _parse(text)
            if isinstance(frame, PingFrame):
                await ws.send_text('{"type":"pong"}')
                continue
            self._on_frame(frame)

    def _on_frame(self, frame: LiveEvent) -> None:
        if isinstance(frame, MessageFrame):
            if frame.seq <= self._last.get(frame.conversation, 0):
                return  # already given out
            self._last[frame.conversation] = frame.seq
            if self._auto_delivered:
                self._due_delivered(frame.conversation)
        elif isinstance(frame, AckFrame):
            self._outbox.pop(frame.client_id, None)
            self._inflight.discard(frame.client_id)
        elif isinstance(frame, ResumedFrame):
            last = self._last.get(frame.conversation, 0)
            self._last[frame.conversation] = max(last, frame.last_seq)
        elif isinstance(frame, AssignedFrame):
            self._known.add(frame.conversation)
            resume = ResumeFrame(
                conversations={frame.conversation: self.last_seq(frame.conversation)}
            )
            self._queue(resume.model_dump_json())
        elif isinstance(frame, UnassignedFrame):
            self._known.discard(frame.conversation)
        elif isinstance(frame, ErrorFrame) and frame.ref in self._outbox:
            self._inflight.discard(frame.ref)
            if frame.code in RETRYABLE:
                loop = asyncio.get_running_loop()
                self._paused_until = max(self._paused_until, loop.time() + self._retry_after)
                self._pending = deque(c for c in self._outbox if c not in self._inflight)
                self._wake.set()
                return  # handled here; the user need not see it
            self._outbox.pop(frame.ref, None)
        self._events.put_nowait(frame)

    async def _write(self, ws: AsyncWebSocketSession) -> None:
        loop = asyncio.get_running_loop()
        tokens, at = self._burst, loop.time()
        while True:
            while not (self._control or self._pending):
                self._wake.clear()
                await self._wake.wait()
            now = loop.time()
            if now < self._paused_until:
                await asyncio.sleep(self._paused_until - now)
                continue
            tokens = min(self._burst, tokens + (now - at) * self._rate)
            at = now
            if tokens < 1.0:
                await asyncio.sleep((1.0 - tokens) / self._rate)
                continue
            if self._control:
                text = self._control.popleft()
            else:
                client_id = self._pending.popleft()
                frame = self._outbox.get(client_id)
                if frame is None or client_id in self._inflight:
                    continue
                self._inflight.add(client_id)
                text = frame.model_dump_json()
            tokens -= 1.0
            await ws.send_text(text)

    # --- helpers --------------------------------------------------------------------

    def _queue(self, text: str) -> None:
        if self.connected:
            self._control.append(text)
            self._wake.set()

    def _due_delivered(self, ref: str) -> None:
        if ref in self._delivered_due:
            return
        self._delivered_due.add(ref)
        asyncio.get_running_loop().call_later(0.5, self._flush_delivered, ref)

    def _flush_delivered(self, ref: str) -> None:
        self._delivered_due.discard(ref)
        if self._closing:
            return
        delivered, read = self._marks.get(ref, (0, 0))
        last = self._last.get(ref, 0)
        if last > delivered:
            self._marks[ref] = (last, read)
            self._queue_marks(ref)

    def _queue_marks(self, ref: str) -> None:
        self._queue(self._marks_frame(ref))

    def _marks_frame(self, ref: str) -> str:
        delivered, read = self._marks[ref]
        return ReceiptFrame(
            conversation=ref, delivered_seq=delivered, read_seq=read or None
        ).model_dump_json(exclude_none=True)

    def _set_state(
        self, state: Literal["connected", "reconnecting", "closed"], reason: str | None = None
    ) -> None:
        if state == self._state:
            return
        self._state = state
        self._events.put_nowait(ConnectionEvent(state=state, reason=reason))


def _parse(text: str) -> LiveEvent:
    try:
        frame: LiveEvent = SERVER_FRAME.validate_json(text)
        return frame
    except ValidationError:
        pass
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("type"), str):
        return OtherEvent(type=data["type"], data=data)
    return OtherEvent(type="unreadable", data={})


def _refused(exc: BaseException) -> bool:
    """Did the server refuse our credentials (somewhere inside ``exc``)?"""
    if isinstance(exc, _RefusedError):
        return True
    if isinstance(exc, WebSocketDisconnect):
        return exc.code == CLOSE_UNAUTHORIZED
    if isinstance(exc, BaseExceptionGroup):
        return any(_refused(inner) for inner in exc.exceptions)
    return False
