"""Queueing a notification inside the transaction that caused it.

The message is committed with the change (or not at all); the dispatcher in
``recovery_app.delivery`` sends it afterwards. Parameters are encrypted at rest
because the one message that must carry a code does so through them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.security.crypto import SecretBox
from recovery_app.storage.models import OutboxMessage


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
) -> OutboxMessage:
    message = OutboxMessage(
        channel=channel,
        to_address=to,
        template=template,
        language=language,
        params_enc=box.encrypt(json.dumps(dict(params), default=str)),
        status="pending",
        attempts=0,
        created_at=now,
        not_before=now,
    )
    session.add(message)
    await session.flush()
    return message
