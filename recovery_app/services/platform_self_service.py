"""Securing an account after recovery, by its owner (signed in on the platform).

- **A new authenticator (TOTP)**: the seed is generated *by the client* and sent
  once, with the current code, in the confirming request. The server checks the
  code against the proposed seed (30 s step, ±1 step, server time), then stores
  the seed encrypted, replacing any earlier factor. No response ever holds a
  seed (security check 9); see docs/decisions.md, "TOTP seeds and backup codes
  are made in the client".
- **Backup codes**: also made in the client (10 codes, 80 bits each); the server
  stores only their keyed hashes, exactly as the directory compares them.
- **Sessions and devices**: end one session, revoke a device (and its
  sessions), end every other session. The session making the request cannot
  end itself here (that is sign-out).

Factor changes need a recent sign-in (:data:`RECENT_SIGN_IN`): a session left
open on some computer cannot quietly replace the authenticator. Attempts to
confirm a TOTP are rate limited per account. Every change is a security event
(with the session and device that made it, so a later "that was not me" can
point back at it) and an audit row; neither holds a seed or a code.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import DomainError, RateLimitedError
from recovery_app.domain.model import Actor
from recovery_app.security import tokens, totp
from recovery_app.services import audit, rate_limits
from recovery_app.services.context import Caller, Services
from recovery_app.services.owner_notices import cancel_link, notify_owner
from recovery_app.services.platform import PlatformPrincipal
from recovery_app.storage.directory import BACKUP_CODE_PURPOSE, record_event
from recovery_app.storage.models import Account, BackupCode, Case, Device, PlatformSession

__all__ = [
    "BACKUP_CODE_COUNT",
    "RECENT_SIGN_IN",
    "TOTP_ATTEMPTS",
    "TOTP_ATTEMPT_WINDOW",
    "CurrentDeviceError",
    "CurrentSessionError",
    "DeviceNotFoundError",
    "InvalidBackupCodesError",
    "InvalidTotpCodeError",
    "InvalidTotpSeedError",
    "RecentSignInRequiredError",
    "SecondFactorMissingError",
    "SessionNotFoundError",
    "TotpAttemptsExceededError",
    "end_other_sessions",
    "end_session",
    "enrol_totp",
    "replace_backup_codes",
    "revoke_device",
]

RECENT_SIGN_IN = timedelta(minutes=30)
TOTP_ATTEMPTS = 10  # confirmations per account per window
TOTP_ATTEMPT_WINDOW = timedelta(minutes=15)
BACKUP_CODE_COUNT = 10
_SEED = re.compile(r"^[A-Z2-7]{32,64}$")  # base32, 160-320 bits (pyotp.random_base32 gives 32)
_BACKUP_CODE = re.compile(r"^[a-z2-7]{16}$")  # 80 bits, as tokens.backup_code() makes them
_ACTOR_TYPE = "owner"


# -- errors -------------------------------------------------------------------------


class InvalidTotpSeedError(DomainError):
    code = "invalid_totp_seed"
    status = 422
    title = "Key not usable"

    def __init__(self) -> None:
        super().__init__("The authenticator key is not valid. Start the set-up again.")


class InvalidTotpCodeError(DomainError):
    code = "invalid_totp_code"
    status = 422
    title = "Code not accepted"

    def __init__(self) -> None:
        super().__init__(
            "That code was not accepted. Enter the current 6-digit code your authenticator "
            "app shows for this account; if it was just used, wait for the next one."
        )


class TotpAttemptsExceededError(RateLimitedError):
    code = "totp_attempts_exceeded"

    def __init__(self) -> None:
        super().__init__("Too many codes were tried. Wait 15 minutes, then try again.")


class RecentSignInRequiredError(DomainError):
    code = "recent_sign_in_required"
    status = 403
    title = "Sign in again"

    def __init__(self) -> None:
        super().__init__("To change how you sign in, sign in again first (at most 30 minutes ago).")


class SecondFactorMissingError(DomainError):
    code = "second_factor_missing"
    status = 409
    title = "Set up an authenticator first"

    def __init__(self) -> None:
        super().__init__("Backup codes belong to an authenticator app. Set one up first.")


class InvalidBackupCodesError(DomainError):
    code = "invalid_backup_codes"
    status = 422
    title = "Backup codes not usable"

    def __init__(self) -> None:
        super().__init__(
            f"Send exactly {BACKUP_CODE_COUNT} different new backup codes of 16 letters and "
            "digits each. Generate a new set and try again."
        )


class SessionNotFoundError(DomainError):
    code = "session_not_found"
    status = 404
    title = "No such session"

    def __init__(self) -> None:
        super().__init__("This account has no such session. Reload the list.")


class DeviceNotFoundError(DomainError):
    code = "device_not_found"
    status = 404
    title = "No such device"

    def __init__(self) -> None:
        super().__init__("This account has no such device. Reload the list.")


class CurrentSessionError(DomainError):
    code = "current_session"
    status = 409
    title = "This is your current session"

    def __init__(self) -> None:
        super().__init__("This is the session you are using now. To end it, sign out.")


class CurrentDeviceError(DomainError):
    code = "current_device"
    status = 409
    title = "This is your current device"

    def __init__(self) -> None:
        super().__init__("This is the device you are using now. To leave it, sign out.")


# -- helpers ----------------------------------------------------------------------------


def _rowcount(result: object) -> int:
    return cast(CursorResult[Any], result).rowcount


def _require_recent_sign_in(services: Services, principal: PlatformPrincipal) -> None:
    signed_in = principal.signed_in_at
    if signed_in is None or services.clock.now() - signed_in > RECENT_SIGN_IN:
        raise RecentSignInRequiredError()


def _where(principal: PlatformPrincipal) -> dict[str, Any]:
    """Which session and device made a change (kept on the event; never a token)."""
    return {"session_id": principal.session_id, "device_id": principal.device_id}


async def _event_and_audit(
    session: AsyncSession,
    principal: PlatformPrincipal,
    caller: Caller,
    now: datetime,
    kind: str,
    detail: dict[str, Any],
) -> None:
    await record_event(
        session,
        principal.account_id,
        kind,
        at=now,
        actor=Actor.OWNER,
        ip=caller.ip,
        user_agent=caller.user_agent,
        detail={**_where(principal), **detail},
    )
    await audit.append(
        session,
        at=now,
        actor_type=_ACTOR_TYPE,
        actor_id=principal.account_id,
        action=f"platform.{kind}",
        account_id=principal.account_id,
        ip=caller.ip,
        detail={**_where(principal), **detail},
    )


async def _notify_contacts(
    services: Services, session: AsyncSession, account_id: int, change: str, now: datetime
) -> None:
    """Tell the contacts verified before the latest case's window (check 19).

    Without any case there is no compromise window to judge contacts by, and
    nothing is sent (as for a password reset).
    """
    case = await session.scalar(
        select(Case).where(Case.account_id == account_id).order_by(Case.id.desc()).limit(1)
    )
    if case is not None:
        await notify_owner(
            services,
            session,
            case,
            "change_done",
            now,
            change=change,
            cancel_link=cancel_link(services, case),
        )


# -- second factor -------------------------------------------------------------------------


async def enrol_totp(
    services: Services,
    principal: PlatformPrincipal,
    seed: str,
    code: str,
    caller: Caller | None = None,
) -> datetime:
    """Store ``seed`` (encrypted) as the account's authenticator once ``code`` proves it.

    The matched step becomes ``totp_last_step`` with a conditional UPDATE, so the
    same code cannot confirm twice, nor sign in afterwards. Unused backup codes
    of an earlier authenticator are voided. Returns the enrolment time.
    """
    caller = caller or Caller()
    if not _SEED.match(seed):
        raise InvalidTotpSeedError()
    _require_recent_sign_in(services, principal)
    refusal: DomainError | None = None
    now = services.clock.now()
    async with services.write() as session:
        count = await rate_limits.hit(
            session,
            f"totp_enrolment:{principal.account_id}",
            now=now,
            window=TOTP_ATTEMPT_WINDOW,
        )
        if count > TOTP_ATTEMPTS:
            refusal = TotpAttemptsExceededError()
        else:
            refusal = await _store_seed(services, session, principal, seed, code, caller, now)
    if refusal is not None:
        raise refusal
    return now


async def _store_seed(
    services: Services,
    session: AsyncSession,
    principal: PlatformPrincipal,
    seed: str,
    code: str,
    caller: Caller,
    now: datetime,
) -> DomainError | None:
    row = (
        await session.execute(
            select(Account.totp_last_step, Account.totp_secret_enc).where(
                Account.id == principal.account_id
            )
        )
    ).one()
    step = totp.verify(seed, code, last_step=row.totp_last_step)
    if step is None:
        return InvalidTotpCodeError()
    claimed = await session.execute(
        update(Account)
        .where(Account.id == principal.account_id, Account.totp_last_step < step)
        .values(
            totp_secret_enc=services.box.encrypt(seed),
            totp_enrolled_at=now,
            totp_enrolled_by=Actor.OWNER.value,
            totp_last_step=step,
        )
        .execution_options(synchronize_session=False)
    )
    if _rowcount(claimed) != 1:
        return InvalidTotpCodeError()  # another request used this step first
    voided = await session.execute(
        update(BackupCode)
        .where(BackupCode.account_id == principal.account_id, BackupCode.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    detail = {"replaced": row.totp_secret_enc is not None, "backup_codes_voided": _rowcount(voided)}
    await _event_and_audit(session, principal, caller, now, "totp_enrolled", detail)
    await _notify_contacts(services, session, principal.account_id, "authenticator_changed", now)
    return None


async def replace_backup_codes(
    services: Services,
    principal: PlatformPrincipal,
    codes: list[str],
    caller: Caller | None = None,
) -> int:
    """Store the keyed hashes of ``codes`` (made by the client); older unused ones go void."""
    caller = caller or Caller()
    normalized = [tokens.normalize_backup_code(code) for code in codes]
    if (
        len(normalized) != BACKUP_CODE_COUNT
        or len(set(normalized)) != len(normalized)
        or not all(_BACKUP_CODE.match(code) for code in normalized)
    ):
        raise InvalidBackupCodesError()
    _require_recent_sign_in(services, principal)
    account_id = principal.account_id
    hashes = [
        tokens.keyed_hash(services.keys.hashing, BACKUP_CODE_PURPOSE, account_id, code)
        for code in normalized
    ]
    now = services.clock.now()
    async with services.write() as session:
        enrolled = await session.scalar(
            select(Account.totp_secret_enc).where(Account.id == account_id)
        )
        if enrolled is None:
            raise SecondFactorMissingError()
        seen = await session.scalar(
            select(func.count(BackupCode.id)).where(BackupCode.code_hash.in_(hashes))
        )
        if seen:  # a replayed request, or codes that were ever issued before
            raise InvalidBackupCodesError()
        await session.execute(
            update(BackupCode)
            .where(BackupCode.account_id == account_id, BackupCode.used_at.is_(None))
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        session.add_all(
            BackupCode(account_id=account_id, code_hash=code_hash, created_at=now)
            for code_hash in hashes
        )
        await session.flush()
        await _event_and_audit(
            session, principal, caller, now, "backup_codes_issued", {"count": len(hashes)}
        )
        await _notify_contacts(services, session, account_id, "backup_codes_changed", now)
    return len(hashes)


# -- sessions and devices ----------------------------------------------------------------


async def end_session(
    services: Services,
    principal: PlatformPrincipal,
    session_id: int,
    caller: Caller | None = None,
) -> None:
    """End one of the account's other sessions (ending an ended one changes nothing)."""
    caller = caller or Caller()
    if session_id == principal.session_id:
        raise CurrentSessionError()
    async with services.write() as session:
        row = await session.get(PlatformSession, session_id)
        if row is None or row.account_id != principal.account_id:
            raise SessionNotFoundError()
        if row.revoked_at is not None:
            return
        now = services.clock.now()
        row.revoked_at = now
        await session.flush()
        detail = {"ended_session_id": row.id, "ended_device_id": row.device_id}
        await _event_and_audit(session, principal, caller, now, "session_ended", detail)


