"""Support agents: creation, sign-in with password and TOTP, sessions, disabling.

Properties this module holds (shared/SECURITY-CHECKS.md 4, 9, 10, 23, 30):

- sign-in needs the password *and* a TOTP code; every failure (unknown or
  disabled user, wrong password, wrong or replayed code) is the same
  :class:`~recovery_app.services.agent_errors.InvalidCredentialsError`, and
  costs the same: argon2 always runs (against a dummy hash for unknown users);
- a TOTP time step is accepted once: an atomic conditional UPDATE of
  ``agents.totp_last_step`` refuses it from every other session;
- failed sign-ins slow down the source they come from, and the user name *from
  that source*, with growing delays (:mod:`recovery_app.services.sign_in_throttle`),
  charged before the check so parallel guesses cannot slip through; nobody who
  knows a user name can lock its agent out from the agent's own address;
- a session token is 256 random bits, stored only as a keyed hash, and dies
  after ``agent_idle_minutes`` without a request or ``agent_absolute_hours``
  after sign-in, whichever comes first; disabling an agent revokes all their
  sessions in the same transaction;
- every sign-in, failure, sign-out, creation and disabling is audited with who
  and from where, never with a password, code, token or seed. The TOTP seed
  leaves this module once, to the admin creating the account.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.model import AgentStatus, Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.security import passwords, tokens, totp
from recovery_app.security.crypto import InvalidToken
from recovery_app.services import audit, sign_in_throttle
from recovery_app.services.agent_errors import (
    AgentExistsError,
    AgentNotFoundError,
    CannotDisableSelfError,
    InvalidAgentError,
    InvalidCredentialsError,
)
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Agent, AgentSession

log = logging.getLogger(__name__)

SESSION_PURPOSE = "agent_session"
# last_seen_at is written at most this often, to spare a write on every request.
TOUCH_INTERVAL = timedelta(minutes=1)
USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,63}$"
MAX_TOKEN_LENGTH = 256

_USERNAME_RE = re.compile(USERNAME_PATTERN)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# Checked against when the user does not exist, so both paths do the same work.
_DUMMY_TOTP_SECRET = totp.new_secret()
_NO_CALLER = Caller()


class SignIn(NamedTuple):
    """A new session: the token (shown to the agent once), who they are, and its end."""

    token: str
    agent: AgentPrincipal
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class AgentInfo:
    """An agent account as admins see it. Never carries a secret."""

    id: int
    username: str
    display_name: str
    role: Role
    status: AgentStatus
    created_at: datetime


def normalize_username(username: str) -> str:
    return username.strip().lower()


def enrolment_uri(username: str, seed: str) -> str:
    """The ``otpauth://`` URI an authenticator app scans. It carries the seed."""
    return totp.provisioning_uri(seed, normalize_username(username))


# --- creating agents -------------------------------------------------------------------


async def create_agent(
    services: Services,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    *,
    by: AgentPrincipal | None = None,
    caller: Caller | None = None,
) -> tuple[int, str]:
    """Create an active agent; returns its id and the TOTP seed.

    The seed is returned only so the creator can show the enrolment (QR code)
    once; it is stored encrypted. ``by`` is the admin doing it, or None for
    the ``recovery-server create-agent`` command.
    """
    username = normalize_username(username)
    display_name = display_name.strip()
    checked_role = _check_new_agent(username, display_name, role, password)
    password_hash = await asyncio.to_thread(passwords.hash_password, password)
    seed = totp.new_secret()
    now = services.clock.now()
    async with services.write() as session:
        if await _agent_by_username(session, username) is not None:
            raise AgentExistsError("An agent with this user name already exists. Choose another.")
        agent = Agent(
            username=username,
            display_name=display_name,
            role=checked_role.value,
            status=AgentStatus.ACTIVE.value,
            password_hash=password_hash,
            totp_secret_enc=services.box.encrypt(seed),
            totp_last_step=0,
            languages=[],
            max_chats=4,
            created_at=now,
        )
        session.add(agent)
        try:
            await session.flush()
        except IntegrityError as exc:
            raise AgentExistsError(
                "An agent with this user name already exists. Choose another."
            ) from exc
        await _audit(
            session,
            now,
            "agent.created",
            by,
            caller,
            {"agent_id": agent.id, "username": username, "role": checked_role.value},
        )
        return agent.id, seed


def _check_new_agent(username: str, display_name: str, role: Role | str, password: str) -> Role:
    if not _USERNAME_RE.fullmatch(username):
        raise InvalidAgentError(
            "Use 3 to 64 characters for the user name: letters, digits, '.', '_' or '-', "
            "starting with a letter or digit."
        )
    if not display_name or len(display_name) > 128 or _CONTROL_RE.search(display_name):
        raise InvalidAgentError("Use 1 to 128 printable characters for the display name.")
    try:
        checked = Role(role)
    except ValueError as exc:
        raise InvalidAgentError("The role must be agent, supervisor or admin.") from exc
    problem = passwords.password_problem(password, forbidden=(username, display_name))
    if problem is not None:
        raise InvalidAgentError(problem)
    return checked


