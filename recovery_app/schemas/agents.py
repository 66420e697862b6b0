"""Wire models of agent sign-in, agent administration and the supervisors' views.

Request bodies bound every string (user names 3 to 64 characters, passwords at
most 256, codes exactly 6 digits) and refuse unknown fields.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from recovery_app.domain.model import AgentStatus, Role
from recovery_app.domain.password_policy import MAX_LENGTH, MIN_LENGTH

Username = Annotated[str, Field(min_length=3, max_length=64, description="Sign-in name.")]
TotpCode = Annotated[
    str, Field(pattern=r"^[0-9]{6}$", description="The 6 digits the authenticator app shows.")
]
DisplayName = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f\x7f]+$")]
NewUsername = Annotated[
    str,
    Field(
        min_length=3,
        max_length=64,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$",
        description="Letters, digits, '.', '_' or '-'; stored in lower case.",
    ),
]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignInRequest(_Request):
    """Both factors, always: password and the current TOTP code."""

    username: Username
    password: str = Field(min_length=1, max_length=MAX_LENGTH)
    totp: TotpCode


class AgentOut(BaseModel):
    """Who an agent is. Never carries a secret."""

    id: int
    username: str
    display_name: str
    role: Role


class SessionOut(BaseModel):
    """A new agent session. The token is shown this once; send it as ``Bearer``."""

    token: str
    expires_at: datetime = Field(description="The latest the session lasts (12 h at most).")
    agent: AgentOut


class CreateAgentRequest(_Request):
    """A new agent account; the admin hands the initial password over safely."""

    username: NewUsername
    display_name: DisplayName
    role: Role = Role.AGENT
    password: str = Field(min_length=MIN_LENGTH, max_length=MAX_LENGTH)


class AgentAccountOut(AgentOut):
    """An agent account as admins see it."""

    status: AgentStatus
    created_at: datetime


class CreatedAgentOut(BaseModel):
    """The created account, and its TOTP enrolment, returned this once only."""

    agent: AgentAccountOut
    enrolment_uri: str = Field(
        description="otpauth:// URI for the agent's authenticator app. It carries the TOTP "
        "seed: show it as a QR code to the new agent, then discard it."
    )


class AlertOut(BaseModel):
    """Unusual agent activity for supervisors to look at."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    agent_id: int | None
    created_at: datetime
    message: str
    detail: dict[str, Any]
    acknowledged_by_agent_id: int | None
    acknowledged_at: datetime | None


class AuditRowOut(BaseModel):
    """One audit row: who, what, when (UTC), from where, and its place in the chain."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor_type: str
    actor_id: str | None
    action: str
    case_ref: str | None
    account_id: int | None
    ip: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


class AuditVerifyOut(BaseModel):
    """Result of walking the hash chain; ``first_bad_id`` names the first broken row."""

    ok: bool
    rows: int
    head_hash: str = Field(description="Hash of the last row that chains (export it).")
    first_bad_id: int | None
    problem: str | None
    head_seq: int = Field(default=0, description="Seq of the last row that chains.")
    head_key_id: str | None = Field(default=None, description="Audit key id of that row.")


class AuditHeadOut(BaseModel):
    """The audit chain's head, to keep outside the database (the same document as the
    exported ``audit-head.json``; ``recovery-server verify-audit --head-file`` reads it)."""

    format: int = Field(description="Format version of this document.")
    seq: int = Field(description="Seq (id) of the last row.")
    mac: str = Field(description="HMAC-SHA256 of the last row (hex).")
    key_id: str | None = Field(description="Id of the audit key that signed it (never the key).")
    at: datetime = Field(description="When the last row was written (UTC).")
    exported_at: datetime | None = Field(description="When this head was read.")
