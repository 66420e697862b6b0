"""Minimal platform sign-in on the built-in directory (DESIGN §2): sessions, sign-out, reset.

It exists so the end of a recovery can be shown and tested end to end: an
attacker's session, once revoked, answers 401; a reset link changes the
password without signing anyone in; the owner then signs in again with every
factor.

Rules decided here:

- Unknown identifiers and wrong passwords get the same answer (401
  ``invalid_credentials``, same body) at the same cost: argon2 always runs,
  against a dummy hash when there is no account (security check 10).
- Password attempts are throttled per source and per account name with growing
  delays (429 ``rate_limited`` with ``Retry-After``), never locked; a request
  from one of the account's known devices is not slowed by others' failures
  (:mod:`recovery_app.services.sign_in_throttle`).
- With the right password and TOTP enrolled, a missing or wrong code answers
  401 ``second_factor_required``. This tells the caller the password was
  right, as every sign-in with a second step does. Wrong codes spend the
  account's sign-in guess pool (``guess_pool_sign_in``, refilling); while it is
  empty the second step answers 429 ``too_many_failures`` with ``Retry-After``.
  Failures in recovery cases never count here (check 37).
- A locked, suspended or on-hold account is told so only after the password
  and second factor were right: 403 ``account_disabled`` with a sentence
  pointing to the appeal (a recovery case), never before, so the status is
  not a free lookup.
- A password reset never signs anyone in and ends every session (checks 21, 22).

Tokens are 256-bit bearer values stored as keyed hashes: purpose
``platform_session`` for sessions, ``reset_link`` for reset links (both with
no subject, so they can be looked up by value), ``device`` bound to the account.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.directory import DeviceFact, SessionFact
from recovery_app.domain.errors import DomainError
from recovery_app.domain.model import AccountStatus, Actor
from recovery_app.security import tokens
from recovery_app.security.keys import ServerKeys
from recovery_app.security.passwords import hash_password, password_problem, verify_password
from recovery_app.services import audit, guess_budgets, sign_in_throttle
from recovery_app.services.context import Caller, Services
from recovery_app.services.owner_notices import cancel_link, notify_owner
from recovery_app.storage.accounts_admin import device_token_hash, register_device
from recovery_app.storage.directory import (
    SqlAccountDirectory,
    clean_text,
    normalize_identifier,
    record_event,
)
from recovery_app.storage.models import (
    Account,
    Case,
    Device,
    PasswordResetToken,
    PlatformSession,
    SecurityEvent,
)

__all__ = [
    "RESET_PURPOSE",
    "SESSION_LIFETIME",
    "SESSION_PURPOSE",
    "AccountDisabledError",
    "InvalidCredentialsError",
    "InvalidResetLinkError",
    "PlatformPrincipal",
    "SecondFactorRequiredError",
    "SessionsOverview",
    "SignedIn",
    "TooManyFailuresError",
    "WeakPasswordError",
    "authenticate",
    "issue_reset_token",
    "list_sessions",
    "reset_password",
    "session_token_hash",
    "sign_in",
    "sign_out",
]

SESSION_PURPOSE = "platform_session"
RESET_PURPOSE = "reset_link"
SESSION_LIFETIME = timedelta(days=14)  # absolute; platform sessions have no idle limit
LAST_SEEN_RESOLUTION = timedelta(minutes=1)  # write last_seen_at at most this often
MAX_TOKEN_CHARS = 256
_ACTOR_TYPE = "owner"  # the person at the platform's sign-in is treated as the owner


# -- errors -------------------------------------------------------------------


class InvalidCredentialsError(DomainError):
    code = "invalid_credentials"
    status = 401
    title = "Sign-in failed"

    def __init__(self) -> None:
        super().__init__(
            "The account name or password is not right. Check them and try again, "
            "or open a recovery case if you cannot get in."
        )


class SecondFactorRequiredError(DomainError):
    code = "second_factor_required"
    status = 401
    title = "Second step needed"

    def __init__(self, *, wrong: bool) -> None:
        first = "That code was not accepted." if wrong else "This account has a second step."
        super().__init__(
            f"{first} Enter the current 6-digit code from your authenticator app, "
            "or one of your backup codes."
        )


class TooManyFailuresError(DomainError):
    code = "too_many_failures"
    status = 429
    title = "Too many wrong codes"

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            "Too many wrong codes were entered for this account just now. Try again later, "
            "or open a recovery case to get back in.",
            retry_after=retry_after,
        )


class AccountDisabledError(DomainError):
    code = "account_disabled"
    status = 403
    title = "Account not available"

    def __init__(self, status: AccountStatus) -> None:
        reasons = {
            AccountStatus.LOCKED: "This account is locked.",
            AccountStatus.SUSPENDED: "This account is suspended.",
            AccountStatus.RECOVERY_HOLD: "This account is on hold while it is being recovered.",
        }
        reason = reasons.get(status, "This account cannot be used right now.")
        super().__init__(
            f"{reason} Open a recovery case (or follow your open one) to appeal or get it back."
        )


class WeakPasswordError(DomainError):
    code = "weak_password"
    status = 422
    title = "Choose another password"


class InvalidResetLinkError(DomainError):
    """404: the link does not exist (any more). One answer for unknown, used, expired, replaced."""

    code = "invalid_reset_link"
    status = 404
    title = "Reset link not valid"

    def __init__(self) -> None:
        super().__init__(
            "This reset link is not valid: it was already used, has expired or was "
            "replaced by a newer one. Ask for a new link in your recovery case."
        )


# -- results --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A new session. ``device_token`` is set only for a device seen for the first time."""

    session_token: str
    device_token: str | None
    expires_at: datetime
    account_id: int
    handle: str
    display_name: str


