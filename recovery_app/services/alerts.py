"""What supervisors watch: alerts on unusual agent activity and on delivery, and the audit log.

Security check 29: an agent asking for more restore actions than
``restore_alert_threshold`` within ``restore_alert_window_minutes``, or asking
three times in a row to remove a second factor, raises an alert. The restore
service calls :func:`record_restore_activity` inside the transaction that
records the request, so the alert and its audit row commit with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.delivery import OWNER_NOTICE_TEMPLATES, SECRET_TEMPLATES, OutboxStatus
from recovery_app.domain.model import RestoreAction
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.server.settings import Settings
from recovery_app.services import audit
from recovery_app.services.agent_errors import AlertNotFoundError, OwnAlertError
from recovery_app.services.audit import ChainReport
from recovery_app.services.context import Caller, Services
from recovery_app.services.service_levels import QUEUE_CHANNEL
from recovery_app.storage.models import (
    Agent,
    Alert,
    AuditEntry,
    Case,
    OutboxMessage,
    RestoreRequest,
)

UNUSUAL_RESTORE_ACTIVITY = "unusual_restore_activity"
REPEATED_FACTOR_REMOVAL = "repeated_factor_removal"
FACTOR_REMOVAL_RUN = 3  # this many second-factor removals in a row raise an alert


# --- raising alerts --------------------------------------------------------------------


async def record_restore_activity(
    session: AsyncSession, settings: Settings, agent_id: int, now: datetime
) -> list[Alert]:
    """Raise the alerts an agent's restore requests call for; returns the new ones.

    Call inside ``Services.write()`` right after the agent's new RestoreRequest
    is flushed. At most one open (unacknowledged) alert per kind and agent is
    raised per window; each alert raised is audited.
    """
    window = timedelta(minutes=settings.restore_alert_window_minutes)
    since = now - window
    username = await session.scalar(select(Agent.username).where(Agent.id == agent_id))
    who = username or f"#{agent_id}"
    raised: list[Alert] = []
    count = await _restore_requests_since(session, agent_id, since, now)
    if count > settings.restore_alert_threshold:
        detail = {
            "restore_requests": count,
            "window_minutes": settings.restore_alert_window_minutes,
            "threshold": settings.restore_alert_threshold,
        }
        message = (
            f"Agent {who} asked for {count} restore actions within "
            f"{settings.restore_alert_window_minutes} minutes "
            f"(more than {settings.restore_alert_threshold})."
        )
        raised += await _raise_once(
            session, UNUSUAL_RESTORE_ACTIVITY, agent_id, now, since, message, detail
        )
    if await _last_actions_all_factor_removals(session, agent_id):
        message = (
            f"Agent {who} asked {FACTOR_REMOVAL_RUN} times in a row to remove a second factor."
        )
        detail = {"in_a_row": FACTOR_REMOVAL_RUN}
        raised += await _raise_once(
            session, REPEATED_FACTOR_REMOVAL, agent_id, now, since, message, detail
        )
    return raised


async def _restore_requests_since(
    session: AsyncSession, agent_id: int, since: datetime, now: datetime
) -> int:
    count = await session.scalar(
        select(func.count(RestoreRequest.id)).where(
            RestoreRequest.requested_by_agent_id == agent_id,
            RestoreRequest.requested_at > since,
            RestoreRequest.requested_at <= now,
        )
    )
    return int(count or 0)


async def _last_actions_all_factor_removals(session: AsyncSession, agent_id: int) -> bool:
    actions = list(
        await session.scalars(
            select(RestoreRequest.action)
            .where(RestoreRequest.requested_by_agent_id == agent_id)
            .order_by(RestoreRequest.requested_at.desc(), RestoreRequest.id.desc())
            .limit(FACTOR_REMOVAL_RUN)
        )
    )
    return len(actions) == FACTOR_REMOVAL_RUN and all(
        action == RestoreAction.REMOVE_SECOND_FACTOR for action in actions
    )


async def _raise_once(
    session: AsyncSession,
    kind: str,
    agent_id: int,
    now: datetime,
    since: datetime,
    message: str,
    detail: dict[str, Any],
) -> list[Alert]:
    """A new alert, unless one of this kind about this agent is open in the window."""
    open_alert = await session.scalar(
        select(Alert.id).where(
            Alert.kind == kind,
            Alert.agent_id == agent_id,
            Alert.acknowledged_at.is_(None),
            Alert.created_at > since,
        )
    )
    if open_alert is not None:
        return []
    alert = Alert(kind=kind, agent_id=agent_id, created_at=now, detail=detail, message=message)
    session.add(alert)
    await session.flush()
    await audit.append(
        session,
        at=now,
        actor_type="system",
        actor_id=None,
        action="alert.raised",
        detail={"alert_id": alert.id, "kind": kind, "agent_id": agent_id, **detail},
    )
    return [alert]


# --- supervisors' view -----------------------------------------------------------------


async def list_alerts(
    services: Services, *, include_acknowledged: bool = False, limit: int = 100
) -> Sequence[Alert]:
    """Newest first; open alerts only unless ``include_acknowledged``."""
    query = select(Alert).order_by(Alert.id.desc()).limit(limit)
    if not include_acknowledged:
        query = query.where(Alert.acknowledged_at.is_(None))
    async with services.read() as session:
        return list(await session.scalars(query))


async def acknowledge_alert(
    services: Services, alert_id: int, by: AgentPrincipal, caller: Caller
) -> Alert:
    """Mark an alert as seen by ``by`` (audited). Nobody acknowledges alerts about themselves."""
    now = services.clock.now()
    async with services.write() as session:
        alert = await session.get(Alert, alert_id)
        if alert is None:
            raise AlertNotFoundError()
        if alert.agent_id == by.id:
            raise OwnAlertError()
        if alert.acknowledged_at is None:
            alert.acknowledged_at = now
            alert.acknowledged_by_agent_id = by.id
            await session.flush()
            await audit.append(
                session,
                at=now,
                actor_type="agent",
                actor_id=by.id,
                action="alert.acknowledged",
                ip=caller.ip,
                detail={"alert_id": alert.id, "kind": alert.kind, "agent_id": alert.agent_id},
            )
        return alert


async def search_audit(
    services: Services,
    *,
    case_ref: str | None = None,
    action: str | None = None,
    limit: int = 50,
    before_id: int | None = None,
) -> Sequence[AuditEntry]:
    """Audit rows, newest first, filtered by case and action; page with ``before_id``."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if case_ref is not None:
        query = query.where(AuditEntry.case_ref == case_ref)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    async with services.read() as session:
        return list(await session.scalars(query))


