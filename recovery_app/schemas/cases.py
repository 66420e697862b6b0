"""Wire models for recovery cases: the requester's side and the agent's side."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, StrictBool

from recovery_app.domain.model import CaseKind, CaseState, Method, RestoreAction, RestoreStatus
from recovery_app.schemas.common import EMAIL_OR_PHONE, NO_CONTROLS, VISIBLE, visible_text

Language = Literal["en", "pl", "de", "fr", "ru"]
RequesterMethod = Literal[
    "email_code", "sms_code", "totp", "backup_code", "known_device", "document", "selfie"
]
Delivery = Literal["queued", "sent", "delayed", "failed", "expired"]
_DELIVERY_DESCRIPTION = (
    "Code steps only (null otherwise): how the message with the code is doing. "
    "'queued': about to be sent; 'sent': handed to the mail server or SMS gateway; "
    "'delayed': sending failed or is slow, we keep trying until the code expires; "
    "'failed': your reply address refused it for good; 'expired': the code expired "
    "before it could be delivered."
)


def _iso_text_only(value: object) -> object:
    """The schema says an ISO 8601 string: refuse the numbers pydantic would accept."""
    if isinstance(value, (int, float)):
        raise ValueError("Give the date and time as ISO 8601 text, e.g. 2026-11-02T09:00:00Z.")
    return value


class OpenCaseIn(BaseModel):
    kind: CaseKind
    identifier: str = Field(
        min_length=1,
        max_length=320,
        pattern=NO_CONTROLS,
        description="Handle, e-mail or phone. No control characters.",
    )
    reply_contact: str = Field(
        min_length=3,
        max_length=320,
        pattern=EMAIL_OR_PHONE,
        description="A fresh e-mail address, or a phone number with country code (7-15 digits).",
    )
    language: Language = "en"
    problem_started_at: Annotated[datetime | None, BeforeValidator(_iso_text_only)] = Field(
        default=None,
        description="When the first change you did not make happened, if known.",
    )


class OpenCaseOut(BaseModel):
    reference: str
    token: str = Field(description="Keep it secret: it is the only key to this case.")
    state: CaseState
    next_step: Literal["verify_reply_contact"] = "verify_reply_contact"


class AnswerIn(BaseModel):
    answer: str = Field(min_length=1, max_length=128, pattern=NO_CONTROLS)


class StartChallengeIn(BaseModel):
    method: RequesterMethod


class ChallengeOut(BaseModel):
    id: str
    method: Method
    expires_at: datetime
    phrase: str | None = Field(
        default=None, description="Selfie steps: write this on paper and hold it up."
    )
    delivery: Delivery | None = Field(default=None, description=_DELIVERY_DESCRIPTION)


class LevelOut(BaseModel):
    level: int = Field(ge=0, le=3)
    proofs: list[str] = Field(description="Kinds of possession proof passed, e.g. 'email'.")
    document_approved: bool
    selfie_approved: bool


class AnswerOut(BaseModel):
    outcome: Literal["passed", "wrong", "locked", "expired"]
    attempts_left: int
    level: int
    state: CaseState


class PendingStepOut(BaseModel):
    id: str
    method: Method
    purpose: Literal["verify", "reply_contact"]
    expires_at: datetime
    phrase: str | None
    started_by_agent: bool
    delivery: Delivery | None = Field(default=None, description=_DELIVERY_DESCRIPTION)


class CaseStatusOut(BaseModel):
    reference: str
    kind: CaseKind
    state: CaseState
    reply_contact_verified: bool
    tier: Literal["free", "verified"]
    verification: LevelOut
    pending: list[PendingStepOut]
    frozen: bool


class EvidenceOut(BaseModel):
    id: str


class ContactOut(BaseModel):
    id: int
    kind: Literal["email", "phone"]
    masked: str
    added_at: datetime
    added_by: str
    verified: bool
    removed_at: datetime | None
    suspicious: bool
    original: bool


class DeviceOut(BaseModel):
    id: int
    label: str
    first_seen_at: datetime
    last_seen_at: datetime
    revoked: bool
    suspicious: bool


class EventOut(BaseModel):
    kind: str
    at: datetime
    actor: str
    suspicious: bool
    contact_id: int | None = Field(default=None, description="The contact the event is about.")


class AccountOut(BaseModel):
    handle: str
    display_name: str
    status: str
    language: str
    subscription: str
    second_factor_since: datetime | None
    second_factor_suspicious: bool
    contacts: list[ContactOut]
    devices: list[DeviceOut]
    active_sessions: int
    events: list[EventOut]


class AgentChallengeOut(BaseModel):
    id: str
    method: Method
    purpose: str
    status: str
    created_at: datetime
    completed_at: datetime | None = Field(default=None, description="When it passed or failed.")
    by_agent: bool


class AgentEvidenceOut(BaseModel):
    id: str
    kind: str
    decision: str | None
    uploaded_at: datetime
    stored: bool
    phrase: str | None = Field(description="Selfies: the phrase the person was asked to show.")


class RestoreOut(BaseModel):
    id: str
    action: RestoreAction
    status: RestoreStatus
    hold_until: datetime | None


class AgentRestoreOut(RestoreOut):
    requested_by_me: bool
    target: dict[str, Any] = Field(default_factory=dict, description='e.g. {"contact_id": 3}')
    requested_at: datetime | None = None
    decided_at: datetime | None = None
    executed_at: datetime | None = None


class ActionOut(BaseModel):
    action: RestoreAction
    required_level: int
    allowed: bool
    needs_approval: bool
    hold: bool
    approver: Literal["agent", "supervisor"] | None = Field(
        default=None, description="Who must approve after you: another agent or a supervisor."
    )
    blocked: Literal["case_state", "case_frozen", "level", "no_account", "no_target"] | None = (
        Field(default=None, description="Why the action cannot be asked for now (domain gates).")
    )
    targets: list[int] = Field(
        default_factory=list, description="Contact ids the action may change (contact actions)."
    )


class AgentCaseOut(BaseModel):
    reference: str
    kind: CaseKind
    state: CaseState
    language: str
    tier: str
    frozen: bool
    opened_at: datetime
    compromise_window_start: datetime
    verification: LevelOut
    account: AccountOut | None
    challenges: list[AgentChallengeOut]
    evidence: list[AgentEvidenceOut]
    restores: list[AgentRestoreOut]
    actions: list[ActionOut]
    offered_methods: list[Method] = Field(
        default_factory=list, description="Proofs the agent can ask for on this case now."
    )
    hold_reason: str | None = Field(default=None, description="e.g. owner_cancelled (frozen).")
    hold_hours: float = Field(default=0, description="How long approved changes wait out a hold.")


class RestoreIn(BaseModel):
    action: RestoreAction
    target: dict[str, Any] = Field(default_factory=dict, description='e.g. {"contact_id": 3}')
    reason: str = Field(min_length=5, max_length=1000, pattern=VISIBLE)


class DecisionIn(BaseModel):
    approve: StrictBool
    note: str = Field(min_length=3, max_length=1000, pattern=VISIBLE)


class EvidenceDecisionIn(BaseModel):
    approve: StrictBool
    reason: str = Field(min_length=3, max_length=1000, pattern=VISIBLE)


class RevealIn(BaseModel):
    reason: str = Field(
        min_length=10,
        max_length=500,
        pattern=visible_text(10),
        description="Why you need the original: at least 10 characters besides white space.",
    )


class RevealedContactOut(BaseModel):
    value: str


class AssignIn(BaseModel):
    agent_id: int = Field(ge=1)


class CaseStateOut(BaseModel):
    state: CaseState