# --- signing in and out ----------------------------------------------------------------


async def sign_in(
    services: Services, username: str, password: str, totp_code: str, caller: Caller
) -> SignIn:
    """Check password and TOTP code and open a session, or raise the one failure.

    Raises :class:`InvalidCredentialsError` (401) for every wrong answer and
    :class:`~recovery_app.services.sign_in_throttle.ThrottledError` (429 with
    ``Retry-After``) while this source, or this user name from this source, must wait.
    """
    name = normalize_username(username)
    throttles = _throttles(services, name, caller)
    now = services.clock.now()
    try:
        async with services.write() as session:
            await sign_in_throttle.admit(session, services.settings, throttles, now)
    except sign_in_throttle.ThrottledError:
        async with services.write() as session:
            agent = await _agent_by_username(session, name)
            await _audit_failure(session, now, agent, caller, "rate_limited")
        raise
    async with services.read() as session:
        agent = await _agent_by_username(session, name)
    reason, step = await _check_factors(services, agent, password, totp_code)
    now = services.clock.now()
    async with services.write() as session:
        if agent is not None and step is not None:
            reason = await _claim_step(session, agent.id, step)
        if reason is not None or agent is None:
            await _audit_failure(session, now, agent, caller, reason or "unknown_user")
            result = None
        else:
            result = await _open_session(services, session, agent, now, caller)
            await sign_in_throttle.succeeded(session, throttles)
    if result is None:
        raise InvalidCredentialsError()
    return result


async def _check_factors(
    services: Services, agent: Agent | None, password: str, code: str
) -> tuple[str | None, int | None]:
    """Why the factors fail (None when both hold) and the TOTP step they matched.

    Both factors are always checked, whatever the outcome, so every answer costs
    the same.
    """
    stored_hash = agent.password_hash if agent is not None else None
    password_ok = await asyncio.to_thread(passwords.verify_password, stored_hash, password)
    secret = _totp_secret(services, agent)
    last_step = agent.totp_last_step if agent is not None else 0
    step = totp.verify(secret, code, last_step=last_step)
    if agent is None:
        return "unknown_user", None
    if agent.status != AgentStatus.ACTIVE:
        return "disabled", None
    if not password_ok:
        return "wrong_password", None
    if step is None:
        replayed = totp.verify(secret, code, last_step=0) is not None
        return ("replayed_code" if replayed else "wrong_code"), None
    return None, step


def _totp_secret(services: Services, agent: Agent | None) -> str:
    if agent is None:
        return _DUMMY_TOTP_SECRET
    try:
        return services.box.decrypt(agent.totp_secret_enc)
    except InvalidToken:
        log.error(
            "agent TOTP seed cannot be decrypted: was the server's secret key changed?",
            extra={"agent_id": agent.id},
        )
        return _DUMMY_TOTP_SECRET


async def _claim_step(session: AsyncSession, agent_id: int, step: int) -> str | None:
    """Record ``step`` as used unless it (or a later one) already was: atomic."""
    claimed = await session.scalar(
        update(Agent)
        .where(
            Agent.id == agent_id,
            Agent.totp_last_step < step,
            Agent.status == AgentStatus.ACTIVE.value,
        )
        .values(totp_last_step=step)
        .returning(Agent.id)
        .execution_options(synchronize_session=False)
    )
    return None if claimed is not None else "replayed_code"


async def _open_session(
    services: Services, session: AsyncSession, agent: Agent, now: datetime, caller: Caller
) -> SignIn:
    token = tokens.bearer_token()
    expires_at = now + timedelta(hours=services.settings.agent_absolute_hours)
    row = AgentSession(
        agent_id=agent.id,
        token_hash=_token_hash(services, token),
        created_at=now,
        last_seen_at=now,
        expires_at=expires_at,
        ip=caller.ip,
        user_agent=(caller.user_agent or "")[:256] or None,
    )
    session.add(row)
    await session.flush()
    principal = _principal(agent, row.id)
    await _audit(session, now, "agent.signed_in", principal, caller, {"session_id": row.id})
    return SignIn(token, principal, expires_at)


async def authenticate_session(services: Services, token: str) -> AgentPrincipal | None:
    """The agent behind ``token`` while its session lives, else None.

    Notes the activity (``last_seen_at``) at most once a minute.
    """
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = services.clock.now()
    async with services.read() as session:
        row = (
            await session.execute(
                select(AgentSession, Agent)
                .join(Agent, Agent.id == AgentSession.agent_id)
                .where(AgentSession.token_hash == _token_hash(services, token))
            )
        ).one_or_none()
    if row is None:
        return None
    agent_session, agent = row
    if not _is_live(services, agent_session, agent, now):
        return None
    if now - agent_session.last_seen_at >= TOUCH_INTERVAL:
        await _touch(services, agent_session.id, now)
    return _principal(agent, agent_session.id)


def _is_live(services: Services, row: AgentSession, agent: Agent, now: datetime) -> bool:
    idle = timedelta(minutes=services.settings.agent_idle_minutes)
    return (
        row.revoked_at is None
        and agent.status == AgentStatus.ACTIVE
        and now < row.expires_at
        and now < row.last_seen_at + idle
    )


