"""Fixed-window counters in the ``rate_limits`` table, shared by every server process.

:func:`hit` counts one event and returns the new count in a single atomic
statement (``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` on SQLite and
PostgreSQL alike), so parallel requests can never all read the same old count
and slip past a limit. Callers charge first and decide afterwards: when the
returned count exceeds the limit, the event is refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.storage.models import RateLimitHit


def _insert(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def hit(session: AsyncSession, key: str, *, now: datetime, window: timedelta) -> int:
    """Count one event for ``key``; the count in the current window, this one included.

    A window starts with the first event after the previous window ended.
    """
    cutoff = now - window
    expired = RateLimitHit.window_start <= cutoff
    stmt = _insert(session)(RateLimitHit).values(key=key, window_start=now, count=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[RateLimitHit.key],
        set_={
            "count": case((expired, 1), else_=RateLimitHit.count + 1),
            "window_start": case(
                (expired, stmt.excluded.window_start), else_=RateLimitHit.window_start
            ),
        },
    ).returning(RateLimitHit.count)
    count: int = (await session.execute(stmt)).scalar_one()
    return count


async def current(session: AsyncSession, key: str, *, now: datetime, window: timedelta) -> int:
    """Events counted for ``key`` in the window that is still running (0 when none)."""
    row = await session.get(RateLimitHit, key)
    if row is None or row.window_start <= now - window:
        return 0
    return row.count


async def reset(session: AsyncSession, key: str) -> None:
    """Forget every event counted for ``key``."""
    await session.execute(delete(RateLimitHit).where(RateLimitHit.key == key))
