"""E-mail as RFC 5322 files in a local Maildir: the embedded default transport.

Messages land in ``DATA_DIR/mail/new``, one file each, readable with any mail
client (``mutt -f DATA_DIR/mail``) or a text editor. The folders are created
private (0700): until a message is sent elsewhere, the file is the message.
"""

from __future__ import annotations

import asyncio
import mailbox
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Literal, Protocol

DEFAULT_MAIL_FROM = "Recovery Desk <no-reply@localhost>"
_MESSAGE_ID_PART = re.compile(r"[A-Za-z0-9._-]{1,128}")

TransferEncoding = Literal["8bit", "quoted-printable"]


class EmailSender(Protocol):
    """Sends one e-mail; raises on failure (the dispatcher retries; see
    :mod:`recovery_app.delivery.errors` for failures that are not worth retrying)."""

    async def send(self, to: str, subject: str, body: str, message_id: str) -> None: ...

    async def probe(self) -> None:
        """Everything a send does short of a message (a decoy's "send"); raises alike."""
        ...


def compose_email(
    *,
    mail_from: str,
    to: str,
    subject: str,
    body: str,
    message_id: str,
    transfer_encoding: TransferEncoding = "quoted-printable",
) -> EmailMessage:
    """A complete UTF-8 text message. ``message_id`` is the local part of its Message-ID."""
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = format_message_id(message_id, _domain_of(mail_from))
    # RFC 3834: no vacation replies or other auto-answers to a notification.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body, charset="utf-8", cte=transfer_encoding)
    return message


def format_message_id(message_id: str, domain: str) -> str:
    """``<message_id@domain>``; refuses anything that is not a plain token."""
    if _MESSAGE_ID_PART.fullmatch(message_id) is None:
        raise ValueError("a message id is 1-128 letters, digits, dots, dashes or underscores")
    return f"<{message_id}@{domain}>"


def store_in_maildir(folder: Path, message: EmailMessage) -> str:
    """Add ``message`` to the Maildir at ``folder`` (created if missing); its key. Blocking."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for sub in ("tmp", "new", "cur"):
        (folder / sub).mkdir(mode=0o700, exist_ok=True)
    return mailbox.Maildir(folder, create=False).add(message)


class MaildirEmailSender:
    """Writes each e-mail as a file into a Maildir (``DATA_DIR/mail`` by default)."""

    def __init__(self, folder: Path, *, mail_from: str = DEFAULT_MAIL_FROM) -> None:
        self.folder = folder
        self._mail_from = mail_from

    async def send(self, to: str, subject: str, body: str, message_id: str) -> None:
        # 8bit keeps the file readable as plain text; nothing transports it further.
        message = compose_email(
            mail_from=self._mail_from,
            to=to,
            subject=subject,
            body=body,
            message_id=message_id,
            transfer_encoding="8bit",
        )
        await asyncio.to_thread(store_in_maildir, self.folder, message)

    async def probe(self) -> None:
        """Nothing to reach: a local folder is always there."""


def _domain_of(address: str) -> str:
    domain = parseaddr(address)[1].rpartition("@")[2]
    return domain or "localhost"
