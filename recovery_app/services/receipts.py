"""Delivered and read marks: one row per (conversation, party), watermarks that only rise.

``record`` runs inside the caller's transaction (``Services.write()``, which
serialises writers), so the read-modify-write below cannot interleave with another.
Marks are clamped to the conversation's ``last_seq`` (nobody reads what does not
exist yet), and reading implies delivery (``delivered_seq >= read_seq``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.storage.models import Conversation, Receipt


@dataclass(frozen=True, slots=True)
class Marks:
    conversation_id: int
    party: str
    delivered_seq: int
    read_seq: int
    changed: bool

    def event(self, case_ref: str) -> dict[str, Any]:
        return {
            "type": "receipt",
            "conversation": case_ref,
            "party": self.party,
            "delivered_seq": self.delivered_seq,
            "read_seq": self.read_seq,
        }


async def record(
    session: AsyncSession,
    conversation: Conversation,
    party: str,
    *,
    now: datetime,
    delivered_seq: int | None = None,
    read_seq: int | None = None,
) -> Marks:
    """Raise ``party``'s marks in ``conversation``; never lowers them."""
    top = conversation.last_seq
    row = await session.get(Receipt, (conversation.id, party))
    delivered = row.delivered_seq if row is not None else 0
    read = row.read_seq if row is not None else 0
    new_read = max(read, min(read_seq or 0, top))
    new_delivered = max(delivered, min(delivered_seq or 0, top), new_read)
    changed = (new_delivered, new_read) != (delivered, read)
    if row is None:
        if changed:
            session.add(
                Receipt(
                    conversation_id=conversation.id,
                    party=party,
                    delivered_seq=new_delivered,
                    read_seq=new_read,
                    updated_at=now,
                )
            )
            await session.flush()
    elif changed:
        row.delivered_seq, row.read_seq, row.updated_at = new_delivered, new_read, now
        await session.flush()
    return Marks(conversation.id, party, new_delivered, new_read, changed)


async def marks_for(session: AsyncSession, conversation_id: int) -> list[Receipt]:
    """Every party's marks in a conversation."""
    rows = await session.scalars(select(Receipt).where(Receipt.conversation_id == conversation_id))
    return list(rows.all())
