"""Wire models of the built-in platform sign-in (``/api/v1/platform/...``).

Requests refuse unknown fields: in particular there is no client time anywhere,
TOTP is checked against server time only (security check 5). Secrets sent in
requests are excluded from ``repr`` so they cannot end up in a log by accident.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from recovery_app.domain.model import AccountStatus


class PlatformSignInRequest(BaseModel):
    """Password first; the second factor (TOTP or a backup code) where one is enrolled."""

    model_config = ConfigDict(extra="forbid")

    identifier: str = Field(
        min_length=1, max_length=320, description="Handle, e-mail address or phone number."
    )
    password: str = Field(min_length=1, max_length=1024, repr=False)
    totp: str | None = Field(
        default=None,
        max_length=16,
        repr=False,
        description="The current 6-digit code from the authenticator app.",
    )
    backup_code: str | None = Field(
        default=None, max_length=64, repr=False, description="Instead of a TOTP code."
    )
    device_token: str | None = Field(
        default=None,
        max_length=256,
        repr=False,
        description="The token this device received at an earlier sign-in.",
    )
    device_label: str | None = Field(
        default=None, max_length=128, description="A name for a new device, e.g. 'Work laptop'."
    )


class PlatformSignInOut(BaseModel):
    """A new platform session."""

    session_token: str = Field(description="Send as 'Authorization: Bearer …'.")
    device_token: str | None = Field(
        description="Only when this device is new: keep it and send it at later sign-ins."
    )
    expires_at: datetime
    handle: str
    display_name: str


class PlatformMeOut(BaseModel):
    handle: str
    display_name: str
    status: AccountStatus


class PlatformSessionOut(BaseModel):
    id: int
    device_id: int | None
    created_at: datetime
    last_seen_at: datetime
    ip: str | None
    user_agent: str | None
    revoked_at: datetime | None
    current: bool = Field(description="The session this request was made with.")


class PlatformDeviceOut(BaseModel):
    id: int
    label: str
    first_seen_at: datetime
    last_seen_at: datetime
    last_ip: str | None
    revoked_at: datetime | None
    current: bool = Field(description="The device of the session this request was made with.")


class PlatformSessionsOut(BaseModel):
    """The account's sessions and devices, newest first, revoked ones included."""

    sessions: list[PlatformSessionOut]
    devices: list[PlatformDeviceOut]


class PasswordResetRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=1, max_length=256, repr=False)
    new_password: str = Field(min_length=1, max_length=1024, repr=False)


class PasswordResetOut(BaseModel):
    """The password was changed. Nobody is signed in: there is deliberately no token here."""

    password_changed: bool = True
    sign_in_required: bool = True
    detail: str = (
        "Your password was changed and every session was signed out. "
        "Sign in with your new password and your second step, if you have one."
    )