async def revoke_device(
    services: Services,
    principal: PlatformPrincipal,
    device_id: int,
    caller: Caller | None = None,
) -> int:
    """Revoke one of the account's other devices and end its sessions; returns how many."""
    caller = caller or Caller()
    if device_id == principal.device_id:
        raise CurrentDeviceError()
    async with services.write() as session:
        device = await session.get(Device, device_id)
        if device is None or device.account_id != principal.account_id:
            raise DeviceNotFoundError()
        now = services.clock.now()
        live = (
            await session.scalars(
                select(PlatformSession.id).where(
                    PlatformSession.device_id == device_id, PlatformSession.revoked_at.is_(None)
                )
            )
        ).all()
        if device.revoked_at is not None and not live:
            return 0
        if principal.session_id in live:  # a device id that the current session uses
            raise CurrentDeviceError()
        device.revoked_at = device.revoked_at or now
        await session.execute(
            update(PlatformSession)
            .where(PlatformSession.id.in_(live))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        detail = {"revoked_device_id": device_id, "ended_session_ids": list(live)}
        await _event_and_audit(session, principal, caller, now, "device_revoked", detail)
    return len(live)


async def end_other_sessions(
    services: Services, principal: PlatformPrincipal, caller: Caller | None = None
) -> int:
    """End every session of the account but the current one; returns how many ended."""
    caller = caller or Caller()
    async with services.write() as session:
        now = services.clock.now()
        ended = await session.execute(
            update(PlatformSession)
            .where(
                PlatformSession.account_id == principal.account_id,
                PlatformSession.id != principal.session_id,
                PlatformSession.revoked_at.is_(None),
            )
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        count = _rowcount(ended)
        if count:
            await _event_and_audit(
                session, principal, caller, now, "other_sessions_ended", {"count": count}
            )
    return count
