"""Recent security changes of an account, for its owner, with the suspicious ones marked.

The rule (docs/decisions.md, "Which security changes are marked suspicious"):
an event is marked when at least one of these holds, and each that holds is
given as a reason:

- ``unknown_actor``: it was recorded as made by someone unknown (an attacker's
  session, as recovery established), or stored as suspicious when recorded;
- ``before_report``: it is a change to the account's security (password,
  contact, authenticator, backup codes, a new device) made by the owner's side
  (not by an agent or the system) inside the compromise window of one of the
  account's recovery cases, i.e. between the moment the problem started, as
  reported, and the moment the case was opened;
- ``ended_session``: it was made by a session, or on a device, that the owner
  later ended or revoked *one by one* on the sessions page. Blanket
  revocations (completing a recovery, a password reset, "end all other
  sessions") say nothing about which session was the intruder's and do not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from recovery_app.domain.model import Actor
from recovery_app.services.context import Services
from recovery_app.services.platform import PlatformPrincipal
from recovery_app.storage.models import Case, SecurityEvent

__all__ = [
    "CHANGE_KINDS",
    "MAX_EVENTS",
    "SecurityChange",
    "Window",
    "list_security_changes",
    "suspicion_reasons",
]

MAX_EVENTS = 200
CHANGE_KINDS = frozenset(
    {
        "password_reset",
        "password_changed",
        "contact_added",
        "contact_removed",
        "contact_restored",
        "totp_enrolled",
        "totp_removed",
        "backup_codes_issued",
        "new_device",
    }
)
# Detail fields safe to show the owner (masked contact values, labels, counts; no ids of
# other accounts, never a secret: secrets are never stored in events in the first place).
_SHOWN_DETAIL = ("kind", "value", "label", "count", "replaced")


@dataclass(frozen=True, slots=True)
class Window:
    """A reported compromise: from when the problem started to when the case was opened."""

    start: datetime
    reported_at: datetime


@dataclass(frozen=True, slots=True)
class SecurityChange:
    id: int
    kind: str
    at: datetime
    actor: str
    ip: str | None
    user_agent: str | None
    detail: dict[str, str | int | bool | None]
    reasons: tuple[str, ...]

    @property
    def suspicious(self) -> bool:
        return bool(self.reasons)


@dataclass(frozen=True, slots=True)
class _Ended:
    """Sessions and devices the owner ended one by one, with when."""

    sessions: dict[int, datetime]
    devices: dict[int, datetime]


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _ended_one_by_one(events: list[SecurityEvent]) -> _Ended:
    ended = _Ended({}, {})
    for event in events:
        detail = event.detail or {}
        if event.kind == "session_ended" and (sid := _int(detail.get("ended_session_id"))):
            ended.sessions.setdefault(sid, event.at)
        elif event.kind == "device_revoked":
            if (did := _int(detail.get("revoked_device_id"))) is not None:
                ended.devices.setdefault(did, event.at)
            for sid in detail.get("ended_session_ids") or []:
                if _int(sid) is not None:
                    ended.sessions.setdefault(sid, event.at)
    return ended


def suspicion_reasons(
    event: SecurityEvent, windows: list[Window], ended: _Ended
) -> tuple[str, ...]:
    """Why ``event`` deserves the owner's second look (empty: nothing known against it)."""
    reasons: list[str] = []
    if event.suspicious or event.actor == Actor.UNKNOWN.value:
        reasons.append("unknown_actor")
    if (
        event.kind in CHANGE_KINDS
        and event.actor not in (Actor.AGENT.value, Actor.SYSTEM.value)
        and any(w.start <= event.at <= w.reported_at for w in windows)
    ):
        reasons.append("before_report")
    detail = event.detail or {}
    sid, did = _int(detail.get("session_id")), _int(detail.get("device_id"))
    ended_at = [
        moment
        for moment in (
            ended.sessions.get(sid) if sid is not None else None,
            ended.devices.get(did) if did is not None else None,
        )
        if moment is not None
    ]
    if any(event.at <= moment for moment in ended_at) and event.kind not in (
        "session_ended",
        "device_revoked",
    ):
        reasons.append("ended_session")
    return tuple(reasons)


def _shown(detail: dict[str, Any]) -> dict[str, str | int | bool | None]:
    shown: dict[str, str | int | bool | None] = {}
    for key in _SHOWN_DETAIL:
        value = detail.get(key)
        if isinstance(value, str | int | bool):
            shown[key] = value
    return shown


async def list_security_changes(
    services: Services, principal: PlatformPrincipal, limit: int = MAX_EVENTS
) -> list[SecurityChange]:
    """The account's security events, newest first, each with its suspicion reasons."""
    async with services.read() as session:
        events = list(
            (
                await session.scalars(
                    select(SecurityEvent)
                    .where(SecurityEvent.account_id == principal.account_id)
                    .order_by(SecurityEvent.at, SecurityEvent.id)
                )
            ).all()
        )
        cases = (
            await session.execute(
                select(Case.compromise_window_start, Case.opened_at).where(
                    Case.account_id == principal.account_id
                )
            )
        ).all()
    windows = [Window(row.compromise_window_start, row.opened_at) for row in cases]
    ended = _ended_one_by_one(events)
    changes = [
        SecurityChange(
            id=event.id,
            kind=event.kind,
            at=event.at,
            actor=event.actor,
            ip=event.ip,
            user_agent=event.user_agent,
            detail=_shown(event.detail or {}),
            reasons=suspicion_reasons(event, windows, ended),
        )
        for event in events
    ]
    return changes[::-1][:limit]
