"""Wire models of the supervisors' live board and dashboard charts.

Nothing here carries a secret: agents appear by id, user name, display name,
role, presence and load only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from recovery_app.domain.model import Role

Presence = Literal["online", "away", "offline"]


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AgentBoardOut(_Out):
    """One active agent on the supervisors' live board."""

    id: int
    username: str
    display_name: str
    role: Role
    presence: Presence = Field(description="Offline when the agent never connected.")
    presence_since: datetime | None = Field(description="When the presence last changed.")
    max_chats: int = Field(description="How many chats the agent takes at most (capacity).")
    load: int = Field(description="Cases in chat or being restored, assigned to the agent.")
    chats: int = Field(description="Cases in chat with the agent now.")


class BucketOut(_Out):
    """How many cases of each tier fell in ``[lower_seconds, upper_seconds)``."""

    lower_seconds: int
    upper_seconds: int | None = Field(description="Null for the last, open-ended bucket.")
    verified: int
    free: int


class DistributionsOut(BaseModel):
    """First-response and resolution times of the cases queued in ``[from, to)``,
    counted in fixed buckets (the same cases and times as the service-level report)."""

    period_start: datetime
    period_end: datetime
    first_response: list[BucketOut]
    resolution: list[BucketOut]


class QueuePointOut(_Out):
    at: datetime
    verified: int
    free: int


class QueueHistoryOut(BaseModel):
    """Cases waiting in the queue at evenly spaced moments of ``[from, to]``, per tier.

    Computed from the cases' own timestamps (queued, assigned, closed): a case
    waits from ``queued_at`` until it is first assigned or closed."""

    period_start: datetime
    period_end: datetime
    step_seconds: int
    points: list[QueuePointOut]


class GuessPoolOut(_Out):
    """One refilling pool of wrong answers (or of challenge starts) behind a case."""

    name: Literal["anonymous", "proven", "sign_in", "case", "starts_account", "starts_case"]
    capacity: int
    left: int = Field(description="Wrong answers (or starts) this pool can take now.")
    full_in_seconds: float = Field(description="Seconds until it is full again by itself.")


class GuessBudgetOut(BaseModel):
    """The guess budgets of a case's account and of the case."""

    reference: str
    pools: list[GuessPoolOut]


class ClearGuessBudgetIn(BaseModel):
    """Why the budget is cleared; kept in the audit log."""

    reason: str = Field(min_length=5, max_length=500)