@dataclass(frozen=True, slots=True)
class PlatformPrincipal:
    """The account behind a valid platform session token. Holds no secret."""

    account_id: int
    session_id: int
    device_id: int | None
    handle: str
    display_name: str
    status: AccountStatus
    signed_in_at: datetime | None = None  # when this session was opened (recent sign-in checks)


@dataclass(frozen=True, slots=True)
class SessionsOverview:
    """An account's sessions and devices, newest first, for the "review sessions" screen."""

    sessions: tuple[SessionFact, ...]
    devices: tuple[DeviceFact, ...]


@dataclass(frozen=True, slots=True)
class _SignInTarget:
    id: int
    password_hash: str | None
    has_totp: bool


# -- hashing ----------------------------------------------------------------------


def session_token_hash(keys: ServerKeys, token: str) -> str:
    return tokens.keyed_hash(keys.hashing, SESSION_PURPOSE, None, token)


def _reset_token_hash(keys: ServerKeys, token: str) -> str:
    return tokens.keyed_hash(keys.hashing, RESET_PURPOSE, None, token)


def _rowcount(result: object) -> int:
    return cast(CursorResult[Any], result).rowcount


# -- sign-in ------------------------------------------------------------------------


async def sign_in(
    services: Services,
    *,
    identifier: str,
    password: str,
    totp_code: str | None = None,
    backup_code: str | None = None,
    device_token: str | None = None,
    device_label: str | None = None,
    caller: Caller | None = None,
) -> SignedIn:
    """Check password, then the second factor where enrolled, then status; open a session."""
    caller = caller or Caller()
    target = await _find_target(services, identifier)
    throttles = await _throttles(services, identifier, target, device_token, caller)
    async with services.write() as session:  # refused here before any password is checked
        await sign_in_throttle.admit(session, services.settings, throttles, services.clock.now())
    password_ok = await asyncio.to_thread(
        verify_password, target.password_hash if target else None, password
    )
    if target is None or not password_ok:
        raise InvalidCredentialsError()
    # Spent guesses are counted in this transaction, which must commit: the
    # error is raised only after it has.
    async with services.write() as session:
        await sign_in_throttle.succeeded(session, throttles)
        if target.has_totp and not (totp_code or backup_code):
            refusal: DomainError | None = SecondFactorRequiredError(wrong=False)
        else:
            refusal = await _check_factors_and_status(
                services, session, target, totp_code, backup_code
            )
        if refusal is None:
            factor = _factor_name(target, totp_code)
            signed_in = await _open_session(
                services, session, target.id, factor, device_token, device_label, caller
            )
    if refusal is not None:
        raise refusal
    return signed_in


