"""The vocabulary of recovery: kinds, states, levels, methods, roles and actions.

Plain enums shared by the domain rules, storage and the wire schemas. No
framework imports here.
"""

from __future__ import annotations

import enum


class AccountStatus(enum.StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    SUSPENDED = "suspended"
    RECOVERY_HOLD = "recovery_hold"


class Subscription(enum.StrEnum):
    FREE = "free"
    VERIFIED = "verified"  # a paying, verified subscriber


class ContactKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class Actor(enum.StrEnum):
    """Who did something to an account: the owner, an agent, the system, or unknown."""

    OWNER = "owner"
    AGENT = "agent"
    SYSTEM = "system"
    UNKNOWN = "unknown"  # e.g. a change made from a session that turned out to be an attacker's


class CaseKind(enum.StrEnum):
    FORGOT_PASSWORD = "forgot_password"  # noqa: S105 - a case kind, not a password
    LOST_SECOND_FACTOR = "lost_second_factor"
    HACKED = "hacked"
    DISABLED = "disabled"  # disabled or suspended: an appeal


class CaseState(enum.StrEnum):
    OPENED = "opened"
    VERIFYING = "verifying"
    QUEUED = "queued"
    IN_CHAT = "in_chat"
    RESTORING = "restoring"
    RESTORED = "restored"
    REJECTED = "rejected"
    ABANDONED = "abandoned"
    ON_HOLD = "on_hold"


class Level(enum.IntEnum):
    """Verification level, recomputed by the server from passed challenges."""

    L0 = 0  # nothing proven
    L1 = 1  # one possession proof
    L2 = 2  # two independent proofs of different kinds, or one plus a reviewed document
    L3 = 3  # L2 plus a reviewed document and selfie


class Method(enum.StrEnum):
    EMAIL_CODE = "email_code"
    SMS_CODE = "sms_code"
    TOTP = "totp"
    BACKUP_CODE = "backup_code"
    KNOWN_DEVICE = "known_device"
    DOCUMENT = "document"
    SELFIE = "selfie"


class ChallengeStatus(enum.StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"  # an agent rejected a document/selfie
    LOCKED = "locked"  # five wrong answers
    EXPIRED = "expired"
    VOIDED = "voided"  # a newer code replaced it


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class AgentStatus(enum.StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"


class RestoreAction(enum.StrEnum):
    REVOKE_SESSIONS = "revoke_sessions"
    SEND_RESET_LINK = "send_reset_link"
    REMOVE_CONTACT = "remove_contact"
    REMOVE_FACTOR = "remove_factor"  # an attacker's factor (their TOTP enrolment)
    RESTORE_CONTACT = "restore_contact"
    REMOVE_SECOND_FACTOR = "remove_second_factor"  # the owner's lost factor
    REINSTATE = "reinstate"


class RestoreStatus(enum.StrEnum):
    PENDING_APPROVAL = "pending_approval"
    REFUSED = "refused"
    ON_HOLD = "on_hold"  # approved, waiting out the hold
    EXECUTED = "executed"
    CANCELLED = "cancelled"  # "this wasn't me" during the hold
    FAILED = "failed"
