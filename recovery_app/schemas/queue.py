"""Wire models of the queue (positions, expected wait, the free tier's promises), the
assistant, and the supervisors' service-level reports."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from recovery_app.domain.model import CaseState, Method, Subscription

Tier = Subscription


class BusinessHoursOut(BaseModel):
    """When the free tier is staffed, in UTC."""

    weekdays: list[int] = Field(description="0 = Monday … 6 = Sunday.")
    start_hour: int = Field(ge=0, le=23)
    end_hour: int = Field(ge=1, le=24, description="Exclusive: 18 means until 18:00.")
    timezone: Literal["UTC"] = "UTC"
    next_opening_at: datetime | None = Field(
        default=None, description="When business hours next begin; null while open."
    )


class QueueStatusOut(BaseModel):
    """What the requester is told about the queue. The tier is the server's, never the
    client's: subscribers get a position and expected wait, the free tier a reply target."""

    reference: str
    tier: Tier
    state: CaseState
    position: int | None = Field(
        default=None, ge=1, description="Subscribers in the queue: 1 = next."
    )
    expected_wait_seconds: int | None = Field(default=None, ge=0)
    reply_target_hours: float | None = Field(
        default=None, description="Free tier: we reply within this many hours."
    )
    reply_due_at: datetime | None = None
    business_hours: BusinessHoursOut
    within_business_hours: bool
    away_message_code: Literal["outside_business_hours"] | None = Field(
        default=None, description="Free tier outside business hours: show the away message."
    )


# --- the assistant ------------------------------------------------------------------------


class AssistantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1000, description="The person's own words.")


class AssistantAnswerOut(BaseModel):
    id: str = Field(description="The FAQ entry; the same in every language.")
    question: str
    answer: str
    self_service: Literal["verify", "reset"] | None = Field(
        description="What the person can do themselves: prove who they are, or reset."
    )
    score: float


NextStepCode = Literal[
    "verify_reply_contact",
    "verify",
    "request_support",
    "wait_for_agent",
    "wait_for_review",
    "chat_with_agent",
]


class NextStepOut(BaseModel):
    code: NextStepCode
    methods: list[Method] = Field(
        default_factory=list, description="For 'verify': proofs worth trying, best first."
    )


class AssistantOut(BaseModel):
    language: Literal["en", "pl", "de", "fr", "ru"]
    answers: list[AssistantAnswerOut]
    next_step: NextStepOut
    seq: int = Field(description="Sequence number of the stored exchange in the chat.")


# --- service-level reports -----------------------------------------------------------------


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class DurationsOut(_Out):
    count: int
    mean_seconds: float | None
    median_seconds: float | None
    p90_seconds: float | None


class AttainmentOut(_Out):
    target_seconds: float | None = Field(description="Null for an agent serving both tiers.")
    goal: float = Field(description="Share of first responses that should meet the target.")
    measured: int = Field(description="Answered, or unanswered and already past the target.")
    within_target: int
    rate: float | None
    met: bool | None


class SatisfactionOut(_Out):
    surveys: int
    average_rating: float | None = Field(description="1 to 5.")
    access_restored_rate: float | None = Field(description="Share answering 'yes'.")


class FiguresOut(_Out):
    cases: int
    resolved: int
    abandoned: int
    first_response: DurationsOut
    attainment: AttainmentOut
    next_response: DurationsOut
    resolution: DurationsOut
    satisfaction: SatisfactionOut


class QueueFiguresOut(FiguresOut):
    tier: Tier


class AgentFiguresOut(FiguresOut):
    agent_id: int
    username: str
    display_name: str


class TierQueueOut(_Out):
    tier: Tier
    waiting: int
    oldest_wait_seconds: int | None


class QueueNowOut(_Out):
    at: datetime
    tiers: list[TierQueueOut]
    agents_online: int
    agents_away: int
    free_slots: int = Field(description="Chats online agents could still take.")
    open_cases: int = Field(description="Cases in chat or being restored.")


class ServiceLevelReportOut(BaseModel):
    """Service levels of the cases that joined the queue in ``[from, to)``."""

    period_start: datetime
    period_end: datetime
    live_first_response_target_seconds: int
    free_reply_target_hours: float
    attainment_goal: float
    queues: list[QueueFiguresOut]
    agents: list[AgentFiguresOut]
    queue_now: QueueNowOut
