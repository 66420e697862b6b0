"""Wire models for the approvals inbox: restore requests waiting for a second person."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from recovery_app.domain.model import CaseKind, RestoreAction, RestoreStatus


class ApprovalContactOut(BaseModel):
    """The contact a request would change, masked: enough to judge it, no more."""

    kind: Literal["email", "phone"]
    masked: str
    added_at: datetime
    removed_at: datetime | None
    original: bool = Field(description="On the account, verified, before the compromise.")
    suspicious: bool = Field(description="Added during the reported compromise.")


class ApprovalCaseOut(BaseModel):
    """What the deciding agent needs of the case: its proofs, not the person's data."""

    reference: str
    kind: CaseKind
    language: str
    opened_at: datetime
    compromise_window_start: datetime
    level: int = Field(ge=0, le=3)
    proofs: list[str] = Field(description="Kinds of possession proof passed, e.g. 'email'.")
    document_approved: bool
    selfie_approved: bool
    frozen: bool


class ApprovalRequestOut(BaseModel):
    id: str
    action: RestoreAction
    status: RestoreStatus
    requested_at: datetime
    requested_by: str = Field(description="The requesting agent's display name.")
    requested_by_me: bool
    reason: str = Field(description="Why the requesting agent asks for it.")
    approver: Literal["agent", "supervisor"]
    can_decide: bool = Field(description="False for your own requests (and role mismatches).")
    hold_hours: float = Field(description="How long the change waits after approval (0: none).")
    case: ApprovalCaseOut
    contact: ApprovalContactOut | None = None
