"""Guess budgets: refilling pools of evaluated wrong answers (issue 11, check 37).

A pool holds ``capacity`` guesses and refills continuously, one guess every
``refill / capacity``, so no one can spend it for good. It is stored as one
number per key in ``guess_budgets``: ``full_at``, the moment the pool is full
again (the generic cell rate algorithm, an exact form of a token bucket). Taking
a guess is a single conditional UPDATE::

    UPDATE guess_budgets SET full_at = max(full_at, now) + interval
    WHERE key = :key AND max(full_at, now) + interval <= now + refill

so 50 parallel requests can never take more than the pool holds: the database
changes the row for at most that many of them.

Guesses are taken *before* an answer is evaluated and given back when it was
right, so the pools bound the number of wrong answers ever evaluated, even
while answers are in flight.

Which pools a guess in a case spends (:func:`answer_pools`):

- per account, ``anonymous`` when the requester has not proven a contact that
  was on the account before the compromise window, else ``proven``: an
  anonymous party can empty the first, never the second, which the owner's
  second proof needs once a code reached them at their old address;
- per case, so one requester's mistakes stay their own;
- per source address, for anonymous cases only.

Cases whose identifier matched no account use a pool per identifier instead, so
they behave the same. When a pool is empty, a code challenge carries a long code
(80 bits, :func:`recovery_app.security.tokens.long_code`) instead of six digits:
no budget can be guessed through, so answering it spends none, and the owner,
who receives it, still gets in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import RateLimitedError
from recovery_app.server.settings import Settings
from recovery_app.storage.models import GuessBudget

__all__ = [
    "GuessBudgetSpentError",
    "Pool",
    "PoolState",
    "account_pools",
    "answer_pools",
    "clear",
    "give_back",
    "retry_after",
    "sign_in_pool",
    "start_pools",
    "state",
    "take",
    "take_all",
]


class GuessBudgetSpentError(RateLimitedError):
    """429: a pool this answer would spend is empty for now; it refills by itself."""

    code = "guess_budget_spent"
    title = "Too many wrong answers for now"


@dataclass(frozen=True, slots=True)
class Pool:
    """One refilling pool: ``capacity`` guesses, refilled evenly over ``refill``."""

    key: str
    capacity: int
    refill: timedelta

    @property
    def interval(self) -> float:
        """Seconds for one guess to come back."""
        return self.refill.total_seconds() / self.capacity

    @property
    def span(self) -> float:
        return self.refill.total_seconds()


@dataclass(frozen=True, slots=True)
class PoolState:
    """What a supervisor sees of one pool. Holds no secret."""

    name: str
    capacity: int
    left: int
    full_in_seconds: float


def _insert(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def _rowcount(result: object) -> int:
    return cast(CursorResult[Any], result).rowcount


async def take(session: AsyncSession, pool: Pool, now: datetime) -> bool:
    """Take one guess from ``pool``; False (nothing taken) when it is empty."""
    at = now.timestamp()
    await session.execute(
        _insert(session)(GuessBudget)
        .values(key=pool.key, full_at=at)
        .on_conflict_do_nothing(index_elements=[GuessBudget.key])
    )
    start = case((GuessBudget.full_at > at, GuessBudget.full_at), else_=at)
    moved = await session.execute(
        update(GuessBudget)
        .where(GuessBudget.key == pool.key, start + pool.interval <= at + pool.span)
        .values(full_at=start + pool.interval)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(moved) == 1


async def give_back(session: AsyncSession, pool: Pool, now: datetime) -> None:
    """Return one guess taken from ``pool`` (the answer was right)."""
    at = now.timestamp()
    back = GuessBudget.full_at - pool.interval
    await session.execute(
        update(GuessBudget)
        .where(GuessBudget.key == pool.key)
        .values(full_at=case((back > at, back), else_=at))
        .execution_options(synchronize_session=False)
    )


async def take_all(session: AsyncSession, pools: list[Pool], now: datetime) -> Pool | None:
    """Take one guess from every pool, or from none: the first empty pool, else None."""
    taken: list[Pool] = []
    for pool in pools:
        if not await take(session, pool, now):
            for done in taken:
                await give_back(session, done, now)
            return pool
        taken.append(pool)
    return None


async def _full_at(session: AsyncSession, pool: Pool) -> float | None:
    value: float | None = await session.scalar(
        select(GuessBudget.full_at).where(GuessBudget.key == pool.key)
    )
    return value


async def state(session: AsyncSession, pool: Pool, now: datetime, name: str) -> PoolState:
    at = now.timestamp()
    full_at = max(await _full_at(session, pool) or at, at)
    left = int((at + pool.span - full_at) // pool.interval)
    return PoolState(name, pool.capacity, max(0, min(pool.capacity, left)), full_at - at)


async def retry_after(session: AsyncSession, pool: Pool, now: datetime) -> float:
    """Seconds until ``pool`` holds one guess again (0 when it does now)."""
    at = now.timestamp()
    full_at = max(await _full_at(session, pool) or at, at)
    return max(0.0, full_at + pool.interval - (at + pool.span))


async def clear(session: AsyncSession, pools: list[Pool]) -> None:
    """Fill ``pools`` up again (a supervisor cleared a budget an attack spent)."""
    await session.execute(delete(GuessBudget).where(GuessBudget.key.in_([p.key for p in pools])))


# -- which pools ---------------------------------------------------------------------


def _refill(settings: Settings) -> timedelta:
    return timedelta(hours=settings.guess_refill_hours)


def subject(account_id: int | None, identifier_hash: str) -> str:
    """Whose pools: the account, or for an identifier that matched none, the identifier."""
    return f"acct:{account_id}" if account_id is not None else f"id:{identifier_hash[:48]}"


def account_pools(settings: Settings, who: str) -> dict[str, Pool]:
    """The per-account pools by name (what a supervisor sees and clears)."""
    refill = _refill(settings)
    return {
        "anonymous": Pool(f"guess:anon:{who}", settings.guess_pool_anonymous, refill),
        "proven": Pool(f"guess:proven:{who}", settings.guess_pool_proven, refill),
    }


def case_pool(settings: Settings, case_id: int) -> Pool:
    return Pool(f"guess:case:{case_id}", settings.guess_pool_per_case, _refill(settings))


def answer_pools(
    settings: Settings, who: str, case_id: int, *, proven: bool, ip: str | None
) -> list[Pool]:
    """Every pool one evaluated answer in this case spends."""
    pools = account_pools(settings, who)
    if proven:  # nothing an anonymous party can spend stands in the owner's way
        return [pools["proven"], case_pool(settings, case_id)]
    source = Pool(f"guess:src:{ip or '-'}", settings.guess_pool_per_source, _refill(settings))
    return [pools["anonymous"], case_pool(settings, case_id), source]


def start_pools(
    settings: Settings, who: str, case_id: int, *, guessable: bool, proven: bool, ip: str | None
) -> list[Pool]:
    """The pools one requester-started challenge spends (refilling over an hour).

    Per case always; per source and per account only for anonymous cases, and per
    account only for factors that are guessed (TOTP, backup code, device): a code
    to an old contact can always be started, so strangers starting challenges
    never stop the owner from getting one.
    """
    hour = timedelta(hours=1)
    pools = [Pool(f"start:case:{case_id}", settings.challenge_starts_per_case_per_hour, hour)]
    if not proven:
        pools.append(
            Pool(f"start:src:{ip or '-'}", settings.challenge_starts_per_source_per_hour, hour)
        )
        if guessable:
            pools.append(
                Pool(f"start:acct:{who}", settings.challenge_starts_per_account_per_hour, hour)
            )
    return pools


def sign_in_pool(settings: Settings, account_id: int) -> Pool:
    """Wrong second-factor codes at the platform's sign-in (the password was right)."""
    return Pool(f"guess:signin:{account_id}", settings.guess_pool_sign_in, _refill(settings))
