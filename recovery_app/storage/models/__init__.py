"""SQLAlchemy models. Importing this package registers every table on ``Base.metadata``.

Tables are created by the migrations in ``migrations/versions``; a test checks
that the models and the migrated schema agree.
"""

from recovery_app.storage.models.accounts import (
    Account,
    BackupCode,
    Contact,
    Device,
    PasswordResetToken,
    PlatformSession,
    SecurityEvent,
)
from recovery_app.storage.models.agents import Agent, AgentSession, Alert
from recovery_app.storage.models.audit import AuditEntry
from recovery_app.storage.models.base import NAMING_CONVENTION, Base, UTCDateTime
from recovery_app.storage.models.cases import (
    Case,
    Challenge,
    Evidence,
    GuessBudget,
    RateLimitHit,
    RestoreRequest,
    SignInThrottle,
)
from recovery_app.storage.models.live import (
    AgentPresence,
    Attachment,
    CannedResponse,
    Conversation,
    Message,
    Receipt,
    Survey,
)
from recovery_app.storage.models.notices import ServiceNotice
from recovery_app.storage.models.outbox import OutboxMessage

__all__ = [
    "NAMING_CONVENTION",
    "Account",
    "Agent",
    "AgentPresence",
    "AgentSession",
    "Alert",
    "Attachment",
    "AuditEntry",
    "BackupCode",
    "Base",
    "CannedResponse",
    "Case",
    "Challenge",
    "Contact",
    "Conversation",
    "Device",
    "Evidence",
    "GuessBudget",
    "Message",
    "OutboxMessage",
    "PasswordResetToken",
    "PlatformSession",
    "RateLimitHit",
    "Receipt",
    "RestoreRequest",
    "SecurityEvent",
    "ServiceNotice",
    "SignInThrottle",
    "Survey",
    "UTCDateTime",
]
