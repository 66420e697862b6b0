"""Wire models of the chat features: attachments, notes, history, canned responses,
transfer and escalation, and the survey at close.

Request bodies bound every string and refuse unknown fields. Files themselves
travel as multipart uploads and raw downloads, not as JSON.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from recovery_app.domain.model import CaseState
from recovery_app.schemas.cases import Language
from recovery_app.schemas.common import VISIBLE

MAX_ID = 2**31 - 1
ClientId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9._:-]+$",
        description="The client's id for this message; resending it stores nothing new.",
    ),
]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AttachmentOut(BaseModel):
    """A stored attachment. Download it by ``id`` from the case it belongs to."""

    id: str
    filename: str = Field(description="The sender's file name, cleaned; its extension is real.")
    content_type: Literal["image/jpeg", "image/png", "application/pdf"]
    size: int = Field(description="Bytes of the stored (re-encoded) file.")
    is_id_document: bool = Field(description="Agents see a blurred copy until they reveal it.")
    has_thumbnail: bool
    uploaded_by: Literal["requester", "agent"]
    created_at: datetime
    seq: int | None = Field(description="The chat message that carries it.")


class MessageOut(BaseModel):
    """One chat message. Requesters never get ``note`` messages."""

    seq: int
    sender: str = Field(description="requester, agent:<id>, assistant or system.")
    sender_role: Literal["requester", "agent", "assistant", "system"]
    sender_name: str | None = Field(description="The agent's display name, for agents' messages.")
    kind: str = Field(description="text, note, attachment, system, challenge or survey.")
    body: str
    at: datetime
    attachment: AttachmentOut | None = None


class NoteIn(_Request):
    body: str = Field(min_length=1, max_length=4000, pattern=VISIBLE)
    client_id: ClientId | None = None


class NoteOut(BaseModel):
    seq: int
    created_at: datetime


class CannedIn(_Request):
    language: Language
    shortcut: str = Field(
        min_length=1,
        max_length=32,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$",
        description="What agents type to find it, e.g. 'greet'. Stored in lower case.",
    )
    title: str = Field(min_length=1, max_length=128, pattern=VISIBLE)
    body: str = Field(
        min_length=1,
        max_length=4000,
        pattern=VISIBLE,
        description="The text, with {name}, {case_ref} and {agent} where they belong.",
    )


class CannedOut(BaseModel):
    id: int
    language: str
    shortcut: str
    title: str
    body: str
    variables: list[str] = Field(description="The variables the text uses.")


class RenderedOut(BaseModel):
    text: str
    unknown_variables: list[str] = Field(
        description="Variables the server does not know; they are left in the text as written."
    )


class TransferIn(_Request):
    agent_id: int = Field(ge=1, le=MAX_ID)
    note: str = Field(
        min_length=1, max_length=2000, pattern=VISIBLE, description="Handover note, agents only."
    )


class EscalateIn(_Request):
    note: str = Field(
        min_length=1, max_length=2000, pattern=VISIBLE, description="Why, for the supervisor only."
    )


class HandoverOut(BaseModel):
    state: CaseState
    assigned_agent_id: int | None = Field(description="None: back in the queue.")
    escalated: bool


class SurveyIn(_Request):
    access_restored: StrictBool = Field(description="Was your access restored?")
    rating: int = Field(ge=1, le=5)
    comment: str | None = Field(default=None, max_length=2000)


class SurveyOut(BaseModel):
    answered: bool
    can_answer: bool = Field(description="True once the case is finished and until answered.")
    answered_at: datetime | None = None
    access_restored: bool | None = None
    rating: int | None = None
