"""The hub: this process's live connections, what each listens to, and delivery to them.

Events come from the bus (``handle(channel, event)``), never straight from the
code that caused them, so one path serves one process and many. Channels:
``conv:<conversation id>`` (messages, typing, receipts), ``agent:<id>``
(``assigned`` / ``unassigned`` and anything else for that agent) and ``queue``
(for agents).

Delivery is ordered per connection and conversation: a connection remembers the
last sequence number it was given (``sent``); the next one goes straight out, a
duplicate is dropped, and a gap (two commits published in the other order, an
event lost while Redis reconnected) is filled from the database before anything
newer is sent. Notes count for requesters (their ``sent`` moves past them) but
are never sent to them. Message events only flow once the client has resumed the
conversation, so what it gets is exactly "everything after my last seq, in order".

Each connection has a bounded outgoing queue drained by its own short-lived
writer task: a slow client never blocks delivery to the others, and one whose
queue overflows is closed (it will reconnect and resume). An idle connection
holds no task of its own besides its reader, which keeps it small (P5).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from starlette.websockets import WebSocket

from recovery_app.domain.case_flow import CLOSED
from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import CaseState
from recovery_app.server.live.bus import Event
from recovery_app.server.live.frames import dumps
from recovery_app.server.live.redis_bus import RESYNC_CHANNEL
from recovery_app.services.case_access import case_for_agent
from recovery_app.services.context import Services
from recovery_app.services.messages import conversation_for, message_event
from recovery_app.storage.models import Case, Conversation, Message

log = logging.getLogger(__name__)

# Close codes (4xxx are ours).
CLOSE_GOING_AWAY = 1001
CLOSE_TRY_AGAIN = 1013  # the client could not keep up: reconnect and resume
CLOSE_UNAUTHORIZED = 4401
CLOSE_IDLE = 4408
CLOSE_FLOOD = 4429

# Large enough for a 4,000-character body under any JSON escaping (\uXXXX\uXXXX per
# character is 12 bytes), small enough that a frame never costs much to parse.
MAX_FRAME_BYTES = 64 * 1024
SYNC_PAGE = 500
MAX_UNPUBLISHED = 10_000  # events waiting for the bus (Redis down): older ones are dropped

_PING = dumps({"type": "ping"})


@dataclass(slots=True)
class LiveLimits:
    """Limits and timers of the live endpoint (tests shorten them)."""

    max_frame_bytes: int = MAX_FRAME_BYTES
    rate: float = 20.0  # frames per second per connection, sustained
    burst: float = 40.0
    flood_seconds: float = 5.0  # over the rate this long without a pause: closed
    queue_size: int = 512  # frames waiting for a slow client before it is dropped
    heartbeat_seconds: float = 20.0  # the server sends {"type": "ping"} this often
    idle_seconds: float = 60.0  # nothing from the client this long: closed
    auth_seconds: float = 10.0  # the auth frame must come this soon
    typing_seconds: float = 1.0  # at most one typing event per conversation this often
    # Agents' subscriptions are checked against the database this often, so a case
    # reassigned without an "unassigned" event stops reaching its former agent.
    recheck_seconds: float = 15.0


def conv_channel(conversation_id: int) -> str:
    return f"conv:{conversation_id}"


def agent_channel(agent_id: int) -> str:
    return f"agent:{agent_id}"


QUEUE_CHANNEL = "queue"


class ConvState:
    """One connection's view of one conversation."""

    __slots__ = (
        "case_id",
        "conversation_id",
        "ref",
        "sent",
        "streaming",
        "sync_task",
        "syncing",
        "typing_active",
        "typing_at",
        "wanted",
    )

    def __init__(self, conversation_id: int, case_id: int, ref: str) -> None:
        self.conversation_id = conversation_id
        self.case_id = case_id
        self.ref = ref
        self.sent = 0  # highest seq handed to the client (or skipped: a note)
        self.wanted = 0  # highest seq announced by the bus
        self.streaming = False  # set by the client's resume
        self.syncing = False
        self.sync_task: asyncio.Task[None] | None = None
        self.typing_at = 0.0
        self.typing_active = False