async def verify_audit_log(services: Services) -> ChainReport:
    """Walk the whole hash chain (see :func:`recovery_app.services.audit.verify_chain`)."""
    async with services.read() as session:
        return await audit.verify_chain(session, services.audit_keys.keyring())


# --- delivery (check 40) ---------------------------------------------------------------

DELIVERY_DELAYED = "delivery_delayed"
DELIVERY_FAILED = "delivery_failed"
_REFS_SHOWN = 20  # case references named in one alert; the count says the rest
_ERRORS_SHOWN = 5


async def raise_delivery_alerts(services: Services) -> list[Alert]:
    """Tell supervisors about messages that were refused for good, or that have waited
    ``delivery_alert_after_minutes`` undelivered (retries go on) or expired undelivered.

    Every such message is named by exactly one alert (``outbox.alerted_at``). Alerts are
    grouped per kind and channel, at most one per ``delivery_alert_after_minutes``:
    someone who opens cases with addresses that bounce cannot bury supervisors in
    alerts, and an outage gives one alert, not one per message. No address, code or
    text goes into an alert: the channel, counts, the error classes, and the references
    of the cases whose owner was not told. Decoys are left out.
    """
    settings, now = services.settings, services.clock.now()
    after = timedelta(minutes=settings.delivery_alert_after_minutes)
    unreported = _unreported(now - after)
    async with services.read() as session:
        if await session.scalar(select(OutboxMessage.id).where(unreported).limit(1)) is None:
            return []
    raised: list[Alert] = []
    async with services.write() as session:
        rows = (
            await session.execute(
                select(
                    OutboxMessage.id,
                    OutboxMessage.channel,
                    OutboxMessage.status,
                    OutboxMessage.template,
                    OutboxMessage.created_at,
                    OutboxMessage.last_error,
                    Case.reference,
                )
                .outerjoin(Case, Case.id == OutboxMessage.case_id)
                .where(unreported)
                .order_by(OutboxMessage.id)
            )
        ).all()
        groups: dict[tuple[str, str], list[_Undelivered]] = defaultdict(list)
        for row in (_Undelivered(*values) for values in rows):
            kind = DELIVERY_FAILED if row.status == OutboxStatus.FAILED else DELIVERY_DELAYED
            groups[(kind, row.channel)].append(row)
        for (kind, channel), group in groups.items():
            if await _delivery_alert_since(session, kind, channel, now - after):
                continue  # the next alert names these
            raised.append(await _raise_delivery_alert(session, settings, kind, channel, group, now))
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_([row.id for row in group]))
                .values(alerted_at=now)
            )
    for alert in raised:
        await services.bus.publish(
            QUEUE_CHANNEL, {"type": "alert", "kind": alert.kind, "alert_id": alert.id}
        )
    return raised


