"""``/api/v1/live``: one WebSocket per client session (shared/DESIGN.md §4 "Live protocol").

The first frame authenticates (``auth``; a token in the URL is refused, never
read); anything else first, a wrong token or silence for ``auth_seconds`` gets an
``error`` frame and close code 4401. Then the server sends ``ready`` and the
client ``resume``s its conversations. A ``send`` is stored in one transaction
(with the case's service-level times); the ``ack`` and the fan-out on the bus
happen only after the commit. Bad frames get an ``error`` frame and the
connection stays up; only a flood (over the rate for ``flood_seconds``) or an
idle client is closed. See :mod:`recovery_app.schemas.live` for every frame.

Routing hooks: ``recovery_app.services.routing.agent_connected(services, agent_id)``
when an agent's first connection in this process opens,
``agent_disconnected(services, agent_id)`` when their last one closes, and
``set_presence(services, agent_id, status)`` for a ``presence`` frame. They are
called only if that module and function exist (the routing service provides
them); connected/disconnected calls always come in pairs per process.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, WebSocket
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.websockets import WebSocketState

from recovery_app.domain.case_flow import CLOSED
from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import CaseState
from recovery_app.schemas.live import (
    MAX_BODY,
    AgentAuth,
    PingFrame,
    PongFrame,
    PresenceFrame,
    ReceiptFrame,
    RequesterAuth,
    ResumeFrame,
    SendFrame,
    TypingFrame,
)
from recovery_app.server.live.frames import FrameError, dumps, error_frame, parse, peek_ref
from recovery_app.server.live.hub import (
    CLOSE_FLOOD,
    CLOSE_TRY_AGAIN,
    CLOSE_UNAUTHORIZED,
    Connection,
    ConvState,
    Hub,
    conv_channel,
    conversation_of_case,
    conversations_of_agent,
    load_agent_conversation,
)
from recovery_app.services import agents, messages, receipts
from recovery_app.services.case_access import case_for_agent, case_for_requester
from recovery_app.services.chat_posts import clean_text
from recovery_app.services.context import Services
from recovery_app.storage.models import Attachment, Case, Conversation

log = logging.getLogger(__name__)

router = APIRouter()

_TOKEN_PARAMS = frozenset({"token", "access_token", "auth", "bearer", "key"})
_PONG = dumps({"type": "pong"})


@router.websocket("/live")
async def live(websocket: WebSocket) -> None:
    """The live socket. Authenticate with the first frame; see the module docstring."""
    hub: Hub = websocket.app.state.hub
    hub.handler_started()
    try:
        await _serve(hub, websocket)
    finally:
        hub.handler_finished()


async def _serve(hub: Hub, websocket: WebSocket) -> None:
    await websocket.accept()
    if hub.stopping:
        await websocket.close(1001, "server stopping")
        return
    conn = await _authenticate(hub, websocket)
    if conn is None:
        return
    first = hub.register(conn)
    try:
        conn.push_frame(
            {
                "type": "ready",
                "party": conn.party,
                "conversations": [
                    {"conversation": state.ref, "last_seq": state.sent}
                    for state in conn.convs.values()
                ],
            }
        )
        if first and conn.agent_id is not None:
            await _routing(hub.services, "agent_connected", conn.agent_id)
        await _read(hub, conn)
    finally:
        last = hub.unregister(conn)
        if last and conn.agent_id is not None:
            await _routing(hub.services, "agent_disconnected", conn.agent_id)


# --- authentication ----------------------------------------------------------------------


async def _authenticate(hub: Hub, websocket: WebSocket) -> Connection | None:
    if _TOKEN_PARAMS & {key.lower() for key in websocket.query_params}:
        await _refuse(websocket, "Never put a token in the URL: send it in the auth frame.")
        return None
    try:
        message = await asyncio.wait_for(websocket.receive(), hub.limits.auth_seconds)
    except TimeoutError:
        await _refuse(websocket, "No auth frame arrived in time. Authenticate first.")
        return None
    if message["type"] == "websocket.disconnect":
        return None
    text = message.get("text")
    if not isinstance(text, str) or len(text) > hub.limits.max_frame_bytes:
        await _refuse(websocket, "The first frame must be an auth frame.")
        return None
    try:
        frame = parse(text)
    except FrameError:
        frame = None
    try:
        if isinstance(frame, RequesterAuth):
            conn = await _requester(hub, websocket, frame)
        elif isinstance(frame, AgentAuth):
            conn = await _agent(hub, websocket, frame)
        else:
            await _refuse(websocket, "The first frame must be an auth frame.")
            return None
    except (SQLAlchemyError, OSError):
        log.warning("live auth failed: database unavailable", exc_info=True)
        await _unavailable(websocket)
        return None
    if conn is None:
        await _refuse(websocket, "These credentials are not valid. Sign in again.")
    return conn


async def _refuse(websocket: WebSocket, detail: str) -> None:
    try:
        await websocket.send_text(dumps(error_frame("unauthorized", detail)))
        await websocket.close(CLOSE_UNAUTHORIZED, "unauthorized")
    except Exception:  # already gone
        log.debug("live client left before it was refused")


async def _unavailable(websocket: WebSocket) -> None:
    """The database is away: try again later (not an authentication failure)."""
    detail = "The service cannot reach its database right now. Try again in a moment."
    try:
        await websocket.send_text(dumps(error_frame("unavailable", detail)))
        await websocket.close(CLOSE_TRY_AGAIN, "unavailable")
    except Exception:
        log.debug("live client left before it was told")


async def _requester(hub: Hub, websocket: WebSocket, frame: RequesterAuth) -> Connection | None:
    services = hub.services
    async with services.read() as session:
        try:
            case = await case_for_requester(session, services.keys, frame.case, frame.token)
        except NotFoundError:
            log.info("live auth refused", extra={"role": "requester"})
            return None
    conversation_id, last_seq = await conversation_of_case(services, case)
    conn = Connection(hub, websocket, messages.REQUESTER, None)
    conn.track(conversation_id, case.id, case.reference).sent = last_seq
    return conn


async def _agent(hub: Hub, websocket: WebSocket, frame: AgentAuth) -> Connection | None:
    principal = await agents.authenticate_session(hub.services, frame.token)
    if principal is None:
        log.info("live auth refused", extra={"role": "agent"})
        return None
    conn = Connection(hub, websocket, messages.agent_party(principal.id), principal.id)
    for conversation_id, case_id, ref, last_seq in await conversations_of_agent(
        hub.services, principal.id
    ):
        conn.track(conversation_id, case_id, ref).sent = last_seq
    return conn


# --- frames ------------------------------------------------------------------------------


async def _read(hub: Hub, conn: Connection) -> None:
    loop = asyncio.get_running_loop()
    limits = hub.limits
    while True:
        message = await conn.ws.receive()
        if message["type"] == "websocket.disconnect":
            return
        if conn.closing:
            continue  # closing: drain until the peer's close arrives
        now = loop.time()
        conn.last_in = now
        text = message.get("text")
        if text is None:
            _error(conn, FrameError("bad_frame", "Send frames as JSON text, not binary."))
            continue
        if len(text) > limits.max_frame_bytes or (
            len(text) * 4 > limits.max_frame_bytes
            and len(text.encode("utf-8", "surrogatepass")) > limits.max_frame_bytes
        ):
            detail = f"The frame is larger than {limits.max_frame_bytes // 1024} KiB."
            _error(conn, FrameError("too_large", detail, peek_ref(text)))
            continue
        if not conn.allow(now):
            if conn.flooding(now):
                _error(conn, FrameError("rate_limited", "Too many frames for too long."))
                conn.close(CLOSE_FLOOD, "too many frames")
                continue
            if conn.backlog < limits.queue_size // 2:
                detail = f"Too many frames: at most {limits.rate:g} a second. Slow down."
                _error(conn, FrameError("rate_limited", detail, peek_ref(text)))
            continue
        try:
            await _dispatch(hub, conn, parse(text))
        except FrameError as exc:
            _error(conn, exc)
        except Exception:
            log.exception("live frame failed", extra={"party": conn.party})
            _error(conn, FrameError("server_error", "The server failed on this frame."))
        if conn.ws.application_state == WebSocketState.DISCONNECTED:
            return


def _error(conn: Connection, exc: FrameError) -> None:
    conn.push_frame(exc.frame())


async def _dispatch(hub: Hub, conn: Connection, frame: Any) -> None:
    if isinstance(frame, SendFrame):
        await _send(hub, conn, frame)
    elif isinstance(frame, ResumeFrame):
        await _resume(hub, conn, frame)
    elif isinstance(frame, TypingFrame):
        await _typing(hub, conn, frame)
    elif isinstance(frame, ReceiptFrame):
        await _receipt(hub, conn, frame)
    elif isinstance(frame, PingFrame):
        conn.push(_PONG)
    elif isinstance(frame, PongFrame):
        pass  # last_in is already updated
    elif isinstance(frame, PresenceFrame):
        await _presence(hub, conn, frame)
    else:  # a second auth frame
        raise FrameError("bad_frame", "Already authenticated: auth only comes first.")


def _forbidden(ref: str | None = None) -> FrameError:
    return FrameError(
        "forbidden",
        "You may not use this conversation: it is not yours, not assigned to you, or closed.",
        ref,
    )


async def _state_for(hub: Hub, conn: Connection, ref: str, *, check: bool) -> ConvState:
    """This connection's state of conversation ``ref``, if it may use it.

    Agents are checked against the database when ``check`` (or when the
    conversation is new to this connection); requesters only ever have their own.
    """
    ref = ref.strip().upper()
    state = conn.by_ref.get(ref)
    if conn.agent_id is None:
        if state is None:
            raise _forbidden()
        return state
    if state is not None and not check:
        return state
    found = await load_agent_conversation(hub.services, ref, conn.agent_id)
    if found is None:
        conn.untrack(ref)
        raise _forbidden()
    conversation_id, case_id, _ = found
    return conn.track(conversation_id, case_id, ref)


async def _resume(hub: Hub, conn: Connection, frame: ResumeFrame) -> None:
    for ref, last_seq in frame.conversations.items():
        try:
            state = await _state_for(hub, conn, ref, check=True)
        except FrameError as exc:
            exc.detail = f"You may not use conversation {ref.strip().upper()}."
            _error(conn, exc)
            continue
        await conn.wait_synced(state)
        state.streaming = True
        state.sent = last_seq
        state.wanted = 0
        await conn.sync(state, clamp=True)
        conn.push_frame({"type": "resumed", "conversation": state.ref, "last_seq": state.sent})


async def _send(hub: Hub, conn: Connection, frame: SendFrame) -> None:
    ref = frame.conversation.strip().upper()
    if frame.kind == "note" and conn.agent_id is None:
        raise FrameError("forbidden", "Only agents can write notes.", frame.client_id)
    if conn.agent_id is None and ref not in conn.by_ref:
        raise _forbidden(frame.client_id)
    body = clean_text(frame.body, MAX_BODY)  # no control or direction-override characters
    if not body:
        raise FrameError("bad_frame", "The message has no visible text.", frame.client_id)
    services = hub.services
    now = services.clock.now()
    try:
        async with services.transaction() as session:  # messages are not audited
            case = await _case_for_send(session, conn, ref, frame.client_id)
            attachment_id = await _attachment(session, case, frame)
            stored = await messages.append(
                session,
                case,
                sender=conn.party,
                client_id=frame.client_id,
                kind=frame.kind,
                body=body,
                now=now,
                attachment_id=attachment_id,
                conversation_id=_known_conversation(conn, ref),
            )
            if stored.created:
                _service_levels(case, conn, frame.kind, now)
            event = stored.event(case.reference)
            conversation_id, case_id = stored.message.conversation_id, case.id
    except SQLAlchemyError:
        log.exception("live message not stored", extra={"party": conn.party})
        raise FrameError(
            "not_stored", "The message could not be stored. Send it again.", frame.client_id
        ) from None
    # Committed: acknowledge, then fan out.
    conn.push_frame(
        {"type": "ack", "client_id": frame.client_id, "conversation": ref, "seq": event["seq"]}
    )
    if conn.agent_id is not None:
        conn.track(conversation_id, case_id, case.reference)
    if stored.created:
        hub.publish(conv_channel(conversation_id), event)


def _known_conversation(conn: Connection, ref: str) -> int | None:
    state = conn.by_ref.get(ref)
    return state.conversation_id if state is not None else None


async def _case_for_send(session: AsyncSession, conn: Connection, ref: str, client_id: str) -> Case:
    if conn.agent_id is not None:
        try:
            return await case_for_agent(session, ref, conn.agent_id)
        except NotFoundError:
            conn.untrack(ref)
            raise _forbidden(client_id) from None
    state = conn.by_ref[ref]
    case = await session.get(Case, state.case_id)
    if case is None:
        raise _forbidden(client_id)
    if CaseState(case.state) in CLOSED:
        raise FrameError("closed", "This case is closed; open a new one.", client_id)
    return case


async def _attachment(session: AsyncSession, case: Case, frame: SendFrame) -> int | None:
    if frame.attachment_id is None:
        return None
    attachment_id: int | None = await session.scalar(
        select(Attachment.id)
        .join(Conversation, Conversation.id == Attachment.conversation_id)
        .where(Attachment.public_id == frame.attachment_id, Conversation.case_id == case.id)
    )
    if attachment_id is None:
        raise FrameError(
            "bad_attachment", "No such attachment in this conversation.", frame.client_id
        )
    return attachment_id


def _service_levels(case: Case, conn: Connection, kind: str, now: Any) -> None:
    """First response and waiting-for-a-reply times, in the message's transaction."""
    if conn.agent_id is None:
        if case.awaiting_reply_since is None:
            case.awaiting_reply_since = now
    elif kind == "text":
        if case.first_response_at is None:
            case.first_response_at = now
        case.awaiting_reply_since = None


