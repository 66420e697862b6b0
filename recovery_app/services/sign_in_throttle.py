"""Sign-in throttles: progressive delays that slow a guesser, never a lock-out (check 38).

Each key (a source address, an account name, an agent user name seen from one
source) keeps the number of recent failed sign-ins and when the last one was.
The first few (``sign_in_free_failures`` per account name,
``sign_in_free_failures_per_source`` per address) cost nothing; after that, each attempt
must wait ``base · 2^(failures − free)`` seconds after the last failure, up to
a cap, or it is refused with 429 and ``Retry-After`` *before* any password is
checked. Failures are forgotten ``sign_in_failure_memory_minutes`` after the
last one.

An attempt is charged as a failure *before* the password is checked and given
back when it was right (:func:`admit`, :func:`succeeded`), inside the audited
write transaction (process lock, PostgreSQL advisory lock): parallel attempts
from one source cannot all slip through on the same old count.

Who is throttled where, and why nobody is locked out:

- platform password sign-in: per source (cap ``sign_in_source_max_delay_seconds``,
  15 min by default), and per account name (cap ``sign_in_account_max_delay_seconds``,
  1 min) for requests that do not carry a known device token of that account. The
  owner's own device is never slowed by strangers, and a new device waits at most a
  minute at a time; the price is that a distributed attacker who keeps failing can
  make the owner's *new* devices wait that minute. The account name is counted as
  typed, normalized (not mapped to the account), so the throttle says nothing about
  which names belong to one account;
- agent sign-in: per source, and per user name *from that source*. Strangers who
  know a user name slow only their own addresses; the agent signs in from theirs.
  Guessing from many addresses is still bounded by the TOTP code every agent
  sign-in needs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import RateLimitedError
from recovery_app.security import tokens
from recovery_app.server.settings import Settings
from recovery_app.storage.models import SignInThrottle

__all__ = [
    "Throttle",
    "ThrottledError",
    "admit",
    "clear",
    "failures",
    "succeeded",
]

_PURPOSE = "sign_in_throttle"


class ThrottledError(RateLimitedError):
    """429: wait ``retry_after`` seconds before the next sign-in from here."""

    code = "rate_limited"  # the client's "wait and try again"; Retry-After says how long
    title = "Too many failed sign-ins"

    def __init__(self, retry_after: float) -> None:
        wait = max(1, math.ceil(retry_after))
        super().__init__(
            "There were too many failed sign-ins just now. Wait "
            f"{wait} second{'s' if wait != 1 else ''} and try again; check the name and "
            "password first.",
            retry_after=wait,
        )


@dataclass(frozen=True, slots=True)
class Throttle:
    """One key, its free failures and how long its delays may grow."""

    key: str
    free: int
    max_delay: float


def source(settings: Settings, name: str, max_delay: float) -> Throttle:
    return Throttle(name, settings.sign_in_free_failures_per_source, max_delay)


def account(settings: Settings, name: str, max_delay: float) -> Throttle:
    return Throttle(name, settings.sign_in_free_failures, max_delay)


def key(keys_hashing: bytes, kind: str, *parts: str | None) -> str:
    """A stored key: hashed, since a password typed into the name field must not be kept."""
    value = "\x1f".join(part or "-" for part in parts)
    return f"{kind}:{tokens.keyed_hash(keys_hashing, _PURPOSE, kind, value)[:48]}"


def delay(settings: Settings, failures: int, throttle: Throttle) -> float:
    """Seconds to wait after the last of ``failures`` failures."""
    over = failures - throttle.free
    if over < 0:
        return 0.0
    return float(min(throttle.max_delay, settings.sign_in_base_delay_seconds * 2 ** min(over, 30)))


async def _row(session: AsyncSession, name: str, settings: Settings, at: float) -> SignInThrottle:
    row = await session.get(SignInThrottle, name, with_for_update=True)
    if row is None:
        row = SignInThrottle(key=name, failures=0, last_failure_at=at)
        session.add(row)
    elif at - row.last_failure_at > settings.sign_in_failure_memory_minutes * 60:
        row.failures = 0  # forgotten
    return row


async def admit(
    session: AsyncSession, settings: Settings, throttles: list[Throttle], now: datetime
) -> None:
    """Refuse (:class:`ThrottledError`) while any key must still wait; else charge each
    key one failure, to be given back by :func:`succeeded` if the sign-in works."""
    at = now.timestamp()
    rows = [(t, await _row(session, t.key, settings, at)) for t in throttles]
    wait = max(
        (r.last_failure_at + delay(settings, r.failures, t) - at for t, r in rows),
        default=0.0,
    )
    if wait > 0:
        raise ThrottledError(wait)
    for _, row in rows:
        row.failures += 1
        row.last_failure_at = at
    await session.flush()


async def succeeded(session: AsyncSession, throttles: list[Throttle]) -> None:
    """Give back the failure :func:`admit` charged: this attempt was right."""
    for throttle in throttles:
        row = await session.get(SignInThrottle, throttle.key, with_for_update=True)
        if row is not None and row.failures > 0:
            row.failures -= 1
    await session.flush()


async def failures(session: AsyncSession, name: str) -> int:
    count = await session.scalar(select(SignInThrottle.failures).where(SignInThrottle.key == name))
    return int(count or 0)


async def clear(session: AsyncSession, names: list[str]) -> None:
    await session.execute(delete(SignInThrottle).where(SignInThrottle.key.in_(names)))