@dataclass(frozen=True, slots=True)
class _Undelivered:
    id: int
    channel: str
    status: str
    template: str
    created_at: datetime
    last_error: str | None
    reference: str | None


def _unreported(overdue_since: datetime) -> ColumnElement[bool]:
    return and_(
        OutboxMessage.alerted_at.is_(None),
        OutboxMessage.decoy.is_(False),
        or_(
            OutboxMessage.status == OutboxStatus.FAILED.value,
            and_(
                OutboxMessage.status == OutboxStatus.PENDING.value,
                OutboxMessage.created_at <= overdue_since,
            ),
            and_(OutboxMessage.status == OutboxStatus.EXPIRED.value, OutboxMessage.attempts > 0),
        ),
    )


async def _delivery_alert_since(
    session: AsyncSession, kind: str, channel: str, since: datetime
) -> bool:
    found = await session.scalar(
        select(Alert.id)
        .where(
            Alert.kind == kind,
            Alert.detail["channel"].as_string() == channel,
            Alert.created_at > since,
        )
        .limit(1)
    )
    return found is not None


async def _raise_delivery_alert(
    session: AsyncSession,
    settings: Settings,
    kind: str,
    channel: str,
    rows: list[_Undelivered],
    now: datetime,
) -> Alert:
    notices = [row for row in rows if row.template in OWNER_NOTICE_TEMPLATES]
    refs = sorted({row.reference for row in notices if row.reference})
    errors = sorted({(row.last_error or "").split(":", 1)[0] for row in rows} - {""})
    since = min(row.created_at for row in rows)
    detail: dict[str, Any] = {
        "channel": channel,
        "messages": len(rows),
        "owner_notices": len(notices),
        "codes": sum(1 for row in rows if row.template in SECRET_TEMPLATES),
        "expired": sum(1 for row in rows if row.status == OutboxStatus.EXPIRED),
        "oldest_queued_at": since.isoformat(),
        "owner_case_refs": refs[:_REFS_SHOWN],
        "errors": errors[:_ERRORS_SHOWN],
        "after_minutes": settings.delivery_alert_after_minutes,
    }
    what = "e-mail" if channel == "email" else "text"
    cases = f" (cases {', '.join(refs[:_REFS_SHOWN])}{' …' if len(refs) > _REFS_SHOWN else ''})"
    owners = (
        f" {len(notices)} of them are security notices whose owners were not told"
        f"{cases if refs else ''}."
        if notices
        else ""
    )
    why = f" Errors: {', '.join(errors[:_ERRORS_SHOWN])}." if errors else ""
    if kind == DELIVERY_FAILED:
        message = (
            f"{len(rows)} {what} message(s) were refused for good and will not be retried."
            f"{owners}{why} Check the addresses; reach the owners another way."
        )
    else:
        message = (
            f"{len(rows)} {what} message(s) were not delivered within "
            f"{settings.delivery_alert_after_minutes:g} minutes (oldest queued "
            f"{since:%Y-%m-%d %H:%M} UTC).{owners}{why} Notices are retried until they "
            "are sent, codes until they expire; check the mail server or SMS gateway."
        )
    alert = Alert(kind=kind, agent_id=None, created_at=now, detail=detail, message=message)
    session.add(alert)
    await session.flush()
    await audit.append(
        session,
        at=now,
        actor_type="system",
        actor_id=None,
        action="alert.raised",
        detail={"alert_id": alert.id, "kind": kind, **detail},
    )
    return alert
