"""The outbox: notifications committed with the change that caused them, sent afterwards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from recovery_app.storage.models.base import Base, UTCDateTime


class OutboxMessage(Base):
    """One e-mail or SMS to send. ``params_enc`` is encrypted (it may hold the one code
    a message must carry) and erased once the message is sent, has expired or failed.

    ``status``: ``pending`` (to be sent, retried after failures), ``sent``, ``failed``
    (refused for good: a supervisor alert names it) or ``expired`` (it carried a code or
    link that stopped working before it could be delivered). A message with
    ``expires_at`` is retried until then; one without (an owner notice) until it is sent.
    ``decoy`` rows carry nothing and go to nobody: they stand in for the code of a
    challenge that has no contact to send to, so that its delivery state behaves like a
    real one's (see docs/recovery-core.md, "Delivery").
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))  # email | sms
    to_address: Mapped[str] = mapped_column(String(320))
    template: Mapped[str] = mapped_column(String(48))
    language: Mapped[str] = mapped_column(String(8))
    params_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    not_before: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Delivery retries (issue 11): what the message is about, until when it is worth
    # sending, and whether a supervisor alert has named it yet.
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    challenge_id: Mapped[int | None] = mapped_column(
        ForeignKey("challenges.id"), nullable=True, index=True
    )
    decoy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