async def _throttles(
    services: Services,
    identifier: str,
    target: _SignInTarget | None,
    device_token: str | None,
    caller: Caller,
) -> list[sign_in_throttle.Throttle]:
    """Per source always; per account name unless the request comes from one of the
    account's known devices, which strangers' failures never slow."""
    settings, hashing = services.settings, services.keys.hashing
    source = sign_in_throttle.key(hashing, "platform_src", caller.ip)
    throttles = [
        sign_in_throttle.source(settings, source, settings.sign_in_source_max_delay_seconds)
    ]
    async with services.read() as session:  # the same query whether or not there is one
        known = await _known_device(
            services.keys, session, target.id if target else -1, device_token
        )
    if known is None:
        _, name = normalize_identifier(identifier)
        account = sign_in_throttle.key(hashing, "platform_acct", name)
        throttles.append(
            sign_in_throttle.account(settings, account, settings.sign_in_account_max_delay_seconds)
        )
    return throttles


def _factor_name(target: _SignInTarget, totp_code: str | None) -> str:
    """Which factor completed the sign-in (for the audit row; never the code itself)."""
    if not target.has_totp:
        return "password"
    return "totp" if totp_code else "backup_code"


async def _find_target(services: Services, identifier: str) -> _SignInTarget | None:
    """The account to check the password against; the same queries run when there is none."""
    async with services.read() as session:
        directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
        account_id = await directory.find(identifier)
        row = (
            await session.execute(
                select(Account.id, Account.password_hash, Account.totp_secret_enc).where(
                    Account.id == (account_id if account_id is not None else -1)
                )
            )
        ).one_or_none()
    if row is None:
        return None
    return _SignInTarget(row.id, row.password_hash, row.totp_secret_enc is not None)


async def _check_factors_and_status(
    services: Services,
    session: AsyncSession,
    target: _SignInTarget,
    totp_code: str | None,
    backup_code: str | None,
) -> DomainError | None:
    """None when sign-in may go on, else the error to raise once this transaction commits.

    Wrong codes are counted and committed; an account that is not active is
    refused only here, after every factor was right.
    """
    directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
    if target.has_totp:
        now = services.clock.now()
        pool = guess_budgets.sign_in_pool(services.settings, target.id)
        if not await guess_budgets.take(session, pool, now):  # taken before the check
            return TooManyFailuresError(await guess_budgets.retry_after(session, pool, now))
        if totp_code:
            passed = await directory.check_totp(target.id, totp_code)
        else:
            passed = await directory.use_backup_code(target.id, backup_code or "")
        if not passed:
            return SecondFactorRequiredError(wrong=True)
        await guess_budgets.give_back(session, pool, now)
    current = await session.scalar(select(Account.status).where(Account.id == target.id))
    status = AccountStatus(current or AccountStatus.LOCKED)
    if status is not AccountStatus.ACTIVE:
        return AccountDisabledError(status)
    return None


async def _open_session(
    services: Services,
    session: AsyncSession,
    account_id: int,
    factor: str,
    device_token: str | None,
    device_label: str | None,
    caller: Caller,
) -> SignedIn:
    now = services.clock.now()
    device = await _known_device(services.keys, session, account_id, device_token)
    new_device_token: str | None = None
    if device is None:
        label = device_label or (caller.user_agent or "")[:60] or "Unknown device"
        device, new_device_token = await register_device(
            session, services.keys, account_id, label, now, caller.ip, user_agent=caller.user_agent
        )
    else:
        device.last_seen_at = now
        device.last_ip = caller.ip
    token = tokens.bearer_token()
    row = PlatformSession(
        account_id=account_id,
        device_id=device.id,
        token_hash=session_token_hash(services.keys, token),
        created_at=now,
        last_seen_at=now,
        ip=caller.ip,
        user_agent=clean_text(caller.user_agent, 256) if caller.user_agent else None,
    )
    session.add(row)
    await session.flush()
    if new_device_token is not None:
        await _link_new_device_event(session, account_id, device.id, row.id)
    await audit.append(
        session,
        at=now,
        actor_type=_ACTOR_TYPE,
        actor_id=account_id,
        action="platform.sign_in",
        account_id=account_id,
        ip=caller.ip,
        detail={
            "session_id": row.id,
            "device_id": device.id,
            "new_device": new_device_token is not None,
            "factor": factor,
        },
    )
    account = await session.get(Account, account_id)
    assert account is not None
    return SignedIn(
        session_token=token,
        device_token=new_device_token,
        expires_at=now + SESSION_LIFETIME,
        account_id=account_id,
        handle=account.handle,
        display_name=account.display_name,
    )


