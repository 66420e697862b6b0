"""Service notices: known issues and outages shown to people as a banner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from recovery_app.storage.models.base import Base, UTCDateTime


class ServiceNotice(Base):
    """A known issue or outage the client shows as a banner ("SMS codes are delayed")."""

    __tablename__ = "service_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    severity: Mapped[str] = mapped_column(String(16))  # info | warning | outage
    # {"en": "...", "pl": "...", ...}: the client shows its language, else English.
    messages: Mapped[dict[str, Any]] = mapped_column(JSON)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
