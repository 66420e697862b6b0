"""The append-only, keyed audit chain. The database refuses updates, deletes, REPLACE/UPSERT
and inserts that do not extend the chain (migrations 0002 and 0008)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from recovery_app.storage.models.base import Base, UTCDateTime


class AuditEntry(Base):
    """Who did what, when (UTC) and from where; never a secret.

    ``id`` is the row's place in the chain (seq). ``hash`` is HMAC-SHA256 under the
    audit key ``key_id`` over ``prev_hash`` and the row (plain SHA-256 for rows from
    before revision 0008, whose ``key_id`` is NULL)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_type: Mapped[str] = mapped_column(String(16))  # agent | system | requester | owner
    actor_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    case_ref: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    account_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