class Connection:
    """One authenticated WebSocket: its subscriptions and its outgoing queue."""

    __slots__ = (
        "_out",
        "_writer",
        "agent_id",
        "by_ref",
        "close_code",
        "closing",
        "convs",
        "flood_since",
        "hub",
        "last_in",
        "last_ping",
        "last_reject",
        "party",
        "tokens",
        "tokens_at",
        "ws",
    )

    def __init__(self, hub: Hub, ws: WebSocket, party: str, agent_id: int | None) -> None:
        now = asyncio.get_running_loop().time()
        self.hub = hub
        self.ws = ws
        self.party = party
        self.agent_id = agent_id
        self.convs: dict[int, ConvState] = {}
        self.by_ref: dict[str, ConvState] = {}
        self._out: deque[str | None] = deque()
        self._writer: asyncio.Task[None] | None = None
        self.closing = False
        self.close_code: tuple[int, str] = (1000, "")
        self.last_in = now
        self.last_ping = now
        self.tokens = hub.limits.burst
        self.tokens_at = now
        self.flood_since: float | None = None
        self.last_reject = 0.0

    @property
    def is_agent(self) -> bool:
        return self.agent_id is not None

    # --- output ---------------------------------------------------------------------

    def push(self, text: str) -> None:
        """Queue a frame; never waits. A client too far behind is closed."""
        if self.closing:
            return
        if len(self._out) >= self.hub.limits.queue_size:
            log.info("live client too slow; closing it", extra={"party": self.party})
            self.close(CLOSE_TRY_AGAIN, "too slow", drain=False)
            return
        self._out.append(text)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())

    def push_frame(self, frame: dict[str, Any]) -> None:
        self.push(dumps(frame))

    @property
    def backlog(self) -> int:
        return len(self._out)

    async def _write(self) -> None:
        try:
            while self._out:
                text = self._out.popleft()
                if text is None:  # close after what was queued before it
                    await self._close_socket(*self.close_code)
                    return
                await self.ws.send_text(text)
        except asyncio.CancelledError:
            raise
        except Exception:  # the peer went away; the reader notices and cleans up
            self.closing = True
            self._out.clear()
        finally:
            self._writer = None

    def close(self, code: int, reason: str = "", *, drain: bool = True) -> None:
        """Close the socket, after the queued frames when ``drain``."""
        if self.closing:
            return
        self.closing = True
        self.close_code = (code, reason)
        if drain and len(self._out) < self.hub.limits.queue_size:
            self._out.append(None)
            if self._writer is None:
                self._writer = asyncio.create_task(self._write())
            return
        self._out.clear()
        if self._writer is not None:
            self._writer.cancel()
        self.hub.spawn(self._close_socket(code, reason))

    async def _close_socket(self, code: int, reason: str) -> None:
        with contextlib.suppress(Exception):
            await self.ws.close(code, reason)

    # --- rate limit -----------------------------------------------------------------

    def allow(self, now: float) -> bool:
        """Token bucket: ``rate`` frames a second, ``burst`` at once."""
        limits = self.hub.limits
        self.tokens = min(limits.burst, self.tokens + (now - self.tokens_at) * limits.rate)
        self.tokens_at = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        if self.flood_since is None or now - self.last_reject > 1.0:
            self.flood_since = now
        self.last_reject = now
        return False

    def flooding(self, now: float) -> bool:
        return (
            self.flood_since is not None
            and now - self.flood_since >= self.hub.limits.flood_seconds
            and now - self.last_reject <= 1.0
        )

    # --- conversations --------------------------------------------------------------

    def track(self, conversation_id: int, case_id: int, ref: str) -> ConvState:
        """Follow a conversation (not streaming messages until resumed)."""
        state = self.convs.get(conversation_id)
        if state is None:
            state = ConvState(conversation_id, case_id, ref)
            self.convs[conversation_id] = state
            self.by_ref[ref] = state
            self.hub.subscribe(self, conv_channel(conversation_id))
        return state

    def untrack(self, ref: str) -> None:
        state = self.by_ref.pop(ref, None)
        if state is None:
            return
        self.convs.pop(state.conversation_id, None)
        if state.sync_task is not None:
            state.sync_task.cancel()
        self.hub.unsubscribe(self, conv_channel(state.conversation_id))

    def on_message(self, state: ConvState, seq: int, hidden: bool, text: str) -> None:
        """A message event from the bus, for a conversation this connection streams."""
        if seq <= state.sent:
            return  # already sent (or skipped)
        if seq == state.sent + 1 and not state.syncing:
            state.sent = seq
            if not hidden:
                self.push(text)
            return
        state.wanted = max(state.wanted, seq)
        self.start_sync(state)

    def start_sync(self, state: ConvState) -> None:
        if state.syncing or self.closing:
            return
        state.syncing = True
        state.sync_task = self.hub.spawn(self.sync(state))

    async def sync(self, state: ConvState, *, clamp: bool = False) -> None:
        """Send every stored message after ``state.sent`` (callers set ``syncing``)."""
        state.syncing = True
        stalls = 0
        page = max(1, min(SYNC_PAGE, self.hub.limits.queue_size // 2))
        try:
            while not self.closing:
                await self._room(page)  # a long history must not overflow the queue
                async with self.hub.services.read() as session:
                    top = await session.scalar(
                        select(Conversation.last_seq).where(
                            Conversation.id == state.conversation_id
                        )
                    )
                    top = top or 0
                    if clamp:
                        state.sent = min(state.sent, top)
                        clamp = False
                    query = (
                        select(Message)
                        .where(
                            Message.conversation_id == state.conversation_id,
                            Message.seq > state.sent,
                        )
                        .order_by(Message.seq)
                        .limit(page)
                    )
                    if not self.is_agent:
                        query = query.where(Message.kind != "note")
                    rows = list((await session.scalars(query)).all())
                before = state.sent
                for message in rows:
                    if message.seq > state.sent:
                        state.sent = message.seq
                        self.push(dumps(message_event(message, state.ref)))
                if len(rows) == page:
                    continue
                # Everything up to ``top`` was committed before the page was read.
                state.sent = max(state.sent, top)
                if state.wanted <= state.sent:
                    return
                if state.sent == before:
                    stalls += 1
                    if stalls > 40:  # announced but never visible: give up until the next event
                        log.warning("live sync: announced message not found")
                        state.wanted = state.sent
                        return
                    await asyncio.sleep(0.05)
        finally:
            state.syncing = False
            state.sync_task = None

    async def _room(self, frames: int) -> None:
        """Wait until ``frames`` more fit in the outgoing queue.

        Polls: it only runs while a long history is resumed, and an Event per
        connection would cost every idle connection memory (P5).
        """
        while not self.closing and len(self._out) + frames > self.hub.limits.queue_size:  # noqa: ASYNC110
            await asyncio.sleep(0.01)

    async def wait_synced(self, state: ConvState) -> None:
        """Let a running background sync of ``state`` finish (its outcome does not matter)."""
        while state.syncing and state.sync_task is not None:
            task = state.sync_task
            await asyncio.wait({task})
            if state.sync_task is task:  # cancelled before it ever ran
                state.syncing, state.sync_task = False, None


class Hub:
    """Every live connection of this server process."""

    def __init__(self, services: Services, limits: LiveLimits | None = None) -> None:
        self.services = services
        self.limits = limits or LiveLimits()
        self.connections: set[Connection] = set()
        self._channels: dict[str, set[Connection]] = {}
        self._agents: dict[int, int] = {}  # agent id -> local connections
        self._tasks: set[asyncio.Task[Any]] = set()
        self._sweeper: asyncio.Task[None] | None = None
        self._handlers = 0  # endpoint handlers still running (for a clean stop)
        self._no_handlers = asyncio.Event()
        self._no_handlers.set()
        self._unpublished: deque[tuple[str, Event]] = deque()
        self._reconfigured = asyncio.Event()
        self._publisher: asyncio.Task[None] | None = None
        self.stopping = False

    # --- life -----------------------------------------------------------------------

    def configure(self, **changes: Any) -> LiveLimits:
        """Change limits and timers while running (tests shorten them)."""
        for name, value in changes.items():
            if not hasattr(self.limits, name):
                raise AttributeError(f"LiveLimits has no {name!r}")
            setattr(self.limits, name, value)
        self._reconfigured.set()  # the sweeper picks up new timers at once
        return self.limits

    async def start(self) -> None:
        await self.services.bus.start(self.handle)
        self._sweeper = asyncio.create_task(self._sweep(), name="live-sweeper")

    async def stop(self) -> None:
        self.stopping = True
        for conn in list(self.connections):
            conn.close(CLOSE_GOING_AWAY, "server stopping", drain=False)
        if self._handlers:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._no_handlers.wait(), 3.0)
        publisher = self._publisher
        if publisher is not None:  # what was committed goes out first
            with contextlib.suppress(TimeoutError, Exception):
                await asyncio.wait_for(asyncio.shield(publisher), 2.0)
            publisher.cancel()
        if self._sweeper is not None:
            self._sweeper.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(
            *self._tasks, *([self._sweeper] if self._sweeper else []), return_exceptions=True
        )
        await self.services.bus.stop()

    def publish(self, channel: str, event: Event) -> None:
        """Publish on the bus, in order, without making the caller wait for the bus.

        Callers have committed already. While the bus is down events wait here (a
        few retries each, then dropped with a warning): what was stored still
        reaches everyone through the sequence-gap fill and resume.
        """
        if len(self._unpublished) >= MAX_UNPUBLISHED:
            self._unpublished.popleft()
            log.warning("live bus backlog full; dropping the oldest event")
        self._unpublished.append((channel, event))
        if self._publisher is None:
            self._publisher = asyncio.create_task(self._publish_all(), name="live-publisher")

    async def _publish_all(self) -> None:
        try:
            while self._unpublished:
                channel, event = self._unpublished.popleft()
                for attempt in range(4):
                    try:
                        await self.services.bus.publish(channel, event)
                        break
                    except Exception:
                        if attempt == 3:
                            log.warning(
                                "live event not published; clients catch up when they resume",
                                extra={"event": event.get("type")},
                                exc_info=True,
                            )
                        else:
                            await asyncio.sleep(0.1 * 2**attempt)
        finally:
            self._publisher = None

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("live background task failed", exc_info=task.exception())

    def handler_started(self) -> None:
        self._handlers += 1
        self._no_handlers.clear()

    def handler_finished(self) -> None:
        self._handlers -= 1
        if self._handlers == 0:
            self._no_handlers.set()

    # --- registry -------------------------------------------------------------------

    def register(self, conn: Connection) -> bool:
        """Add a connection; True when it is the agent's first one in this process."""
        self.connections.add(conn)
        if conn.agent_id is None:
            return False
        self.subscribe(conn, agent_channel(conn.agent_id))
        self.subscribe(conn, QUEUE_CHANNEL)
        count = self._agents.get(conn.agent_id, 0) + 1
        self._agents[conn.agent_id] = count
        return count == 1

    def unregister(self, conn: Connection) -> bool:
        """Remove a connection; True when it was the agent's last one in this process."""
        if conn not in self.connections:
            return False
        self.connections.discard(conn)
        conn.closing = True
        for state in list(conn.convs.values()):
            conn.untrack(state.ref)
        if conn.agent_id is None:
            return False
        self.unsubscribe(conn, agent_channel(conn.agent_id))
        self.unsubscribe(conn, QUEUE_CHANNEL)
        count = self._agents.get(conn.agent_id, 0) - 1
        if count > 0:
            self._agents[conn.agent_id] = count
            return False
        self._agents.pop(conn.agent_id, None)
        return True

    def subscribe(self, conn: Connection, channel: str) -> None:
        self._channels.setdefault(channel, set()).add(conn)

    def unsubscribe(self, conn: Connection, channel: str) -> None:
        subs = self._channels.get(channel)
        if subs is not None:
            subs.discard(conn)
            if not subs:
                del self._channels[channel]

    def subscriber_count(self, channel: str) -> int:
        return len(self._channels.get(channel, ()))

    # --- delivery -------------------------------------------------------------------

    async def handle(self, channel: str, event: Event) -> None:
        """Deliver one bus event to this process's subscribers. Never waits on a client."""
        try:
            self._handle(channel, event)
        except Exception:
            log.exception("live event could not be delivered", extra={"channel": channel})

    def _handle(self, channel: str, event: Event) -> None:
        if channel == RESYNC_CHANNEL:  # the bus was down: fill whatever was missed
            for conn in list(self.connections):
                for state in conn.convs.values():
                    if state.streaming:
                        conn.start_sync(state)
            return
        subs = self._channels.get(channel)
        if not subs:
            return
        kind = event.get("type")
        if channel.startswith("conv:"):
            if kind == "message":
                self._message(int(channel[5:]), subs, event)
                return
            text = dumps(event)
            origin = event.get("party") if kind == "typing" else None
            for conn in list(subs):
                if origin is None or conn.party != origin:
                    conn.push(text)
            return
        if channel.startswith("agent:") and kind in ("assigned", "unassigned"):
            ref = event.get("conversation") or event.get("case") or event.get("reference")
            if isinstance(ref, str):
                for conn in list(subs):
                    self.spawn(self._assignment(conn, kind, ref.strip().upper()))
            return
        text = dumps(event)
        for conn in list(subs):
            conn.push(text)

    def _message(self, conversation_id: int, subs: set[Connection], event: Event) -> None:
        seq = event.get("seq")
        if not isinstance(seq, int):
            return
        note = event.get("kind") == "note"
        text: str | None = None
        for conn in list(subs):
            state = conn.convs.get(conversation_id)
            if state is None or not state.streaming:
                continue
            hidden = note and not conn.is_agent
            if text is None and not hidden:
                text = dumps(event)
            conn.on_message(state, seq, hidden, text or "")

    async def _assignment(self, conn: Connection, kind: str, ref: str) -> None:
        if conn.closing or conn.agent_id is None:
            return
        if kind == "unassigned":
            conn.untrack(ref)
            conn.push_frame({"type": "unassigned", "conversation": ref})
            return
        found = await load_agent_conversation(self.services, ref, conn.agent_id)
        if found is None or conn.closing:
            return
        conversation_id, case_id, last_seq = found
        conn.track(conversation_id, case_id, ref)
        conn.push_frame({"type": "assigned", "conversation": ref, "last_seq": last_seq})

    # --- heartbeats -----------------------------------------------------------------

    async def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        rechecked = loop.time()
        rechecking: asyncio.Task[None] | None = None
        while True:
            limits = self.limits
            tick = min(limits.heartbeat_seconds, limits.idle_seconds, limits.recheck_seconds) / 4
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(min(1.0, max(0.05, tick))):
                    await self._reconfigured.wait()
            self._reconfigured.clear()
            now = loop.time()
            if now - rechecked >= limits.recheck_seconds and (
                rechecking is None or rechecking.done()
            ):
                rechecked = now
                rechecking = self.spawn(self.recheck_agents())
            for conn in list(self.connections):
                if conn.closing:
                    continue
                if now - conn.last_in >= limits.idle_seconds:
                    conn.close(CLOSE_IDLE, "no frames from the client", drain=False)
                elif now - conn.last_ping >= limits.heartbeat_seconds:
                    conn.last_ping = now
                    conn.push(_PING)

    async def recheck_agents(self) -> None:
        """Stop agents' connections following cases no longer open and assigned to them."""
        followed = [
            (conn, state)
            for conn in list(self.connections)
            if conn.agent_id is not None and not conn.closing
            for state in list(conn.convs.values())
        ]
        if not followed:
            return
        case_ids = sorted({state.case_id for _, state in followed})
        open_states = [state.value for state in CaseState if state not in CLOSED]
        async with self.services.read() as session:
            rows = await session.execute(
                select(Case.id, Case.assigned_agent_id).where(
                    Case.id.in_(case_ids), Case.state.in_(open_states)
                )
            )
            owner = {case_id: agent_id for case_id, agent_id in rows}
        for conn, state in followed:
            if owner.get(state.case_id) != conn.agent_id and state.ref in conn.by_ref:
                conn.untrack(state.ref)
                conn.push_frame({"type": "unassigned", "conversation": state.ref})


# --- database look-ups -------------------------------------------------------------------


async def conversations_of_agent(
    services: Services, agent_id: int
) -> list[tuple[int, int, str, int]]:
    """(conversation id, case id, reference, last seq) of the open cases assigned to the agent.

    Creates the conversation of any such case that has none yet.
    """
    open_states = [state.value for state in CaseState if state not in CLOSED]
    query = (
        select(Case.id, Case.reference, Conversation.id, Conversation.last_seq)
        .outerjoin(Conversation, Conversation.case_id == Case.id)
        .where(Case.assigned_agent_id == agent_id, Case.state.in_(open_states))
        .order_by(Case.id)
    )
    async with services.read() as session:
        rows = (await session.execute(query)).all()
    missing = [case_id for case_id, _, conversation_id, _ in rows if conversation_id is None]
    if missing:
        now = services.clock.now()
        async with services.write() as session:
            for case_id in missing:
                case = await session.get(Case, case_id)
                if case is not None:
                    await conversation_for(session, case, now)
        async with services.read() as session:
            rows = (await session.execute(query)).all()
    return [
        (conversation_id, case_id, reference, last_seq or 0)
        for case_id, reference, conversation_id, last_seq in rows
        if conversation_id is not None
    ]


async def conversation_of_case(services: Services, case: Case) -> tuple[int, int]:
    """(conversation id, last seq) of ``case``, creating the conversation if needed."""
    async with services.read() as session:
        row = (
            await session.execute(
                select(Conversation.id, Conversation.last_seq).where(
                    Conversation.case_id == case.id
                )
            )
        ).one_or_none()
    if row is not None:
        return row[0], row[1]
    async with services.write() as session:
        fresh = await session.get(Case, case.id)
        if fresh is None:
            raise NotFoundError()
        conversation = await conversation_for(session, fresh, services.clock.now())
        return conversation.id, conversation.last_seq


async def load_agent_conversation(
    services: Services, ref: str, agent_id: int
) -> tuple[int, int, int] | None:
    """(conversation id, case id, last seq) when ``ref`` is open and assigned to the agent."""
    async with services.read() as session:
        try:
            case = await case_for_agent(session, ref, agent_id)
        except NotFoundError:
            return None
    conversation_id, last_seq = await conversation_of_case(services, case)
    return conversation_id, case.id, last_seq
