"""Telling an account's owner: every contact verified before the compromise window, with a
"this wasn't me" link that cancels pending changes and freezes the case (checks 18, 19)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.directory import AccountFacts
from recovery_app.domain.model import ContactKind
from recovery_app.security import tokens
from recovery_app.services import outbox
from recovery_app.services.context import Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Case

CANCEL_PURPOSE = "cancel_link"


def cancel_token(services: Services, case: Case) -> str:
    """``<case reference>.<HMAC>``: derived, so every notice about a case carries a working
    link without storing one. It cancels pending changes and freezes the case; it grants
    no access to anything."""
    mac = tokens.keyed_hash(services.keys.hashing, CANCEL_PURPOSE, None, case.reference)
    return f"{case.reference}.{mac}"


def cancel_link(services: Services, case: Case) -> str:
    # Built from the configured base URL, never from a request's Host header (check 17).
    base = services.settings.effective_public_base_url
    return f"{base}/api/v1/cancel/{cancel_token(services, case)}"


def eligible_contacts(facts: AccountFacts, kind: ContactKind, window_start: datetime) -> list[str]:
    """Contacts verified on the account before the window (even if an attacker removed them
    since), never ones added inside it (they prove nothing)."""
    return [
        c.value
        for c in facts.contacts
        if c.kind is kind
        and c.predates(window_start)
        and (c.removed_at is None or c.removed_at >= window_start)
    ]


async def message_owner(
    services: Services,
    session: AsyncSession,
    case: Case,
    template: str,
    now: datetime,
    *,
    kinds: tuple[ContactKind, ...] = (ContactKind.EMAIL, ContactKind.PHONE),
    expires_at: datetime | None = None,
    challenge_id: int | None = None,
    **params: Any,
) -> int:
    """Queue ``template`` to every eligible contact of ``kinds``; returns how many.

    ``expires_at`` and ``challenge_id`` for a code: it is retried until it expires and its
    delivery state is the challenge's. Notices have neither and are retried until sent."""
    assert case.account_id is not None
    facts = await SqlAccountDirectory(session, services.keys, services.box, services.clock).facts(
        case.account_id
    )
    sent = 0
    for kind in kinds:
        for address in eligible_contacts(facts, kind, case.compromise_window_start):
            await outbox.enqueue(
                session,
                services.box,
                channel="email" if kind is ContactKind.EMAIL else "sms",
                to=address,
                template=template,
                language=case.language,
                params={"name": facts.display_name, **params},
                now=now,
                expires_at=expires_at,
                case_id=case.id,
                challenge_id=challenge_id,
            )
            sent += 1
    services.outbox_wakeup.set()
    return sent


async def notify_owner(
    services: Services,
    session: AsyncSession,
    case: Case,
    template: str,
    now: datetime,
    **params: Any,
) -> int:
    """Tell every contact verified before the compromise window (check 19)."""
    return await message_owner(services, session, case, template, now, **params)
