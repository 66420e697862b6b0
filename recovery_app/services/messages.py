"""Storing chat messages: a sequence number per conversation, assigned in the commit.

``append`` runs inside the caller's transaction: it bumps the conversation's
``last_seq`` with a conditional UPDATE (which serialises writers to one
conversation) and inserts the message with that number. A resend with the same
``(sender, client_id)`` returns the stored message instead of a new one, so a
client that never saw its ack can resend safely. Publish the returned event only
after the transaction commits (``Services.bus``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.storage.models import Case, Conversation, Message

REQUESTER = "requester"
ASSISTANT = "assistant"
SYSTEM = "system"
KINDS = frozenset({"text", "note", "attachment", "system", "challenge", "survey"})
MAX_BODY = 4000


def agent_party(agent_id: int) -> str:
    return f"agent:{agent_id}"


@dataclass(frozen=True, slots=True)
class Stored:
    message: Message
    created: bool  # False: a resend of a message already stored

    def event(self, case_ref: str) -> dict[str, Any]:
        return message_event(self.message, case_ref)


def message_event(message: Message, case_ref: str) -> dict[str, Any]:
    return {
        "type": "message",
        "conversation": case_ref,
        "seq": message.seq,
        "client_id": message.client_id,
        "sender": message.sender,
        "kind": message.kind,
        "body": message.body,
        "attachment_id": message.attachment_id,
        "at": message.created_at.isoformat(),
    }


async def conversation_for(session: AsyncSession, case: Case, now: datetime) -> Conversation:
    conversation = await session.scalar(select(Conversation).where(Conversation.case_id == case.id))
    if conversation is None:
        conversation = Conversation(case_id=case.id, last_seq=0, created_at=now)
        session.add(conversation)
        await session.flush()
    return conversation


async def append(
    session: AsyncSession,
    case: Case,
    *,
    sender: str,
    client_id: str,
    kind: str,
    body: str,
    now: datetime,
    attachment_id: int | None = None,
    conversation_id: int | None = None,
) -> Stored:
    """Store one message; ``conversation_id``, when the caller knows it, saves a query."""
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    if conversation_id is None:
        conversation_id = (await conversation_for(session, case, now)).id
    existing = await session.scalar(
        select(Message).where(
            Message.conversation_id == conversation_id,
            Message.sender == sender,
            Message.client_id == client_id,
        )
    )
    if existing is not None:
        return Stored(existing, created=False)
    seq = (
        await session.execute(
            update(Conversation)
            .where(Conversation.id == conversation_id)
            .values(last_seq=Conversation.last_seq + 1)
            .returning(Conversation.last_seq)
        )
    ).scalar_one()
    message = Message(
        conversation_id=conversation_id,
        seq=seq,
        sender=sender,
        client_id=client_id,
        kind=kind,
        body=body[:MAX_BODY],
        attachment_id=attachment_id,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    return Stored(message, created=True)


async def since(
    session: AsyncSession, case: Case, after_seq: int, *, include_notes: bool, limit: int = 500
) -> list[Message]:
    """Messages after ``after_seq`` in order (notes only for agents)."""
    conversation = await session.scalar(select(Conversation).where(Conversation.case_id == case.id))
    if conversation is None:
        return []
    query = (
        select(Message)
        .where(Message.conversation_id == conversation.id, Message.seq > after_seq)
        .order_by(Message.seq)
        .limit(limit)
    )
    if not include_notes:
        query = query.where(Message.kind != "note")
    return list((await session.scalars(query)).all())
