"""Queueing a notification inside the transaction that caused it.

The message is committed with the change (or not at all); the dispatcher in
``recovery_app.delivery`` sends it afterwards, retrying until it is sent or, for a
message with ``expires_at`` (a code or a link), until then. Parameters are encrypted at
rest because the messages that must carry a code or link do so through them; they are
erased when the message is sent, expires or fails for good.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.delivery import OutboxStatus
from recovery_app.security.crypto import SecretBox
from recovery_app.storage.models import OutboxMessage

DECOY_TEMPLATE = "decoy"


async def enqueue(
    session: AsyncSession,
    box: SecretBox,
    *,
    channel: str,
    to: str,
    template: str,
    language: str,
    params: Mapping[str, Any],
    now: datetime,
    expires_at: datetime | None = None,
    case_id: int | None = None,
    challenge_id: int | None = None,
) -> OutboxMessage:
    """Queue one message. ``expires_at``: when the code or link it carries stops working
    (it is never sent after that); None for notices, which are retried until sent."""
    message = OutboxMessage(
        channel=channel,
        to_address=to,
        template=template,
        language=language,
        params_enc=box.encrypt(json.dumps(dict(params), default=str)),
        status=OutboxStatus.PENDING.value,
        attempts=0,
        created_at=now,
        not_before=now,
        expires_at=expires_at,
        case_id=case_id,
        challenge_id=challenge_id,
        decoy=False,
    )
    session.add(message)
    await session.flush()
    return message


async def enqueue_decoy(
    session: AsyncSession,
    *,
    channel: str,
    now: datetime,
    expires_at: datetime,
    case_id: int,
    challenge_id: int,
) -> OutboxMessage:
    """A message that carries nothing and goes to nobody, for a code challenge with no
    contact to send to (no account, or none from before the compromise window).

    The dispatcher "sends" it by reaching the transport without handing over a message,
    so it meets the same outages, retries and expiry as a real code, and the requester's
    delivery state cannot tell the two apart (checks 10 and 40).
    """
    message = OutboxMessage(
        channel=channel,
        to_address="",
        template=DECOY_TEMPLATE,
        language="en",
        params_enc=None,
        status=OutboxStatus.PENDING.value,
        attempts=0,
        created_at=now,
        not_before=now,
        expires_at=expires_at,
        case_id=case_id,
        challenge_id=challenge_id,
        decoy=True,
    )
    session.add(message)
    await session.flush()
    return message
