"""Wire models of the agent desk: my cases, the queue as agents see it, capacity, colleagues.

The queue carries no personal data (no handle, no contact) and no way to take a case:
cases reach agents only through routing (shared/DESIGN.md §4).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from recovery_app.domain.model import CaseKind, CaseState, Role, Subscription

SlaState = Literal["ok", "warning", "breached"]
Presence = Literal["online", "away", "offline"]


class MyCaseOut(BaseModel):
    """A case assigned to the signed-in agent, with its service-level clock."""

    reference: str
    kind: CaseKind
    tier: Subscription
    language: str
    state: CaseState
    verification_level: int = Field(ge=0, le=3)
    escalated: bool
    queued_at: datetime | None
    assigned_at: datetime | None
    waiting_since: datetime | None = Field(
        description="The requester has waited for a reply since then (null: nobody waits)."
    )
    first_response_due_at: datetime | None = Field(
        description="When the first response is due (null once answered)."
    )
    sla_state: SlaState


class QueueItemOut(BaseModel):
    """One waiting case, without any personal data and without a way to take it."""

    position: int = Field(ge=1)
    tier: Subscription
    kind: CaseKind
    language: str
    escalated: bool
    queued_at: datetime
    waiting_seconds: int = Field(ge=0)
    target_seconds: int = Field(description="The tier's first-response target.")
    due_at: datetime
    sla_state: SlaState = Field(description="warning: 75 % of the target used; breached: past it.")


class QueueCountsOut(BaseModel):
    total: int
    verified: int
    free: int
    warning: int
    breached: int


class AgentQueueOut(BaseModel):
    """The waiting queue now: counts over every case and the first ``limit`` in order."""

    at: datetime
    counts: QueueCountsOut
    items: list[QueueItemOut]
    truncated: bool = Field(description="More cases wait than ``items`` lists.")


class CapacityOut(BaseModel):
    """How many chats the agent takes at once, and how many are open now."""

    max_chats: int
    limit: int = Field(description="The most the server allows anyone to set.")
    open_chats: int
    presence: Presence


# The most chats anyone may take at once (the server refuses more).
MAX_CHATS_LIMIT = 8


class CapacityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_chats: int = Field(ge=1, le=MAX_CHATS_LIMIT)


class ColleagueOut(BaseModel):
    """Another agent a chat can be handed to."""

    id: int
    display_name: str
    role: Role
    presence: Presence
    free_slots: int
