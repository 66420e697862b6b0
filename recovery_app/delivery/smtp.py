"""E-mail through an SMTP server (``RECOVERY_MAIL_TRANSPORT=smtp``), with aiosmtplib.

One connection per message: notifications are few, and a fresh connection
cannot be left half-broken by an earlier failure. STARTTLS and login are used
when configured; the password is read from its ``SecretStr`` only here.

Failures are sorted for the dispatcher (:mod:`recovery_app.delivery.errors`): a 5xx
answer to the recipient or to the message is permanent; no connection, a timeout, or a
refused login or sender means the server is unavailable to us (every message would
fail alike); anything else (4xx: "try again later") is retried as it is.
"""

from __future__ import annotations

import aiosmtplib

from recovery_app.delivery.errors import (
    ChannelUnavailableError,
    DeliveryError,
    PermanentDeliveryError,
)
from recovery_app.delivery.maildir import compose_email
from recovery_app.server.settings import Settings

DEFAULT_TIMEOUT_SECONDS = 30.0


class SmtpEmailSender:
    """Sends each e-mail to ``settings.smtp_host:smtp_port``."""

    def __init__(self, settings: Settings, *, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self._settings = settings
        self._timeout = timeout

    async def send(self, to: str, subject: str, body: str, message_id: str) -> None:
        settings = self._settings
        message = compose_email(
            mail_from=settings.mail_from,
            to=to,
            subject=subject,
            body=body,
            message_id=message_id,
            transfer_encoding="quoted-printable",  # 7-bit clean: any relay takes it
        )
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        try:
            await aiosmtplib.send(
                message,
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                start_tls=settings.smtp_starttls,
                username=settings.smtp_username or None,
                password=password if settings.smtp_username else None,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPException as exc:
            error = classify(exc)
            if error is None:
                raise
            raise error from exc
        except OSError as exc:  # refused, unreachable, reset
            raise ChannelUnavailableError() from exc

    async def probe(self) -> None:
        """Connect, log in if configured, NOOP and QUIT: what a send does, minus a message.

        A decoy message (a code with nobody to send it to) is "sent" this way, so it
        meets the same outages as a real one."""
        settings = self._settings
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        client = aiosmtplib.SMTP(
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            start_tls=settings.smtp_starttls,
            username=settings.smtp_username or None,
            password=password if settings.smtp_username else None,
            timeout=self._timeout,
        )
        try:
            async with client:
                await client.noop()
        except aiosmtplib.SMTPException as exc:
            error = classify(exc)
            if error is None:
                raise
            raise error from exc
        except OSError as exc:
            raise ChannelUnavailableError() from exc


def classify(exc: aiosmtplib.SMTPException) -> DeliveryError | None:
    """The delivery error an SMTP failure stands for; None: retry this message as usual."""
    if isinstance(
        exc,
        aiosmtplib.SMTPConnectError
        | aiosmtplib.SMTPServerDisconnected
        | aiosmtplib.SMTPTimeoutError
        | aiosmtplib.SMTPAuthenticationError
        | aiosmtplib.SMTPSenderRefused
        | aiosmtplib.SMTPHeloError
        | aiosmtplib.SMTPNotSupported,
    ):
        return ChannelUnavailableError()
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        if exc.recipients and all(r.code >= 500 for r in exc.recipients):
            return PermanentDeliveryError()
        return None
    if isinstance(exc, aiosmtplib.SMTPRecipientRefused | aiosmtplib.SMTPDataError):
        return PermanentDeliveryError() if exc.code >= 500 else None
    return None
