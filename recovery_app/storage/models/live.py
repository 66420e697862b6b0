"""Live support: conversations and their sequenced messages, receipts, attachments,
agent presence, canned responses and surveys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from recovery_app.storage.models.base import Base, UTCDateTime


class Conversation(Base):
    """The chat of one case. ``last_seq`` is bumped in the transaction that stores a
    message, so sequence numbers are assigned at commit, gap-free and in order."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Message(Base):
    """One chat message. ``(conversation_id, sender, client_id)`` makes resends idempotent."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq", name="uq_messages_conversation_seq"),
        UniqueConstraint(
            "conversation_id", "sender", "client_id", name="uq_messages_conversation_client"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    seq: Mapped[int] = mapped_column(Integer)
    # "requester", "agent:<id>", "assistant" or "system"
    sender: Mapped[str] = mapped_column(String(32))
    client_id: Mapped[str] = mapped_column(String(64))
    # text | note (agents only, never shown to the requester) | attachment | system
    # | challenge | survey
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Receipt(Base):
    """How far each party has received and read a conversation (watermarks)."""

    __tablename__ = "receipts"

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), primary_key=True)
    party: Mapped[str] = mapped_column(String(32), primary_key=True)
    delivered_seq: Mapped[int] = mapped_column(Integer, default=0)
    read_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Attachment(Base):
    """A file sent in a chat: type checked from content, images re-encoded, stored encrypted."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    uploader: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(Text)
    thumbnail_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_id_document: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AgentPresence(Base):
    """Whether an agent can take chats now. Shared by every server process."""

    __tablename__ = "agent_presence"

    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # online | away | offline
    connections: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CannedResponse(Base):
    """A prepared reply with variables ({name}, {case_ref}, {agent}), per language."""

    __tablename__ = "canned_responses"
    __table_args__ = (Index("ix_canned_responses_language", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    shortcut: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(128))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Survey(Base):
    """The satisfaction survey at close: was access restored, and how was it."""

    __tablename__ = "surveys"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    access_restored: Mapped[bool] = mapped_column(Boolean)
    rating: Mapped[int] = mapped_column(Integer)  # 1..5
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
