"""E-mail through an SMTP server (``RECOVERY_MAIL_TRANSPORT=smtp``), with aiosmtplib.

One connection per message: notifications are few, and a fresh connection
cannot be left half-broken by an earlier failure. STARTTLS and login are used
when configured; the password is read from its ``SecretStr`` only here.
"""

from __future__ import annotations

import aiosmtplib

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
        await aiosmtplib.send(
            message,
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            start_tls=settings.smtp_starttls,
            username=settings.smtp_username or None,
            password=password if settings.smtp_username else None,
            timeout=self._timeout,
        )
