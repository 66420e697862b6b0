"""The built-in SQL account directory (:class:`~recovery_app.domain.directory.AccountDirectory`).

Every method works inside the caller's transaction (the ``AsyncSession`` it
was built with) and never commits. Every change to an account also writes a
:class:`~recovery_app.storage.models.SecurityEvent` (kind, actor, detail
without secrets), so the owner and the agent can see what changed.

Races are settled by the database, not by reading first and writing later:

- a TOTP step is claimed with ``UPDATE accounts SET totp_last_step = :step
  WHERE id = :id AND totp_last_step < :step``; only the transaction that
  changed the row accepted the code, so a code is never accepted twice, from
  any session or server process;
- a backup code is spent with ``UPDATE backup_codes SET used_at = :now WHERE
  id = :id AND used_at IS NULL``.

Wrong guesses are not counted here: services/guess_budgets.py keeps refilling
pools per account, case and source, so no stranger can spend the owner's way back.

Identifiers are matched in normalized form (:func:`normalize_identifier`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.clock import Clock
from recovery_app.domain.directory import (
    AccountFacts,
    ContactFact,
    DeviceFact,
    SecurityEventFact,
    SessionFact,
)
from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.masking import mask_contact
from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Subscription
from recovery_app.security import tokens, totp
from recovery_app.security.crypto import InvalidToken, SecretBox
from recovery_app.security.keys import ServerKeys
from recovery_app.security.redaction import redact_value
from recovery_app.storage.models import (
    Account,
    BackupCode,
    Contact,
    Device,
    PlatformSession,
    SecurityEvent,
)

__all__ = [
    "BACKUP_CODE_PURPOSE",
    "DEVICE_PURPOSE",
    "IdentifierKind",
    "SqlAccountDirectory",
    "clean_text",
    "mask_contact",
    "normalize_contact",
    "normalize_identifier",
    "record_event",
    "storable",
]

# Purposes of the keyed hashes this module compares (security check 8).
BACKUP_CODE_PURPOSE = "backup_code"
DEVICE_PURPOSE = "device"

IdentifierKind = Literal["handle", "email", "phone"]

# A phone number as people type it: digits, an optional leading +, and
# spaces, dashes, dots or brackets between them. E.164 allows up to 15 digits.
_PHONE_SHAPE = re.compile(r"^\+?[0-9 ()\-.]+$")
_PHONE_SEPARATORS = re.compile(r"[ ()\-.]")
_MIN_PHONE_DIGITS = 7
_MAX_PHONE_DIGITS = 15


def normalize_identifier(value: str) -> tuple[IdentifierKind, str]:
    """What kind of identifier ``value`` is, and its normalized form.

    - e-mail (contains ``@`` after an optional leading ``@``): stripped, lower-cased;
    - phone (digits with optional ``+``, spaces, dashes, dots, brackets; 7-15
      digits): ``+`` followed by the digits, e.g. ``+48 (600) 100-200`` → ``+48600100200``;
    - anything else is a handle: stripped, lower-cased, one leading ``@`` dropped.
    """
    cleaned = value.strip()
    if cleaned.startswith("@") and "@" not in cleaned[1:]:
        return "handle", cleaned[1:].strip().lower()
    if "@" in cleaned:
        return "email", cleaned.lower()
    if _PHONE_SHAPE.match(cleaned):
        digits = _PHONE_SEPARATORS.sub("", cleaned).lstrip("+")
        if digits.isdigit() and _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS:
            return "phone", f"+{digits}"
    return "handle", cleaned.lower()


def storable(value: str) -> bool:
    """False for text no account can hold: empty, NUL characters, or not encodable as UTF-8.

    Such input is simply "not found" (PostgreSQL would refuse it with an error).
    """
    if not value or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_text(value: str, limit: int) -> str:
    """``value`` without control characters or unencodable code points, at most ``limit`` long."""
    kept = "".join(ch for ch in value if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF)
    return kept[:limit]


def normalize_contact(kind: ContactKind | str, value: str) -> str:
    """The stored form of a contact of ``kind`` (see :func:`normalize_identifier`).

    Raises ValueError when ``value`` is not an e-mail address or phone number of that kind.
    """
    contact_kind = ContactKind(kind)
    found, normalized = normalize_identifier(value)
    if found != contact_kind.value:
        raise ValueError(f"not a valid {contact_kind.value} contact")
    return normalized


async def record_event(
    session: AsyncSession,
    account_id: int,
    kind: str,
    *,
    at: datetime,
    actor: Actor | str = Actor.OWNER,
    detail: Mapping[str, Any] | None = None,
    ip: str | None = None,
    user_agent: str | None = None,
    suspicious: bool = False,
) -> SecurityEvent:
    """Append one security event to an account's history.

    ``detail`` must not hold secrets; as a last guard, fields named like a
    secret (``code``, ``token``, ``password``...) are stored as "[redacted]".
    """
    event = SecurityEvent(
        account_id=account_id,
        kind=kind,
        at=at,
        actor=Actor(actor).value,
        ip=ip,
        user_agent=user_agent,
        detail={key: redact_value(key, val) for key, val in (detail or {}).items()},
        suspicious=suspicious,
    )
    session.add(event)
    await session.flush()
    return event


def _rowcount(result: object) -> int:
    return cast(CursorResult[Any], result).rowcount


def _actor(value: str | None) -> Actor:
    if value is None:
        return Actor.UNKNOWN
    try:
        return Actor(value)
    except ValueError:
        return Actor.UNKNOWN


class SqlAccountDirectory:
    """The account directory on the server's own database, in the caller's transaction."""

    def __init__(
        self, session: AsyncSession, keys: ServerKeys, box: SecretBox, clock: Clock
    ) -> None:
        self._session = session
        self._keys = keys
        self._box = box
        self._clock = clock

    # -- lookups --------------------------------------------------------------

    async def find(self, identifier: str) -> int | None:
        """The account for a handle (any case) or an active contact's value, or None.

        When several accounts hold the same active contact, a verified contact
        wins over an unverified one, then the one verified first: an attacker
        adding someone's address to their own account does not capture lookups.
        """
        kind, normalized = normalize_identifier(identifier)
        if not storable(normalized):
            return None
        by_handle = await self._session.scalar(
            select(Account.id).where(Account.handle == normalized)
        )
        if by_handle is not None or kind == "handle":
            return by_handle
        query = (
            select(Contact.account_id)
            .where(Contact.kind == kind, Contact.value == normalized)
            .where(Contact.removed_at.is_(None))
            .order_by(
                Contact.verified_at.is_(None), Contact.verified_at, Contact.added_at, Contact.id
            )
            .limit(1)
        )
        return await self._session.scalar(query)

    async def facts(self, account_id: int) -> AccountFacts:
        """Everything recovery may know about an account: no hash, seed or code."""
        account = await self._account(account_id)
        unused = await self._session.scalar(
            select(func.count(BackupCode.id)).where(
                BackupCode.account_id == account_id, BackupCode.used_at.is_(None)
            )
        )
        return AccountFacts(
            id=account.id,
            handle=account.handle,
            display_name=account.display_name,
            status=AccountStatus(account.status),
            language=account.language,
            subscription=Subscription(account.subscription),
            subscription_expires_at=account.subscription_expires_at,
            has_password=account.password_hash is not None,
            totp_enrolled_at=account.totp_enrolled_at if account.totp_secret_enc else None,
            totp_enrolled_by=_actor(account.totp_enrolled_by) if account.totp_secret_enc else None,
            unused_backup_codes=int(unused or 0),
            contacts=await self._contact_facts(account_id),
            devices=await self._device_facts(account_id),
            sessions=await self._session_facts(account_id),
            events=await self._event_facts(account_id),
        )

    async def _account(self, account_id: int) -> Account:
        account = await self._session.get(Account, account_id, populate_existing=True)
        if account is None:
            raise NotFoundError("There is no such account.")
        return account

    async def _contact_facts(self, account_id: int) -> tuple[ContactFact, ...]:
        rows = await self._session.scalars(
            select(Contact)
            .where(Contact.account_id == account_id)
            .order_by(Contact.added_at, Contact.id)
            .execution_options(populate_existing=True)
        )
        return tuple(
            ContactFact(
                id=row.id,
                kind=ContactKind(row.kind),
                value=row.value,
                added_at=row.added_at,
                added_by=_actor(row.added_by),
                verified_at=row.verified_at,
                removed_at=row.removed_at,
                removed_by=_actor(row.removed_by) if row.removed_by else None,
            )
            for row in rows
        )

    async def devices(self, account_id: int) -> tuple[DeviceFact, ...]:
        """The account's devices, oldest first (revoked ones included)."""
        return await self._device_facts(account_id)

    async def sessions(self, account_id: int) -> tuple[SessionFact, ...]:
        """The account's platform sessions, oldest first (revoked ones included)."""
        return await self._session_facts(account_id)

    async def _device_facts(self, account_id: int) -> tuple[DeviceFact, ...]:
        rows = await self._session.scalars(
            select(Device)
            .where(Device.account_id == account_id)
            .order_by(Device.first_seen_at, Device.id)
            .execution_options(populate_existing=True)
        )
        return tuple(
            DeviceFact(
                id=row.id,
                label=row.label,
                first_seen_at=row.first_seen_at,
                last_seen_at=row.last_seen_at,
                last_ip=row.last_ip,
                revoked_at=row.revoked_at,
            )
            for row in rows
        )

    async def _session_facts(self, account_id: int) -> tuple[SessionFact, ...]:
        rows = await self._session.scalars(
            select(PlatformSession)
            .where(PlatformSession.account_id == account_id)
            .order_by(PlatformSession.created_at, PlatformSession.id)
            .execution_options(populate_existing=True)
        )
        return tuple(
            SessionFact(
                id=row.id,
                device_id=row.device_id,
                created_at=row.created_at,
                last_seen_at=row.last_seen_at,
                ip=row.ip,
                user_agent=row.user_agent,
                revoked_at=row.revoked_at,
            )
            for row in rows
        )

    async def _event_facts(self, account_id: int) -> tuple[SecurityEventFact, ...]:
        rows = await self._session.scalars(
            select(SecurityEvent)
            .where(SecurityEvent.account_id == account_id)
            .order_by(SecurityEvent.at, SecurityEvent.id)
        )
        return tuple(
            SecurityEventFact(
                id=row.id,
                kind=row.kind,
                at=row.at,
                actor=_actor(row.actor),
                ip=row.ip,
                detail=dict(row.detail or {}),
            )
            for row in rows
        )

    # -- proofs ---------------------------------------------------------------

    async def check_totp(self, account_id: int, code: str) -> bool:
        """True once per valid code (±1 step of real server time; never the service clock).

        The matched step is claimed with a conditional UPDATE: of two sessions
        presenting the same code, exactly one changes the row and wins.
        """
        row = (
            await self._session.execute(
                select(Account.totp_secret_enc, Account.totp_last_step).where(
                    Account.id == account_id
                )
            )
        ).one_or_none()
        if row is None or row.totp_secret_enc is None:
            return False
        try:
            secret = self._box.decrypt(row.totp_secret_enc)
        except InvalidToken:
            return False  # encrypted under another key: fail closed
        step = totp.verify(secret, code, last_step=row.totp_last_step)
        if step is None:
            return False
        claimed = await self._session.execute(
            update(Account)
            .where(Account.id == account_id, Account.totp_last_step < step)
            .values(totp_last_step=step)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(claimed) == 1

    async def use_backup_code(
        self, account_id: int, code: str, *, before: datetime | None = None
    ) -> bool:
        """True and the code is spent (atomically), or False. Dashes and case do not matter.

        With ``before``, only a code issued before that moment counts: codes
        issued inside a compromise window may be the attacker's. (An extension
        of the Protocol; without it any unused code counts.)
        """
        normalized = tokens.normalize_backup_code(code)
        if not normalized:
            return False
        code_hash = tokens.keyed_hash(
            self._keys.hashing, BACKUP_CODE_PURPOSE, account_id, normalized
        )
        conditions = [
            BackupCode.account_id == account_id,
            BackupCode.code_hash == code_hash,
            BackupCode.used_at.is_(None),
        ]
        if before is not None:
            conditions.append(BackupCode.created_at < before)
        now = self._clock.now()
        spent = await self._session.execute(
            update(BackupCode)
            .where(*conditions)
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        if _rowcount(spent) != 1:
            return False
        await record_event(self._session, account_id, "backup_code_used", at=now)
        return True

    async def check_device(self, account_id: int, device_token: str, before: datetime) -> bool:
        """True for this account's device token: not revoked, first seen before ``before``."""
        if not device_token:
            return False
        token_hash = tokens.keyed_hash(self._keys.hashing, DEVICE_PURPOSE, account_id, device_token)
        found = await self._session.scalar(
            select(Device.id).where(
                Device.account_id == account_id,
                Device.token_hash == token_hash,
                Device.revoked_at.is_(None),
                Device.first_seen_at < before,
            )
        )
        return found is not None

    # -- changes --------------------------------------------------------------

    async def revoke_sessions_and_devices(self, account_id: int, actor: Actor) -> int:
        """Revoke every live session and device; returns how many were revoked (0 on a retry)."""
        await self._account(account_id)
        now = self._clock.now()
        sessions = await self._session.execute(
            update(PlatformSession)
            .where(PlatformSession.account_id == account_id, PlatformSession.revoked_at.is_(None))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        devices = await self._session.execute(
            update(Device)
            .where(Device.account_id == account_id, Device.revoked_at.is_(None))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        counts = {"sessions": _rowcount(sessions), "devices": _rowcount(devices)}
        await record_event(
            self._session, account_id, "sessions_revoked", at=now, actor=actor, detail=counts
        )
        return counts["sessions"] + counts["devices"]

    async def remove_contact(self, account_id: int, contact_id: int, actor: Actor) -> None:
        """Mark a contact removed (the row stays: contacts keep their history).

        Removing a contact that is already removed changes nothing, so a
        retried restore is harmless.
        """
        contact = await self._contact(account_id, contact_id)
        if contact.removed_at is not None:
            return
        contact.removed_at = self._clock.now()
        contact.removed_by = Actor(actor).value
        await self._session.flush()
        await self._contact_event(contact, "contact_removed", actor)

    async def restore_contact(self, account_id: int, contact_id: int, actor: Actor) -> None:
        """Bring a removed contact back by clearing ``removed_at``/``removed_by`` on its own row.

        Why the original row and not a new one: what proves ownership is that
        the contact was on the account, verified, *before* the compromise
        window (``ContactFact.predates``). A new row would carry today's
        ``added_at`` and lose that proof; copying the old date into a new row
        would forge history. Clearing the removal keeps the original
        ``added_at``/``verified_at`` true, and the removal and the restore both
        stay on record as security events (``contact_removed``,
        ``contact_restored``, with who and when).
        """
        contact = await self._contact(account_id, contact_id)
        if contact.removed_at is None:
            return
        removed = {"removed_at": contact.removed_at.isoformat(), "removed_by": contact.removed_by}
        contact.removed_at = None
        contact.removed_by = None
        await self._session.flush()
        await self._contact_event(contact, "contact_restored", actor, removed)

    async def _contact(self, account_id: int, contact_id: int) -> Contact:
        contact = await self._session.get(Contact, contact_id, populate_existing=True)
        if contact is None or contact.account_id != account_id:
            raise NotFoundError("The account has no such contact.")
        return contact

    async def _contact_event(
        self, contact: Contact, kind: str, actor: Actor, extra: Mapping[str, Any] | None = None
    ) -> None:
        detail = {
            "contact_id": contact.id,
            "kind": contact.kind,
            "value": mask_contact(contact.kind, contact.value),
            **(extra or {}),
        }
        await record_event(
            self._session,
            contact.account_id,
            kind,
            at=self._clock.now(),
            actor=actor,
            detail=detail,
        )

    async def remove_totp(self, account_id: int, actor: Actor) -> None:
        """Remove the TOTP enrolment and void unused backup codes (they belong to it).

        ``totp_last_step`` is kept: it only ever grows, so no old code can come back.
        """
        account = await self._account(account_id)
        if account.totp_secret_enc is None:
            return
        now = self._clock.now()
        account.totp_secret_enc = None
        account.totp_enrolled_at = None
        account.totp_enrolled_by = None
        await self._session.flush()
        voided = await self._session.execute(
            update(BackupCode)
            .where(BackupCode.account_id == account_id, BackupCode.used_at.is_(None))
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        await record_event(
            self._session,
            account_id,
            "totp_removed",
            at=now,
            actor=actor,
            detail={"unused_codes_voided": _rowcount(voided)},
        )

    async def set_status(self, account_id: int, status: AccountStatus, actor: Actor) -> None:
        """Change the account's status (no event when it already has it)."""
        account = await self._account(account_id)
        new = AccountStatus(status)
        if account.status == new.value:
            return
        previous = account.status
        account.status = new.value
        await self._session.flush()
        await record_event(
            self._session,
            account_id,
            "status_changed",
            at=self._clock.now(),
            actor=actor,
            detail={"from": previous, "to": new.value},
        )