async def _link_new_device_event(
    session: AsyncSession, account_id: int, device_id: int, session_id: int
) -> None:
    """Add the session id to the device's ``new_device`` event, so the sign-in it came with
    can be tied to that session later (see :mod:`recovery_app.services.platform_events`)."""
    event = await session.scalar(
        select(SecurityEvent)
        .where(SecurityEvent.account_id == account_id, SecurityEvent.kind == "new_device")
        .order_by(SecurityEvent.id.desc())
        .limit(1)
    )
    if event is not None and (event.detail or {}).get("device_id") == device_id:
        event.detail = {**event.detail, "session_id": session_id}
        await session.flush()


async def _known_device(
    keys: ServerKeys, session: AsyncSession, account_id: int, device_token: str | None
) -> Device | None:
    if not device_token or len(device_token) > MAX_TOKEN_CHARS:
        return None
    return await session.scalar(
        select(Device).where(
            Device.account_id == account_id,
            Device.token_hash == device_token_hash(keys, account_id, device_token),
            Device.revoked_at.is_(None),
        )
    )


# -- the signed-in session ---------------------------------------------------------------


async def authenticate(services: Services, token: str) -> PlatformPrincipal | None:
    """The principal behind a session token, or None when unknown, revoked, expired or disabled."""
    if not token or len(token) > MAX_TOKEN_CHARS:
        return None
    now = services.clock.now()
    async with services.read() as session:
        row = (
            await session.execute(
                select(
                    PlatformSession.id,
                    PlatformSession.account_id,
                    PlatformSession.device_id,
                    PlatformSession.created_at,
                    PlatformSession.last_seen_at,
                    Account.handle,
                    Account.display_name,
                    Account.status,
                )
                .join(Account, Account.id == PlatformSession.account_id)
                .where(
                    PlatformSession.token_hash == session_token_hash(services.keys, token),
                    PlatformSession.revoked_at.is_(None),
                )
            )
        ).one_or_none()
    if row is None or now >= row.created_at + SESSION_LIFETIME:
        return None
    if row.status != AccountStatus.ACTIVE.value:
        return None
    if now - row.last_seen_at >= LAST_SEEN_RESOLUTION:
        await _touch(services, row.id, row.device_id, now)
    return PlatformPrincipal(
        account_id=row.account_id,
        session_id=row.id,
        device_id=row.device_id,
        handle=row.handle,
        display_name=row.display_name,
        status=AccountStatus(row.status),
        signed_in_at=row.created_at,
    )


async def _touch(services: Services, session_id: int, device_id: int | None, now: datetime) -> None:
    """Record activity (not audited: it changes nothing about the account's security)."""
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(PlatformSession)
            .where(PlatformSession.id == session_id, PlatformSession.revoked_at.is_(None))
            .values(last_seen_at=now)
        )
        if device_id is not None:
            await session.execute(
                update(Device)
                .where(Device.id == device_id, Device.revoked_at.is_(None))
                .values(last_seen_at=now)
            )


