"""Frames of the live protocol (``/api/v1/live``), shared by the server and the client.

Every frame is one JSON object in one WebSocket text message, with a ``type``.
Client → server: ``auth`` (first, and only first), ``resume``, ``send``,
``typing``, ``receipt``, ``presence`` (agents), ``ping``, ``pong``.
Server → client: ``ready``, ``message``, ``ack``, ``resumed``, ``typing``,
``receipt``, ``assigned``, ``unassigned``, ``error``, ``ping``, ``pong``.
The client library adds ``connection`` (state changes of the socket), which is
never on the wire.

A conversation is named by its case reference (``RD-XXXX-XXXX-XXXX``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

MAX_BODY = 4000
MAX_CLIENT_ID = 64
MAX_TOKEN = 256
MAX_RESUME = 200  # conversations in one resume frame

Reference = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9-]+$")]
ClientId = Annotated[str, Field(min_length=1, max_length=MAX_CLIENT_ID)]
Seq = Annotated[int, Field(ge=0, le=2**31 - 1)]


class _Frame(BaseModel):
    # Unknown fields are ignored (newer clients may send more); missing ones are errors.
    model_config = ConfigDict(extra="ignore", frozen=True)


# --- client → server -------------------------------------------------------------------


class RequesterAuth(_Frame):
    """First frame of a requester: the case reference and its bearer token."""

    type: Literal["auth"] = "auth"
    role: Literal["requester"] = "requester"
    case: Reference
    token: Annotated[str, Field(min_length=1, max_length=MAX_TOKEN)] = Field(repr=False)


class AgentAuth(_Frame):
    """First frame of an agent: the session token from ``POST /agent/sessions``."""

    type: Literal["auth"] = "auth"
    role: Literal["agent"] = "agent"
    token: Annotated[str, Field(min_length=1, max_length=MAX_TOKEN)] = Field(repr=False)


AuthFrame = Annotated[RequesterAuth | AgentAuth, Field(discriminator="role")]


class ResumeFrame(_Frame):
    """Send me every message after these sequence numbers, then stream the rest live."""

    type: Literal["resume"] = "resume"
    conversations: dict[Reference, Seq] = Field(max_length=MAX_RESUME)


class SendFrame(_Frame):
    """A message. ``client_id`` makes resends idempotent; notes are for agents only."""

    type: Literal["send"] = "send"
    conversation: Reference
    client_id: ClientId
    kind: Literal["text", "note"] = "text"
    body: Annotated[str, Field(min_length=1, max_length=MAX_BODY)]
    attachment_id: Annotated[str, Field(min_length=1, max_length=32)] | None = None


class TypingFrame(_Frame):
    type: Literal["typing"] = "typing"
    conversation: Reference
    active: bool


class ReceiptFrame(_Frame):
    """How far this party has received and read; both only ever move forward."""

    type: Literal["receipt"] = "receipt"
    conversation: Reference
    delivered_seq: Seq | None = None
    read_seq: Seq | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        if self.delivered_seq is None and self.read_seq is None:
            raise ValueError("give delivered_seq, read_seq or both")
        return self


class PresenceFrame(_Frame):
    """An agent's availability for new chats."""

    type: Literal["presence"] = "presence"
    status: Literal["online", "away", "offline"]


class PingFrame(_Frame):
    type: Literal["ping"] = "ping"


class PongFrame(_Frame):
    type: Literal["pong"] = "pong"


ClientFrame = Annotated[
    AuthFrame
    | ResumeFrame
    | SendFrame
    | TypingFrame
    | ReceiptFrame
    | PresenceFrame
    | PingFrame
    | PongFrame,
    Field(discriminator="type"),
]
CLIENT_FRAME: TypeAdapter[ClientFrame] = TypeAdapter(ClientFrame)
CLIENT_TYPES = frozenset(
    {"auth", "resume", "send", "typing", "receipt", "presence", "ping", "pong"}
)


# --- server → client -------------------------------------------------------------------


class ConversationInfo(_Frame):
    conversation: str
    last_seq: int


class ReadyFrame(_Frame):
    """Authenticated. ``party`` is ``requester`` or ``agent:<id>``."""

    type: Literal["ready"] = "ready"
    party: str
    conversations: list[ConversationInfo]


class MessageFrame(_Frame):
    """A stored message, in sequence order per conversation."""

    type: Literal["message"] = "message"
    conversation: str
    seq: int
    client_id: str
    sender: str
    kind: str
    body: str
    attachment_id: int | str | None = None
    at: datetime


class AckFrame(_Frame):
    """Your message ``client_id`` is committed as ``seq`` (sent again for a resend)."""

    type: Literal["ack"] = "ack"
    client_id: str
    conversation: str
    seq: int


class ResumedFrame(_Frame):
    """Everything up to ``last_seq`` has been sent; new messages follow live."""

    type: Literal["resumed"] = "resumed"
    conversation: str
    last_seq: int


class TypingEvent(_Frame):
    type: Literal["typing"] = "typing"
    conversation: str
    party: str
    active: bool


class ReceiptEvent(_Frame):
    type: Literal["receipt"] = "receipt"
    conversation: str
    party: str
    delivered_seq: int
    read_seq: int


class AssignedFrame(_Frame):
    """A conversation was assigned to you (agents); resume it to receive its messages."""

    type: Literal["assigned"] = "assigned"
    conversation: str
    last_seq: int


class UnassignedFrame(_Frame):
    type: Literal["unassigned"] = "unassigned"
    conversation: str


class ErrorFrame(_Frame):
    """Something in a frame was wrong; ``ref`` is the client id of the send it concerns."""

    type: Literal["error"] = "error"
    code: str
    detail: str
    ref: str | None = None


ServerFrame = Annotated[
    ReadyFrame
    | MessageFrame
    | AckFrame
    | ResumedFrame
    | TypingEvent
    | ReceiptEvent
    | AssignedFrame
    | UnassignedFrame
    | ErrorFrame
    | PingFrame
    | PongFrame,
    Field(discriminator="type"),
]
SERVER_FRAME: TypeAdapter[ServerFrame] = TypeAdapter(ServerFrame)


class OtherEvent(_Frame):
    """A server frame this client version does not know (e.g. queue updates); kept as data."""

    type: str
    data: dict[str, Any]


class ConnectionEvent(_Frame):
    """Client-side only: the live socket's state changed."""

    type: Literal["connection"] = "connection"
    state: Literal["connected", "reconnecting", "closed"]
    reason: str | None = None


LiveEvent = ServerFrame | OtherEvent | ConnectionEvent

# Error codes of ``ErrorFrame`` (stable; clients translate them).
ERROR_CODES = {
    "unauthorized": "Authenticate with the first frame.",
    "bad_json": "The frame is not a JSON object.",
    "bad_frame": "The frame is missing a field or has a wrong value.",
    "unknown_type": "The frame type is not known.",
    "too_large": "The frame is larger than the server accepts.",
    "rate_limited": "Too many frames; slow down.",
    "forbidden": "You may not use this conversation.",
    "closed": "The case is closed.",
    "not_stored": "The message could not be stored; send it again.",
    "bad_attachment": "No such attachment in this conversation.",
    "unavailable": "The server cannot do this right now; try again later.",
    "server_error": "The server failed on this frame; send it again.",
}