async def _typing(hub: Hub, conn: Connection, frame: TypingFrame) -> None:
    state = await _state_for(hub, conn, frame.conversation, check=False)
    now = asyncio.get_running_loop().time()
    if frame.active == state.typing_active and now - state.typing_at < hub.limits.typing_seconds:
        return  # the same news again, too soon
    state.typing_active, state.typing_at = frame.active, now
    event = {
        "type": "typing",
        "conversation": state.ref,
        "party": conn.party,
        "active": frame.active,
    }
    hub.publish(conv_channel(state.conversation_id), event)


async def _receipt(hub: Hub, conn: Connection, frame: ReceiptFrame) -> None:
    state = await _state_for(hub, conn, frame.conversation, check=False)
    services = hub.services
    async with services.transaction() as session:  # receipts are not audited
        conversation = await session.get(Conversation, state.conversation_id)
        if conversation is None:
            raise _forbidden()
        marks = await receipts.record(
            session,
            conversation,
            conn.party,
            now=services.clock.now(),
            delivered_seq=frame.delivered_seq,
            read_seq=frame.read_seq,
        )
    if marks.changed:
        hub.publish(conv_channel(state.conversation_id), marks.event(state.ref))


async def _presence(hub: Hub, conn: Connection, frame: PresenceFrame) -> None:
    if conn.agent_id is None:
        raise FrameError("forbidden", "Only agents have a presence.")
    if not await _routing(hub.services, "set_presence", conn.agent_id, frame.status):
        raise FrameError("unavailable", "Presence is not available on this server yet.")


# --- routing hooks -----------------------------------------------------------------------


def _routing_hook(name: str) -> Callable[..., Any] | None:
    try:
        routing = importlib.import_module("recovery_app.services.routing")
    except ImportError:
        return None
    hook = getattr(routing, name, None)
    return hook if callable(hook) else None


async def _routing(services: Services, name: str, *args: Any) -> bool:
    """Call ``routing.<name>(services, *args)`` if it exists; False when it does not."""
    hook = _routing_hook(name)
    if hook is None:
        return False
    try:
        result = hook(services, *args)
        if inspect.isawaitable(result):
            await result
    except Exception:
        log.exception("routing hook failed", extra={"hook": name})
    return True
