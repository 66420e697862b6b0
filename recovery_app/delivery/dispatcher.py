"""The outbox dispatcher: sends queued notifications, retries failures, erases what it sent.

Messages are committed to the ``outbox`` table with the change that caused them
(:func:`recovery_app.services.outbox.enqueue`); this loop sends them afterwards, so a
server restart or a mail outage loses nothing. Each round:

1. *expires* what is no longer worth sending: a code or link past its ``expires_at``,
   or a code whose challenge is no longer open (answered, voided by a newer code,
   locked). Its parameters, the only place the code was kept readable, are erased;
2. sends every due message, each in three short transactions of its own:
   a *claim* that moves ``not_before`` a lease ahead, only if the row is still pending
   and due (so a second server process sharing the database skips it); the send,
   outside any transaction; the outcome: ``sent`` (parameters erased), ``failed`` (refused
   for good: parameters erased), or a retry after a capped exponential backoff with
   jitter (:func:`recovery_app.domain.delivery.retry_delay`). Nothing is given up after
   a number of tries: owner notices are retried until they are sent, codes until they
   expire. When the transport itself is away, the round's other messages on that
   channel are not tried; they count a failed round and wait their backoff. The first
   send that works again calls the channel's waiting messages forward, into this round;
3. raises supervisor alerts for what failed for good or has waited too long
   (:func:`recovery_app.services.alerts.raise_delivery_alerts`).

A crash between claim and outcome leaves the message claimed; it is sent again once
the lease runs out (at least once, never lost). Logs name the message id, template
and channel, never an address, a parameter or a body.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, and_, or_, select, update

from recovery_app.delivery.errors import (
    ChannelUnavailableError,
    DeliveryError,
    PermanentDeliveryError,
)
from recovery_app.delivery.maildir import EmailSender, MaildirEmailSender
from recovery_app.delivery.sms import MaildirSmsGateway, SmsGateway
from recovery_app.delivery.smtp import SmtpEmailSender
from recovery_app.delivery.templates import RenderedMessage, render
from recovery_app.domain.delivery import OutboxStatus, retry_delay
from recovery_app.domain.model import ChallengeStatus
from recovery_app.security.redaction import redact_text
from recovery_app.server.settings import Settings
from recovery_app.services import alerts
from recovery_app.services.context import Services
from recovery_app.storage.models import Challenge, OutboxMessage

log = logging.getLogger(__name__)

BATCH_SIZE = 50
CHANNELS = ("email", "sms")
# A claimed message is left alone by other dispatchers for this long; a send is
# cut off well before it ends.
CLAIM_LEASE = timedelta(minutes=5)
SEND_TIMEOUT_SECONDS = 120.0
# Retry delays stay below this (the settings cap them), so a row waiting out a backoff
# is never mistaken for one that is being sent.
BACKOFF_LIMIT = CLAIM_LEASE - timedelta(seconds=SEND_TIMEOUT_SECONDS)
_ERROR_MAX_CHARS = 200
_PENDING = OutboxStatus.PENDING.value
_RANDOM = secrets.SystemRandom()  # retry jitter: nothing secret, but no lint exception

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
    decoy: bool

    @property
    def message_id(self) -> str:
        """Stable across retries, so a receiver can tell a resend from a new message."""
        return f"outbox.{self.id}.{self.created_at:%Y%m%d%H%M%S%f}"


class OutboxDispatcher:
    """Sends pending outbox messages through ``email`` and ``sms``.

    ``jitter`` returns a number in [0, 1] for each retry delay (tests fix it).
    """

    def __init__(
        self,
        services: Services,
        email: EmailSender,
        sms: SmsGateway,
        *,
        poll_seconds: float = 5.0,
        jitter: Callable[[], float] = _RANDOM.random,
    ) -> None:
        self._services = services
        self._email = email
        self._sms = sms
        self._poll_seconds = poll_seconds
        self._jitter = jitter
        self._task: asyncio.Task[None] | None = None
        # Channels that may have been away: the first send that works again calls their
        # waiting messages forward. Both at start, since an outage may predate this process.
        self._suspect: set[str] = set(CHANNELS)
        self._called_forward = False

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
        """Expire, try every due message of one batch (oldest first), raise alerts;
        the number sent."""
        _, sent = await self._round()
        return sent

    async def _round(self) -> tuple[int, int]:
        """One batch: how many messages were due, and how many of them were sent."""
        await self._expire()
        due = await self._due()
        sent = await self._send_batch(due)
        if self._called_forward:  # a channel came back: what waited for it goes now
            self._called_forward = False
            sent += await self._send_batch(await self._due())
        await alerts.raise_delivery_alerts(self._services)
        return len(due), sent

    async def _send_batch(self, due: list[_Pending]) -> int:
        sent = 0
        unavailable: dict[str, str] = {}  # channel → why, for the rest of this batch
        for item in due:
            if item.channel in unavailable:
                await self._defer(item, unavailable[item.channel])
                continue
            outcome = await self._dispatch(item)
            if outcome is True:
                sent += 1
            elif outcome is not False:
                unavailable[item.channel] = outcome
        return sent

    async def _expire(self) -> None:
        """Codes and links nobody can use any more are not sent; their secrets go."""
        now = self._services.clock.now()
        closed = (  # its challenge was answered, voided by a newer code, or locked
            select(Challenge.id)
            .where(
                Challenge.id == OutboxMessage.challenge_id,
                Challenge.status != ChallengeStatus.PENDING.value,
            )
            .exists()
        )
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.status == _PENDING,
                or_(
                    and_(OutboxMessage.expires_at.is_not(None), OutboxMessage.expires_at <= now),
                    closed,
                ),
            )
            .values(status=OutboxStatus.EXPIRED.value, params_enc=None)
            .returning(OutboxMessage.id, OutboxMessage.template, OutboxMessage.attempts)
        )
        async with self._services.sessions() as session, session.begin():
            expired = (await session.execute(statement)).all()
        for message_id, template, attempts in expired:
            log.log(
                logging.WARNING if attempts else logging.INFO,
                "outbox message %d expired undelivered after %d attempts",
                message_id,
                attempts,
                extra={"outbox_id": message_id, "template": template},
            )

    async def _due(self) -> list[_Pending]:
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == _PENDING,
                OutboxMessage.not_before <= self._services.clock.now(),
            )
            .order_by(OutboxMessage.id)
            .limit(BATCH_SIZE)
        )
        async with self._services.sessions() as session:
            rows = (await session.scalars(query)).all()
        return [_snapshot(row) for row in rows]

    async def _dispatch(self, item: _Pending) -> bool | str:
        """Claim, render, send and record one message: True when it was sent, False when
        not, or the reason its channel is unavailable."""
        if not await self._claim(item):
            return False
        try:
            rendered = None if item.decoy else self._render(item)
        except Exception as exc:  # undecryptable, unknown template, bad params: final
            await self._record_failure(item, exc, final=True)
            return False
        try:
            async with asyncio.timeout(SEND_TIMEOUT_SECONDS):
                await self._send(item, rendered)
        except PermanentDeliveryError as exc:
            await self._record_failure(item, exc, final=True)
            return False
        except (ChannelUnavailableError, TimeoutError) as exc:
            reason = await self._record_failure(item, exc, final=False)
            self._suspect.add(item.channel)
            return reason
        except Exception as exc:
            await self._record_failure(item, exc, final=False)
            return False
        await self._record_sent(item)
        if item.channel in self._suspect:
            self._suspect.discard(item.channel)
            await self._call_forward(item.channel)
        return True

    async def _claim(self, item: _Pending) -> bool:
        now = self._services.clock.now()
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item.id,
                OutboxMessage.status == _PENDING,
                OutboxMessage.attempts == item.attempts,
                OutboxMessage.not_before <= now,
                or_(OutboxMessage.expires_at.is_(None), OutboxMessage.expires_at > now),
            )
            .values(not_before=now + CLAIM_LEASE)
        )
        async with self._services.sessions() as session, session.begin():
            result = cast("CursorResult[Any]", await session.execute(statement))
        return result.rowcount == 1

    def _render(self, item: _Pending) -> RenderedMessage:
        if item.channel not in CHANNELS:
            raise ValueError(f"unknown channel {item.channel!r}")
        if item.params_enc is None:
            raise ValueError("the message has no parameters")
        params: Any = json.loads(self._services.box.decrypt(item.params_enc))
        if not isinstance(params, dict):
            raise ValueError("the parameters are not an object")
        return render(item.template, item.language, params)

    async def _send(self, item: _Pending, message: RenderedMessage | None) -> None:
        if item.channel not in CHANNELS:
            raise PermanentDeliveryError(f"unknown channel {item.channel!r}")
        transport: EmailSender | SmsGateway = self._email if item.channel == "email" else self._sms
        if message is None:  # a decoy: reach the transport, hand over nothing
            await transport.probe()
        elif item.channel == "email":
            await self._email.send(item.to, message.subject, message.body, item.message_id)
        else:
            await self._sms.send(item.to, message.body, item.message_id)

    async def _record_sent(self, item: _Pending) -> None:
        await self._update(
            item,
            status=OutboxStatus.SENT.value,
            sent_at=self._services.clock.now(),
            params_enc=None,
        )
        log.info(
            "outbox message %d sent",
            item.id,
            extra={"outbox_id": item.id, "template": item.template, "channel": item.channel},
        )

    async def _record_failure(self, item: _Pending, exc: Exception, *, final: bool) -> str:
        """Count the failed try; a final one ends the message. Returns the reason recorded."""
        attempts = item.attempts + 1
        reason = _describe_failure(_original(exc), item.to)
        values: dict[str, Any] = {"attempts": attempts, "last_error": reason}
        if final:
            values |= {"status": OutboxStatus.FAILED.value, "params_enc": None}
        else:
            values["not_before"] = self._services.clock.now() + self._delay(attempts)
        await self._update(item, **values)
        log.warning(
            "outbox message %d %s after attempt %d: %s",
            item.id,
            "refused for good" if final else "will be retried",
            attempts,
            reason,
            extra={"outbox_id": item.id, "template": item.template, "channel": item.channel},
        )
        return reason

    async def _defer(self, item: _Pending, reason: str) -> None:
        """Not tried: its channel just failed. It counts a failed round and waits its turn."""
        now = self._services.clock.now()
        attempts = item.attempts + 1
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.id == item.id,
                OutboxMessage.status == _PENDING,
                OutboxMessage.attempts == item.attempts,
                OutboxMessage.not_before <= now,
            )
            .values(
                attempts=attempts,
                last_error=f"not tried, the channel is unavailable: {reason}"[:_ERROR_MAX_CHARS],
                not_before=now + self._delay(attempts),
            )
        )
        async with self._services.sessions() as session, session.begin():
            await session.execute(statement)

    async def _call_forward(self, channel: str) -> None:
        """The channel works again: what waits out a backoff from the outage goes now."""
        now = self._services.clock.now()
        statement = (
            update(OutboxMessage)
            .where(
                OutboxMessage.channel == channel,
                OutboxMessage.status == _PENDING,
                OutboxMessage.attempts > 0,
                OutboxMessage.not_before > now,
                # Not one being sent: a claim reaches past this until its send timed out.
                OutboxMessage.not_before <= now + BACKOFF_LIMIT,
            )
            .values(not_before=now)
        )
        async with self._services.sessions() as session, session.begin():
            result = cast("CursorResult[Any]", await session.execute(statement))
        if result.rowcount:
            self._called_forward = True
            log.info(
                "outbox: %s works again; %d waiting messages called forward",
                channel,
                result.rowcount,
            )

    def _delay(self, attempts: int) -> timedelta:
        settings = self._services.settings
        return retry_delay(
            attempts,
            base_seconds=settings.delivery_retry_base_seconds,
            max_seconds=settings.delivery_retry_max_seconds,
            jitter=self._jitter,
        )

    async def _update(self, item: _Pending, **values: Any) -> None:
        statement = update(OutboxMessage).where(OutboxMessage.id == item.id).values(**values)
        async with self._services.sessions() as session, session.begin():
            await session.execute(statement)


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
        decoy=row.decoy,
    )


def _original(exc: BaseException) -> BaseException:
    """The transport's own exception behind one of ours (its class says most)."""
    if isinstance(exc, DeliveryError) and exc.__cause__ is not None:
        return exc.__cause__
    return exc


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
