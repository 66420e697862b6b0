"""Repository for service notices."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import case, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.storage.models import ServiceNotice

SEVERITIES = ("info", "warning", "outage")


async def active_notices(session: AsyncSession, now: datetime) -> Sequence[ServiceNotice]:
    severity_rank = case({"outage": 0, "warning": 1}, value=ServiceNotice.severity, else_=2)
    query = (
        select(ServiceNotice)
        .where(ServiceNotice.starts_at <= now)
        .where(or_(ServiceNotice.ends_at.is_(None), ServiceNotice.ends_at > now))
        .order_by(severity_rank, ServiceNotice.starts_at.desc())
    )
    return (await session.scalars(query)).all()


async def add_notice(
    session: AsyncSession,
    severity: str,
    messages: Mapping[str, str],
    starts_at: datetime,
    ends_at: datetime | None = None,
) -> ServiceNotice:
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")
    if "en" not in messages:
        raise ValueError("a notice needs at least an English message")
    notice = ServiceNotice(
        severity=severity,
        messages=dict(messages),
        starts_at=starts_at,
        ends_at=ends_at,
        created_at=starts_at,
    )
    session.add(notice)
    await session.flush()
    return notice
