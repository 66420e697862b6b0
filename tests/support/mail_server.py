"""A real SMTP server (aiosmtpd) that a test can stop and start again on the same port.

While stopped nothing listens on the port: the server's SMTP sender gets a refused
connection, exactly what a mail outage looks like from our side.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class Mailbox:
    """aiosmtpd handler: keeps every message; refuses the recipients it is told to."""

    envelopes: list[Envelope] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # 550: refused for good

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        """Every message delivered to ``address``, oldest first."""
        found = []
        for envelope in self.envelopes:
            if address in envelope.rcpt_tos:
                assert isinstance(envelope.content, bytes)
                message = BytesParser(policy=policy.default).parsebytes(envelope.content)
                assert isinstance(message, EmailMessage)
                found.append(message)
        return found


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


class MailServer:
    """``start()`` / ``stop()`` as often as needed; always the same ``port``."""

    def __init__(self) -> None:
        self.mailbox = Mailbox()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port: int = sock.getsockname()[1]
        self._controller: Controller | None = None

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is None:
            self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
            self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def refuses_connections(self) -> bool:
        """True when a connection to the port is refused (nothing listens)."""
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) != 0
