"""The outbox dispatcher: sends queued notifications, retries failures, erases what it sent.

Messages are committed to the ``outbox`` table with the change that caused
them (:func:`recovery_app.services.outbox.enqueue`); this loop sends them
afterwards. Each message goes through three short transactions of its own:

1. a *claim* that moves ``not_before`` a lease ahead, only if the row is still
   pending and due, so a second server process sharing the database skips it;
2. the send, outside any transaction and without the audit ``write_lock``;
3. the outcome: ``sent`` with the parameters erased (they may hold the one code
   a message carries), or a retry with exponential backoff, or ``failed``.

A crash between 1 and 3 leaves the message claimed; it is sent again once the
lease runs out (at least once, never lost). Logs name the message id, template
and channel, never an address, a parameter or a body.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from recovery_app.delivery.maildir import EmailSender, MaildirEmailSender
from recovery_app.delivery.sms import MaildirSmsGateway, SmsGateway
from recovery_app.delivery.smtp import SmtpEmailSender
from recovery_app.delivery.templates import RenderedMessage, render
from recovery_app.security.redaction import redact_text
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from recovery_app.storage.models import OutboxMessage

log = logging.getLogger(__name__)

BATCH_SIZE = 50
MAX_BACKOFF = timedelta(minutes=15)
# A claimed message is left alone by other dispatchers for this long; a send is
# cut off well before it ends.
CLAIM_LEASE = timedelta(minutes=5)
SEND_TIMEOUT_SECONDS = 120.0
_ERROR_MAX_CHARS = 200

_URL = re.compile(r"(?i)\b(?:https?|ftp)://\S+")
_EMAIL = re.compile(r"[^\s<>\"'(),;:]+@[^\s<>\"'(),;:]+")
_PHONE = re.compile(r"\+?\(?\d(?:[\s()-]*\d){6,}")
_DIGITS = re.compile(r"\d{6,}")


@dataclass(frozen=True, slots=True)
class _Pending:
    """What the dispatcher needs of one outbox row, read outside its transactions."""

    id: int
    channel: str
    to: str
    template: str
    language: str
    params_enc: str | None
    attempts: int
    created_at: datetime

    @property
    def message_id(self) -> str:
        """Stable across retries, so a receiver can tell a resend from a new message."""
        return f"outbox.{self.id}.{self.created_at:%Y%m%d%H%M%S%f}"


class OutboxDispatcher:
    """Sends pending outbox messages through ``email`` and ``sms``."""

    def __init__(
        self,
        services: Services,
        email: EmailSender,
        sms: SmsGateway,
        *,
        poll_seconds: float = 5.0,
        max_attempts: int = 8,
    ) -> None:
        self._services = services
        self._email = email
        self._sms = sms
        self._poll_seconds = poll_seconds
        self._max_attempts = max_attempts
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Run :meth:`run` as a background task (once)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run(), name="outbox-dispatcher")

    async def stop(self) -> None:
        """Cancel the background task and wait for it to end."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def run(self) -> None:
        """Dispatch, then sleep until woken (``services.outbox_wakeup``) or the poll interval.

        Errors of a round (the database being away) are logged and the loop goes
        on; only cancellation ends it.
        """
        wakeup = self._services.outbox_wakeup
        while True:
            wakeup.clear()  # before dispatching: a wake-up during it is not lost
            try:
                due, _ = await self._round()
            except Exception as exc:
                log.error("outbox dispatch round failed: %s", _describe_failure(exc, ""))
                due = 0
            if due >= BATCH_SIZE:
                continue  # a full batch: more may be due right now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), self._poll_seconds)

    async def dispatch_once(self) -> int:
        """Try every due message of one batch (oldest first); the number sent."""
        _, sent = await self._round()
        return sent

    async def _round(self) -> tuple[int, int]:
        """One batch: how many messages were due, and how many of them were sent."""
        due = await self._due()
        sent = 0
        for item in due:
            sent += await self._dispatch(item)
        return len(due), sent

    async def _due(self) -> list[_Pending]:
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == "pending",
                OutboxMessage.not_before <= self._services.clock.now(),
            )
            .order_by(OutboxMessage.id)
            .limit(BATCH_SIZE)
        )
        async with self._services.sessions() as session:
            rows = (await session.scalars(query)).all()
        return [_snapshot(row) for row in rows]

    async def _dispatch(self, item: _Pending) -> bool:
        """Claim, render, send and record one message; True when it was sent."""
        if not await self._claim(item):
            return False
        try:
            rendered = self._render(item)
        except Exception as exc:  # undecryptable, unknown template, bad params: final
            await self._record_failure(item, exc, final=True)
            return False
        try:
            async with asyncio.timeout(SEND_TIMEOUT_SECONDS):
                await self._send(item, rendered)
        except Exception as exc:
            await self._record_failure(item, exc, final=item.attempts + 1 >= self._max_attempts)
            return False
        await self._record_sent(item)
        return True

    async def _claim(self, item: _Pending) -> bool:
        now = self._services.clock.now()
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item.id,
                OutboxMessage.status == "pending",
                OutboxMessage.attempts == item.attempts,
                OutboxMessage.not_before <= now,
            )
            .values(not_before=now + CLAIM_LEASE)
        )
        async with self._services.sessions() as session, session.begin():
            result = cast("CursorResult[Any]", await session.execute(statement))
        return result.rowcount == 1

    def _render(self, item: _Pending) -> RenderedMessage:
        if item.channel not in ("email", "sms"):
            raise ValueError(f"unknown channel {item.channel!r}")
        if item.params_enc is None:
            raise ValueError("the message has no parameters")
        params: Any = json.loads(self._services.box.decrypt(item.params_enc))
        if not isinstance(params, dict):
            raise ValueError("the parameters are not an object")
        return render(item.template, item.language, params)

    async def _send(self, item: _Pending, message: RenderedMessage) -> None:
        if item.channel == "email":
            await self._email.send(item.to, message.subject, message.body, item.message_id)
        else:
            await self._sms.send(item.to, message.body, item.message_id)

    async def _record_sent(self, item: _Pending) -> None:
        await self._update(item, status="sent", sent_at=self._services.clock.now(), params_enc=None)
        log.info(
            "outbox message %d sent",
            item.id,
            extra={"outbox_id": item.id, "template": item.template, "channel": item.channel},
        )

    async def _record_failure(self, item: _Pending, exc: Exception, *, final: bool) -> None:
        attempts = item.attempts + 1
        reason = _describe_failure(exc, item.to)
        now = self._services.clock.now()
        values: dict[str, Any] = {"attempts": attempts, "last_error": reason}
        if final:
            values |= {"status": "failed", "params_enc": None}
        else:
            values["not_before"] = now + backoff(attempts)
        await self._update(item, **values)
        log.warning(
            "outbox message %d %s after attempt %d: %s",
            item.id,
            "failed for good" if final else "will be retried",
            attempts,
            reason,
            extra={"outbox_id": item.id, "template": item.template, "channel": item.channel},
        )

    async def _update(self, item: _Pending, **values: Any) -> None:
        statement = update(OutboxMessage).where(OutboxMessage.id == item.id).values(**values)
        async with self._services.sessions() as session, session.begin():
            await session.execute(statement)


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failure: 2, 4, 8 ... seconds, at most 15 min."""
    if attempts >= 10:  # 2**10 s is past the cap already; keeps the power small
        return MAX_BACKOFF
    return min(timedelta(seconds=2**attempts), MAX_BACKOFF)


def build_senders(settings: Settings) -> tuple[EmailSender, SmsGateway]:
    """The transports the settings ask for: SMTP or the Maildir under ``DATA_DIR/mail``;
    SMS into the Maildir under ``DATA_DIR/sms``."""
    email: EmailSender
    if settings.mail_transport == "smtp":
        email = SmtpEmailSender(settings)
    else:
        email = MaildirEmailSender(settings.data_dir / "mail", mail_from=settings.mail_from)
    return email, MaildirSmsGateway(settings.data_dir / "sms")


def _snapshot(row: OutboxMessage) -> _Pending:
    return _Pending(
        id=row.id,
        channel=row.channel,
        to=row.to_address,
        template=row.template,
        language=row.language,
        params_enc=row.params_enc,
        attempts=row.attempts,
        created_at=row.created_at,
    )


def _describe_failure(exc: BaseException, address: str) -> str:
    """The exception's class and text, without addresses, numbers, links or secrets."""
    text = str(exc)
    if address:
        text = text.replace(address, "[recipient]")
    text = _URL.sub("[link]", text)
    text = _EMAIL.sub("[address]", text)
    text = _PHONE.sub("[number]", text)
    text = _DIGITS.sub("[digits]", text)
    text = " ".join(redact_text(text).split())
    reason = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return reason[:_ERROR_MAX_CHARS]