async def sign_out(
    services: Services,
    principal: PlatformPrincipal,
    caller: Caller | None = None,
) -> None:
    """End the caller's own session (its device stays known)."""
    caller = caller or Caller()
    async with services.write() as session:
        now = services.clock.now()
        await session.execute(
            update(PlatformSession)
            .where(PlatformSession.id == principal.session_id, PlatformSession.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        await audit.append(
            session,
            at=now,
            actor_type=_ACTOR_TYPE,
            actor_id=principal.account_id,
            action="platform.sign_out",
            account_id=principal.account_id,
            ip=caller.ip,
            detail={"session_id": principal.session_id},
        )


async def list_sessions(services: Services, principal: PlatformPrincipal) -> SessionsOverview:
    """The signed-in account's own sessions and devices, newest first, revoked ones included."""
    async with services.read() as session:
        directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
        sessions = await directory.sessions(principal.account_id)
        devices = await directory.devices(principal.account_id)
    return SessionsOverview(sessions=sessions[::-1], devices=devices[::-1])


# -- password reset -----------------------------------------------------------------------


async def issue_reset_token(
    session: AsyncSession,
    keys: ServerKeys,
    account_id: int,
    case_id: int | None,
    now: datetime,
    minutes: int,
) -> str:
    """Create a single-use reset token valid for ``minutes``; older unused ones are voided.

    Runs in the caller's transaction (the restore service's). Returns the
    token for the link; only its keyed hash is stored. Voided tokens get
    ``used_at`` set, so "used" means "no longer usable".
    """
    await session.execute(
        update(PasswordResetToken)
        .where(PasswordResetToken.account_id == account_id, PasswordResetToken.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    token = tokens.bearer_token()
    expires_at = now + timedelta(minutes=minutes)
    session.add(
        PasswordResetToken(
            account_id=account_id,
            case_id=case_id,
            token_hash=_reset_token_hash(keys, token),
            created_at=now,
            expires_at=expires_at,
        )
    )
    await session.flush()
    await record_event(
        session,
        account_id,
        "reset_link_issued",
        at=now,
        actor=Actor.SYSTEM,
        detail={"case_id": case_id, "expires_at": expires_at.isoformat()},
    )
    return token


@dataclass(frozen=True, slots=True)
class _ResetTarget:
    token_id: int
    account_id: int
    case_id: int | None
    forbidden: tuple[str, ...]


async def reset_password(
    services: Services,
    token: str,
    new_password: str,
    caller: Caller | None = None,
) -> None:
    """Set a new password with a reset token, end every session, and sign nobody in.

    A weak password is refused before the token is spent, so the person can
    try again with the same link.
    """
    caller = caller or Caller()
    target = await _reset_target(services, token)
    problem = password_problem(new_password, forbidden=target.forbidden)
    if problem is not None:
        raise WeakPasswordError(problem)
    new_hash = await asyncio.to_thread(hash_password, new_password)
    async with services.write() as session:
        done = await _apply_reset(services, session, target, new_hash, caller)
    if not done:
        raise InvalidResetLinkError()


async def _reset_target(services: Services, token: str) -> _ResetTarget:
    if not token or len(token) > MAX_TOKEN_CHARS:
        raise InvalidResetLinkError()
    async with services.read() as session:
        row = (
            await session.execute(
                select(
                    PasswordResetToken.id,
                    PasswordResetToken.account_id,
                    PasswordResetToken.case_id,
                    PasswordResetToken.expires_at,
                    PasswordResetToken.used_at,
                    Account.handle,
                    Account.display_name,
                )
                .join(Account, Account.id == PasswordResetToken.account_id)
                .where(PasswordResetToken.token_hash == _reset_token_hash(services.keys, token))
            )
        ).one_or_none()
    if row is None or row.used_at is not None or row.expires_at <= services.clock.now():
        raise InvalidResetLinkError()
    return _ResetTarget(
        token_id=row.id,
        account_id=row.account_id,
        case_id=row.case_id,
        forbidden=(row.handle, *row.display_name.split()),
    )


async def _apply_reset(
    services: Services,
    session: AsyncSession,
    target: _ResetTarget,
    new_hash: str,
    caller: Caller,
) -> bool:
    """Spend the token atomically, then change the password and revoke every session."""
    now = services.clock.now()
    spent = await session.execute(
        update(PasswordResetToken)
        .where(
            PasswordResetToken.id == target.token_id,
            PasswordResetToken.used_at.is_(None),
            PasswordResetToken.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if _rowcount(spent) != 1:
        return False
    await session.execute(
        update(Account)
        .where(Account.id == target.account_id)
        .values(password_hash=new_hash, password_changed_at=now)
        .execution_options(synchronize_session=False)
    )
    revoked = await session.execute(
        update(PlatformSession)
        .where(
            PlatformSession.account_id == target.account_id, PlatformSession.revoked_at.is_(None)
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    detail = {"sessions_revoked": _rowcount(revoked), "case_id": target.case_id}
    await record_event(
        session,
        target.account_id,
        "password_reset",
        at=now,
        actor=Actor.OWNER,
        ip=caller.ip,
        user_agent=caller.user_agent,
        detail=detail,
    )
    case = await session.get(Case, target.case_id) if target.case_id is not None else None
    case_ref = case.reference if case is not None else None
    if case is not None:  # every pre-compromise contact hears of it (check 19)
        await notify_owner(
            services,
            session,
            case,
            "change_done",
            now,
            change="password_changed",
            cancel_link=cancel_link(services, case),
        )
    await audit.append(
        session,
        at=now,
        actor_type=_ACTOR_TYPE,
        actor_id=target.account_id,
        action="platform.password_reset",
        case_ref=case_ref,
        account_id=target.account_id,
        ip=caller.ip,
        detail=detail,
    )
    return True
