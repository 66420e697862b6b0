"""Building a platform: accounts, contacts, factors and devices (tests, ``seed-demo``, sign-in).

Each helper works in the caller's transaction (it flushes, never commits),
takes the moment it acts at (so seed data can have a past), and records a
security event the way the real platform would. Secrets leave only as return
values: the TOTP seed from :func:`enroll_totp`, backup codes from
:func:`issue_backup_codes` and the device token from :func:`register_device`.
Stored are an argon2 hash, an encrypted seed and keyed hashes.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Subscription
from recovery_app.security import tokens, totp
from recovery_app.security.crypto import SecretBox
from recovery_app.security.keys import ServerKeys
from recovery_app.security.passwords import hash_password
from recovery_app.storage.directory import (
    BACKUP_CODE_PURPOSE,
    DEVICE_PURPOSE,
    clean_text,
    mask_contact,
    normalize_contact,
    normalize_identifier,
    record_event,
)
from recovery_app.storage.models import Account, BackupCode, Contact, Device

__all__ = [
    "add_contact",
    "create_account",
    "device_token_hash",
    "enroll_totp",
    "issue_backup_codes",
    "record_event",
    "register_device",
]


async def create_account(
    session: AsyncSession,
    keys: ServerKeys,
    box: SecretBox,
    *,
    handle: str,
    display_name: str,
    password: str | None,
    language: str = "en",
    subscription: Subscription | str = Subscription.FREE,
    subscription_expires_at: datetime | None = None,
    status: AccountStatus | str = AccountStatus.ACTIVE,
    created_at: datetime,
) -> Account:
    """Create an account (password hashed with argon2 in a thread; None: no password).

    ``handle`` is stored lower-cased and must not look like an e-mail address or a
    phone number, so identifier lookups stay unambiguous. ``keys`` and ``box`` are
    accepted so every builder has the same shape; no secret is derived here.
    """
    del keys, box  # nothing to hash or encrypt besides the password
    kind, normalized = normalize_identifier(handle)
    if kind != "handle" or not normalized or len(normalized) > 64:
        raise ValueError("a handle is 1-64 characters and not an e-mail address or phone number")
    password_hash = await asyncio.to_thread(hash_password, password) if password else None
    account = Account(
        handle=normalized,
        display_name=display_name,
        status=AccountStatus(status).value,
        language=language,
        password_hash=password_hash,
        password_changed_at=created_at if password_hash else None,
        totp_last_step=0,
        subscription=Subscription(subscription).value,
        subscription_expires_at=subscription_expires_at,
        created_at=created_at,
    )
    session.add(account)
    await session.flush()
    await record_event(session, account.id, "account_created", at=created_at, actor=Actor.OWNER)
    return account


async def add_contact(
    session: AsyncSession,
    account_id: int,
    kind: ContactKind | str,
    value: str,
    *,
    added_at: datetime,
    added_by: Actor | str = Actor.OWNER,
    verified: bool = True,
) -> Contact:
    """Add an e-mail address or phone number (normalized), verified at ``added_at`` by default.

    A contact added by ``Actor.UNKNOWN`` (e.g. from an attacker's session) is
    recorded as a suspicious event.
    """
    contact_kind = ContactKind(kind)
    actor = Actor(added_by)
    contact = Contact(
        account_id=account_id,
        kind=contact_kind.value,
        value=normalize_contact(contact_kind, value),
        added_at=added_at,
        added_by=actor.value,
        verified_at=added_at if verified else None,
    )
    session.add(contact)
    await session.flush()
    await record_event(
        session,
        account_id,
        "contact_added",
        at=added_at,
        actor=actor,
        detail={
            "contact_id": contact.id,
            "kind": contact.kind,
            "value": mask_contact(contact.kind, contact.value),
            "verified": verified,
        },
        suspicious=actor is Actor.UNKNOWN,
    )
    return contact


async def enroll_totp(
    session: AsyncSession,
    box: SecretBox,
    account_id: int,
    *,
    at: datetime,
    by: Actor | str = Actor.OWNER,
) -> str:
    """Enrol a new TOTP seed (stored encrypted) and return it, base32, for the QR code.

    Replaces any earlier enrolment. ``totp_last_step`` is left as it is: it only grows.
    """
    account = await session.get(Account, account_id)
    if account is None:
        raise NotFoundError("There is no such account.")
    actor = Actor(by)
    seed = totp.new_secret()
    account.totp_secret_enc = box.encrypt(seed)
    account.totp_enrolled_at = at
    account.totp_enrolled_by = actor.value
    await session.flush()
    await record_event(
        session, account_id, "totp_enrolled", at=at, actor=actor, suspicious=actor is Actor.UNKNOWN
    )
    return seed


async def issue_backup_codes(
    session: AsyncSession,
    keys: ServerKeys,
    account_id: int,
    n: int = 10,
    *,
    at: datetime,
) -> list[str]:
    """Issue ``n`` new backup codes (80 bits, stored as keyed hashes); unused older ones go void."""
    await session.execute(
        update(BackupCode)
        .where(BackupCode.account_id == account_id, BackupCode.used_at.is_(None))
        .values(used_at=at)
        .execution_options(synchronize_session=False)
    )
    codes = [tokens.backup_code() for _ in range(n)]
    session.add_all(
        BackupCode(
            account_id=account_id,
            code_hash=tokens.keyed_hash(
                keys.hashing, BACKUP_CODE_PURPOSE, account_id, tokens.normalize_backup_code(code)
            ),
            created_at=at,
        )
        for code in codes
    )
    await session.flush()
    await record_event(session, account_id, "backup_codes_issued", at=at, detail={"count": n})
    return codes


def device_token_hash(keys: ServerKeys, account_id: int, token: str) -> str:
    """How a device token is stored: a keyed hash bound to the purpose and the account."""
    return tokens.keyed_hash(keys.hashing, DEVICE_PURPOSE, account_id, token)


async def register_device(
    session: AsyncSession,
    keys: ServerKeys,
    account_id: int,
    label: str,
    at: datetime,
    ip: str | None = None,
    *,
    user_agent: str | None = None,
    actor: Actor | str = Actor.OWNER,
) -> tuple[Device, str]:
    """Register a device and return it with its token (256 bits; only its hash is stored).

    Records a ``new_device`` event; one registered by ``Actor.UNKNOWN`` is suspicious.
    """
    token = tokens.bearer_token()
    device = Device(
        account_id=account_id,
        token_hash=device_token_hash(keys, account_id, token),
        label=clean_text(label, 128) or "Unknown device",
        first_seen_at=at,
        last_seen_at=at,
        last_ip=ip,
        user_agent=clean_text(user_agent, 256) if user_agent else None,
    )
    session.add(device)
    await session.flush()
    who = Actor(actor)
    await record_event(
        session,
        account_id,
        "new_device",
        at=at,
        actor=who,
        ip=ip,
        user_agent=device.user_agent,
        detail={"device_id": device.id, "label": device.label},
        suspicious=who is Actor.UNKNOWN,
    )
    return device, token
