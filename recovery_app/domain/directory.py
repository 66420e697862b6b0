"""The account directory: what recovery needs to know about, and do to, a platform account.

Behind this interface so a platform can plug in its own identity system; the
built-in implementation is SQL (``recovery_app.storage.directory``). Every
method runs inside the caller's transaction; none returns a secret (no
password hash, no TOTP seed, no code): only facts and yes/no answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Subscription


@dataclass(frozen=True, slots=True)
class ContactFact:
    id: int
    kind: ContactKind
    value: str
    added_at: datetime
    added_by: Actor
    verified_at: datetime | None
    removed_at: datetime | None
    removed_by: Actor | None

    @property
    def active(self) -> bool:
        return self.removed_at is None

    def predates(self, moment: datetime) -> bool:
        """Was this contact on the account, verified, before ``moment``?"""
        return self.verified_at is not None and self.added_at < moment and self.verified_at < moment


@dataclass(frozen=True, slots=True)
class DeviceFact:
    id: int
    label: str
    first_seen_at: datetime
    last_seen_at: datetime
    last_ip: str | None
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class SessionFact:
    id: int
    device_id: int | None
    created_at: datetime
    last_seen_at: datetime
    ip: str | None
    user_agent: str | None
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class SecurityEventFact:
    id: int
    kind: str
    at: datetime
    actor: Actor
    ip: str | None
    detail: dict[str, object]


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """An account as recovery sees it."""

    id: int
    handle: str
    display_name: str
    status: AccountStatus
    language: str
    subscription: Subscription
    subscription_expires_at: datetime | None
    has_password: bool
    totp_enrolled_at: datetime | None
    totp_enrolled_by: Actor | None
    unused_backup_codes: int
    contacts: tuple[ContactFact, ...]
    devices: tuple[DeviceFact, ...]
    sessions: tuple[SessionFact, ...]
    events: tuple[SecurityEventFact, ...]

    @property
    def has_second_factor(self) -> bool:
        return self.totp_enrolled_at is not None

    def is_verified_subscriber(self, now: datetime) -> bool:
        return self.subscription is Subscription.VERIFIED and (
            self.subscription_expires_at is None or self.subscription_expires_at > now
        )


class AccountDirectory(Protocol):
    """Lookups, proofs and changes on platform accounts (all in the caller's transaction)."""

    async def find(self, identifier: str) -> int | None:
        """The account id for a handle, e-mail or phone (active contacts only), or None."""

    async def facts(self, account_id: int) -> AccountFacts: ...

    async def check_totp(self, account_id: int, code: str) -> bool:
        """True once per valid code: the step is recorded atomically, replays are refused."""

    async def use_backup_code(
        self, account_id: int, code: str, before: datetime | None = None
    ) -> bool:
        """True and the code is spent, or False. With ``before``, only codes issued
        before that moment count (codes an attacker generated prove nothing)."""

    async def check_device(self, account_id: int, device_token: str, before: datetime) -> bool:
        """True when the token belongs to a non-revoked device first seen before ``before``."""

    async def revoke_sessions_and_devices(self, account_id: int, actor: Actor) -> int:
        """Revoke every session and device; returns how many were revoked."""

    async def remove_contact(self, account_id: int, contact_id: int, actor: Actor) -> None: ...

    async def restore_contact(self, account_id: int, contact_id: int, actor: Actor) -> None: ...

    async def remove_totp(self, account_id: int, actor: Actor) -> None: ...

    async def set_status(self, account_id: int, status: AccountStatus, actor: Actor) -> None: ...
