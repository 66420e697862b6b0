"""Text messages: the gateway interface and its Maildir-style default.

A real deployment plugs in its SMS provider behind :class:`SmsGateway`. The
default writes each SMS as one message file into ``DATA_DIR/sms`` (To = the
phone number, body = the text), so a developer or a test can read it.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol

from recovery_app.delivery.errors import PermanentDeliveryError
from recovery_app.delivery.maildir import format_message_id, store_in_maildir

SMS_SENDER = "Recovery Desk"
_PHONE = re.compile(r"\+?[0-9][0-9 ().-]{2,31}")


class SmsGateway(Protocol):
    """Sends one SMS; raises on failure (the dispatcher retries; see
    :mod:`recovery_app.delivery.errors` for failures that are not worth retrying)."""

    async def send(self, to: str, text: str, message_id: str) -> None: ...

    async def probe(self) -> None:
        """Everything a send does short of a message (a decoy's "send"); raises alike."""
        ...


class MaildirSmsGateway:
    """Writes each SMS as one message into a Maildir (``DATA_DIR/sms`` by default)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def send(self, to: str, text: str, message_id: str) -> None:
        try:
            message = compose_sms(to=to, text=text, message_id=message_id)
        except ValueError as exc:  # not a phone number: no retry makes it one
            raise PermanentDeliveryError() from exc
        await asyncio.to_thread(store_in_maildir, self.folder, message)

    async def probe(self) -> None:
        """Nothing to reach: a local folder is always there."""


def compose_sms(*, to: str, text: str, message_id: str) -> EmailMessage:
    """One SMS as a message file: To is the phone number, the body is the text."""
    if _PHONE.fullmatch(to) is None:
        raise ValueError("not a phone number")
    message = EmailMessage()
    message["From"] = SMS_SENDER
    message["To"] = to
    message["Subject"] = "SMS"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = format_message_id(message_id, "sms.localhost")
    message.set_content(text, charset="utf-8", cte="8bit")
    return message
