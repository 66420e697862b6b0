"""Recovery cases, their verification challenges, evidence and restore requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from recovery_app.storage.models.base import Base, UTCDateTime


class Case(Base):
    """A recovery case. ``account_id`` is None when the identifier matched no account:
    such a case looks and answers exactly like any other, and no code is ever sent."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(String(16), index=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id"), nullable=True, index=True
    )
    identifier_hash: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(8))
    tier: Mapped[str] = mapped_column(String(16))  # read from the account on the server
    # Contacts and factors added after this moment prove nothing.
    compromise_window_start: Mapped[datetime] = mapped_column(UTCDateTime())
    reply_contact_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    reply_contact: Mapped[str | None] = mapped_column(String(320), nullable=True)
    reply_contact_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    level: Mapped[int] = mapped_column(Integer, default=0)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)  # "this wasn't me"
    hold_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assigned_agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id"), nullable=True, index=True
    )
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    opened_from_ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    owner_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Live support and service levels.
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    awaiting_reply_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Challenge(Base):
    """One verification attempt: a code, a TOTP, a backup code, a device, or evidence."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(16))  # verify | reply_contact
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    code_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Selfie challenges: the phrase the person must hold up. Not a secret: the
    # reviewing agent has to read it.
    phrase: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # An 80-bit code sent when the account's guess budget was spent: no budget can be
    # guessed through, so answers to it spend none (services/guess_budgets.py).
    long_code: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    started_by_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Evidence(Base):
    """An ID document or selfie, stored encrypted, deleted after the decision and retention."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id"))
    kind: Mapped[str] = mapped_column(String(16))  # document | selfie
    content_type: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str | None] = mapped_column(Text, nullable=True)  # None once deleted
    masked_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delete_after: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class RestoreRequest(Base):
    """A restore action an agent asked for, with its approval and hold."""

    __tablename__ = "restore_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(24))
    target: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), index=True)
    requested_by_agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text)
    approver_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    hold_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class RateLimitHit(Base):
    """Fixed-window counters shared by every server process (per identifier, per address)."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime())
    count: Mapped[int] = mapped_column(Integer, default=0)


class GuessBudget(Base):
    """A refilling pool of evaluated wrong answers (services/guess_budgets.py).

    Stored as the moment the pool is full again (epoch seconds, the "theoretical
    arrival time" of the generic cell rate algorithm): one column, moved by one
    conditional UPDATE per guess.
    """

    __tablename__ = "guess_budgets"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    full_at: Mapped[float] = mapped_column(Float)


class SignInThrottle(Base):
    """Recent failed sign-ins for one key (a source, an account name): progressive delays."""

    __tablename__ = "sign_in_throttles"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[float] = mapped_column(Float)