async def _touch(services: Services, session_id: int, now: datetime) -> None:
    async with services.write() as session:
        await session.execute(
            update(AgentSession)
            .where(AgentSession.id == session_id, AgentSession.revoked_at.is_(None))
            .values(last_seen_at=now)
            .execution_options(synchronize_session=False)
        )


async def sign_out(services: Services, agent: AgentPrincipal, caller: Caller) -> None:
    """End the session ``agent`` signed in with; its token is refused from now on."""
    now = services.clock.now()
    async with services.write() as session:
        await session.execute(
            update(AgentSession)
            .where(AgentSession.id == agent.session_id, AgentSession.revoked_at.is_(None))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
        await _audit(
            session, now, "agent.signed_out", agent, caller, {"session_id": agent.session_id}
        )


# --- administration --------------------------------------------------------------------


async def disable_agent(
    services: Services, agent_id: int, by: AgentPrincipal, caller: Caller | None = None
) -> AgentInfo:
    """Disable an agent and revoke every session of theirs in the same transaction.

    Their next request is refused at once. Disabling a disabled agent changes nothing.
    """
    if by.id == agent_id:
        raise CannotDisableSelfError()
    now = services.clock.now()
    async with services.write() as session:
        agent = await session.get(Agent, agent_id)
        if agent is None:
            raise AgentNotFoundError()
        revoked = await _revoke_sessions(session, agent_id, now)
        if agent.status != AgentStatus.DISABLED:
            agent.status = AgentStatus.DISABLED.value
            await session.flush()
            await _audit(
                session,
                now,
                "agent.disabled",
                by,
                caller,
                {"agent_id": agent.id, "username": agent.username, "sessions_revoked": revoked},
            )
        return _info(agent)


async def _revoke_sessions(session: AsyncSession, agent_id: int, now: datetime) -> int:
    revoked = await session.scalars(
        update(AgentSession)
        .where(AgentSession.agent_id == agent_id, AgentSession.revoked_at.is_(None))
        .values(revoked_at=now)
        .returning(AgentSession.id)
        .execution_options(synchronize_session=False)
    )
    return len(revoked.all())


async def get_agent(services: Services, agent_id: int) -> AgentInfo:
    async with services.read() as session:
        agent = await session.get(Agent, agent_id)
    if agent is None:
        raise AgentNotFoundError()
    return _info(agent)


# --- helpers ---------------------------------------------------------------------------


async def _agent_by_username(session: AsyncSession, username: str) -> Agent | None:
    if not _USERNAME_RE.fullmatch(username):
        return None  # cannot exist; also keeps odd bytes away from the database
    agent: Agent | None = await session.scalar(select(Agent).where(Agent.username == username))
    return agent


def _token_hash(services: Services, token: str) -> str:
    return tokens.keyed_hash(services.keys.hashing, SESSION_PURPOSE, None, token)


def _throttles(
    services: Services, username: str, caller: Caller
) -> list[sign_in_throttle.Throttle]:
    """This source, and this user name from this source; never the user name everywhere."""
    settings, hashing = services.settings, services.keys.hashing
    cap = settings.sign_in_source_max_delay_seconds
    return [
        sign_in_throttle.source(
            settings, sign_in_throttle.key(hashing, "agent_src", caller.ip), cap
        ),
        sign_in_throttle.account(
            settings, sign_in_throttle.key(hashing, "agent_name", username, caller.ip), cap
        ),
    ]


def _principal(agent: Agent, session_id: int) -> AgentPrincipal:
    return AgentPrincipal(
        id=agent.id,
        username=agent.username,
        display_name=agent.display_name,
        role=Role(agent.role),
        session_id=session_id,
    )


def _info(agent: Agent) -> AgentInfo:
    return AgentInfo(
        id=agent.id,
        username=agent.username,
        display_name=agent.display_name,
        role=Role(agent.role),
        status=AgentStatus(agent.status),
        created_at=agent.created_at,
    )


async def _audit(
    session: AsyncSession,
    now: datetime,
    action: str,
    actor: AgentPrincipal | None,
    caller: Caller | None,
    detail: dict[str, Any],
) -> None:
    """Append one row; ``actor`` None means the server's command line."""
    if actor is None:
        detail = {**detail, "via": "recovery-server command line"}
    await audit.append(
        session,
        at=now,
        actor_type="agent" if actor is not None else "system",
        actor_id=actor.id if actor is not None else None,
        action=action,
        ip=(caller or _NO_CALLER).ip,
        detail=detail,
    )


async def _audit_failure(
    session: AsyncSession, now: datetime, agent: Agent | None, caller: Caller, reason: str
) -> None:
    """A refused sign-in. The user name typed is kept only when it names an agent."""
    detail: dict[str, Any] = {"reason": reason}
    if agent is not None:
        detail["username"] = agent.username
    await audit.append(
        session,
        at=now,
        actor_type="agent",
        actor_id=agent.id if agent is not None else None,
        action="agent.sign_in_failed",
        ip=caller.ip,
        detail=detail,
    )
