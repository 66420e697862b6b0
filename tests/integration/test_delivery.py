"""Delivery: real SMTP (aiosmtpd), real Maildir files, and the outbox dispatcher on SQLite."""

from __future__ import annotations

import asyncio
import logging
import socket
import stat
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import update
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app.delivery.dispatcher import OutboxDispatcher, build_senders
from recovery_app.delivery.errors import PermanentDeliveryError
from recovery_app.delivery.maildir import MaildirEmailSender
from recovery_app.delivery.sms import MaildirSmsGateway
from recovery_app.delivery.smtp import SmtpEmailSender
from recovery_app.delivery.templates import render
from recovery_app.domain.clock import FrozenClock
from recovery_app.security.keys import load_or_create
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from recovery_app.services.outbox import enqueue
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import OutboxMessage
from tests.support.live_server import migrate_to_head, test_settings

START = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
ADDRESS = "ada.lovelace@example.org"
PHONE = "+48601234567"
CODE = "493027"
MAIL_FROM = "Recovery Desk <desk@recovery.example>"


# --- a real SMTP server -------------------------------------------------------------


@dataclass
class Collector:
    """aiosmtpd handler: keeps every message; refuses recipients it is told to."""

    envelopes: list[Envelope] = field(default_factory=list)
    logins: list[bytes] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # 550: for good
    defer: set[str] = field(default_factory=set)  # 450: try again later
    noops: int = 0

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        if address in self.defer:
            return f"450 4.2.0 <{address}>: Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_NOOP(  # noqa: N802
        self, server: SMTP, session: Session, envelope: Envelope, arg: str
    ) -> str:
        self.noops += 1
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"desk",
            b"s3cret-pass",
        )
        if ok:
            self.logins.append(data.login)
        return AuthResult(success=ok)

    def parsed(self, index: int = -1) -> EmailMessage:
        content = self.envelopes[index].content
        assert isinstance(content, bytes)
        message = BytesParser(policy=policy.default).parsebytes(content)
        assert isinstance(message, EmailMessage)
        return message


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def smtp() -> Iterator[tuple[Collector, int]]:
    handler = Collector()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture
def smtp_with_login() -> Iterator[tuple[Collector, int]]:
    handler = Collector()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=handler.authenticate,
        auth_required=True,
        auth_require_tls=False,  # a local test server; real relays want STARTTLS first
    )
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


# --- services on a migrated SQLite file ---------------------------------------------


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@asynccontextmanager
async def open_services(settings: Settings, clock: FrozenClock) -> AsyncIterator[Services]:
    """Services as the server's lifespan builds them, on a freshly migrated SQLite file."""
    await migrate_to_head(settings)
    engine = create_engine(normalize_url(settings.effective_database_url))
    try:
        yield Services(
            settings=settings,
            engine=engine,
            sessions=async_sessionmaker(engine, expire_on_commit=False),
            keys=load_or_create(settings.data_dir, None),
            clock=clock,
        )
    finally:
        await engine.dispose()


@pytest.fixture
async def services(settings: Settings, clock: FrozenClock) -> AsyncIterator[Services]:
    async with open_services(settings, clock) as opened:
        yield opened


async def queue(
    services: Services,
    template: str,
    params: dict[str, Any],
    *,
    channel: str = "email",
    to: str = ADDRESS,
    language: str = "en",
    now: datetime | None = None,
    expires_at: datetime | None = None,
) -> int:
    async with services.sessions() as session, session.begin():
        message = await enqueue(
            session,
            services.box,
            channel=channel,
            to=to,
            template=template,
            language=language,
            params=params,
            now=now or services.clock.now(),
            expires_at=expires_at,
        )
        return message.id


async def row(services: Services, message_id: int) -> OutboxMessage:
    async with services.sessions() as session:
        message = await session.get(OutboxMessage, message_id)
    assert message is not None
    return message


def code_params() -> dict[str, Any]:
    return {"code": CODE, "minutes": 30, "name": "Ada"}


def maildir_files(folder: Path) -> list[Path]:
    return sorted((folder / "new").iterdir())


def read_message(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    """The text, with the wire's CRLF line ends read as newlines."""
    content = message.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def dispatcher_for(services: Services, **kwargs: Any) -> OutboxDispatcher:
    email, sms = build_senders(services.settings)
    return OutboxDispatcher(services, email, sms, **kwargs)


# --- senders ------------------------------------------------------------------------


async def test_smtp_sender_delivers_a_utf8_message(
    smtp: tuple[Collector, int], data_dir: Path
) -> None:
    handler, port = smtp
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=port, mail_from=MAIL_FROM)
    rendered = render("verification_code", "pl", {"code": CODE, "minutes": 30, "name": "Łucja"})

    await SmtpEmailSender(settings).send(ADDRESS, rendered.subject, rendered.body, "outbox.1.a")

    [envelope] = handler.envelopes
    assert envelope.mail_from == "desk@recovery.example"
    assert envelope.rcpt_tos == [ADDRESS]
    message = handler.parsed()
    assert message["Subject"] == "Twój kod Recovery Desk"
    assert message["From"] == MAIL_FROM
    assert message["To"] == ADDRESS
    assert message["Message-ID"] == "<outbox.1.a@recovery.example>"
    assert message["Date"] is not None
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_charset() == "utf-8"
    assert body_of(message).rstrip("\n") == rendered.body
    assert "Dzień dobry Łucja" in body_of(message)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
async def test_smtp_sender_logs_in_when_a_username_is_set(
    smtp_with_login: tuple[Collector, int], data_dir: Path
) -> None:
    handler, port = smtp_with_login
    settings = test_settings(
        data_dir,
        mail_transport="smtp",
        smtp_port=port,
        smtp_username="desk",
        smtp_password="s3cret-pass",
    )
    await SmtpEmailSender(settings).send(ADDRESS, "Subject", "Body", "outbox.2.a")
    assert handler.logins == [b"desk"]
    assert len(handler.envelopes) == 1


async def test_maildir_sender_writes_a_readable_message_in_the_right_language(
    data_dir: Path,
) -> None:
    folder = data_dir / "mail"
    params = {"case_ref": "RC-7Q2M", "cancel_link": "https://desk.example/c/x", "name": "Jörg"}
    rendered = render("recovery_started", "de", params)

    await MaildirEmailSender(folder, mail_from=MAIL_FROM).send(
        ADDRESS, rendered.subject, rendered.body, "outbox.3.a"
    )

    [path] = maildir_files(folder)
    message = read_message(path)
    assert message["Subject"] == "Jemand hat begonnen, Ihr Konto wiederherzustellen"
    assert message["From"] == MAIL_FROM
    assert message["To"] == ADDRESS
    assert message["Message-ID"] == "<outbox.3.a@recovery.example>"
    assert "Hallo Jörg," in body_of(message)
    assert "https://desk.example/c/x" in body_of(message)
    # Readable as plain UTF-8 text, and private to the server's user.
    assert "Hallo Jörg," in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


async def test_sms_gateway_writes_one_file_per_sms(data_dir: Path) -> None:
    folder = data_dir / "sms"
    gateway = MaildirSmsGateway(folder)
    await gateway.send(PHONE, "Ваш код Recovery Desk: 493027.", "outbox.4.a")
    await gateway.send(PHONE, "Second", "outbox.5.a")

    messages = [read_message(path) for path in maildir_files(folder)]
    assert len(messages) == 2
    assert {m["To"] for m in messages} == {PHONE}
    assert sorted(body_of(m).strip() for m in messages) == [
        "Second",
        "Ваш код Recovery Desk: 493027.",
    ]


async def test_sms_gateway_refuses_what_is_not_a_phone_number(data_dir: Path) -> None:
    with pytest.raises(PermanentDeliveryError) as refused:
        await MaildirSmsGateway(data_dir / "sms").send("+48 601\nBcc: x", "text", "outbox.6.a")
    assert "phone" in str(refused.value.__cause__)


def test_build_senders_follows_the_settings(data_dir: Path) -> None:
    email, sms = build_senders(test_settings(data_dir))
    assert isinstance(email, MaildirEmailSender)
    assert email.folder == data_dir / "mail"
    assert isinstance(sms, MaildirSmsGateway)
    assert sms.folder == data_dir / "sms"
    email, _ = build_senders(test_settings(data_dir, mail_transport="smtp"))
    assert isinstance(email, SmtpEmailSender)


# --- the dispatcher -----------------------------------------------------------------


async def test_dispatcher_sends_queued_messages_and_erases_their_parameters(
    services: Services, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    email_id = await queue(services, "verification_code", code_params(), language="pl")
    sms_id = await queue(
        services,
        "reply_contact_code",
        {"code": CODE, "minutes": 10},
        channel="sms",
        to=PHONE,
    )
    dispatcher = dispatcher_for(services)

    with caplog.at_level(logging.DEBUG, logger="recovery_app.delivery"):
        assert await dispatcher.dispatch_once() == 2

    for message_id in (email_id, sms_id):
        sent = await row(services, message_id)
        assert sent.status == "sent"
        assert sent.sent_at == START
        assert sent.params_enc is None
        assert sent.attempts == 0
    [mail] = [read_message(p) for p in maildir_files(data_dir / "mail")]
    assert mail["To"] == ADDRESS
    assert mail["Subject"] == "Twój kod Recovery Desk"
    assert f"Twój kod Recovery Desk to {CODE}." in body_of(mail)
    [sms] = [read_message(p) for p in maildir_files(data_dir / "sms")]
    assert sms["To"] == PHONE
    assert body_of(sms).startswith(f"Your Recovery Desk code is {CODE}.")
    # Logs name the message, never its address or contents.
    assert str(email_id) in caplog.text
    for secret in (ADDRESS, PHONE, CODE, "Ada"):
        assert secret not in caplog.text
    # Sent is sent: nothing goes out twice.
    assert await dispatcher.dispatch_once() == 0
    assert len(maildir_files(data_dir / "mail")) == 1


async def test_a_failed_send_is_retried_with_backoff_and_never_given_up(
    data_dir: Path, clock: FrozenClock
) -> None:
    closed_port = free_port()  # nothing listens here
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=closed_port)
    async with open_services(settings, clock) as services:
        message_id = await queue(services, "case_frozen", {"case_ref": "RC-1", "name": "Ada"})
        dispatcher = dispatcher_for(services, jitter=lambda: 1.0)

        assert await dispatcher.dispatch_once() == 0
        pending = await row(services, message_id)
        assert pending.status == "pending"
        assert pending.attempts == 1
        assert pending.not_before == START + timedelta(seconds=2)
        assert pending.last_error is not None
        assert pending.last_error.startswith("SMTPConnectError")
        assert ADDRESS not in pending.last_error
        assert pending.params_enc is not None

        # Not due yet: left alone.
        assert await dispatcher.dispatch_once() == 0
        assert (await row(services, message_id)).attempts == 1

        # Far past the old limit of 8 attempts: still pending, still retried.
        for _ in range(30):
            clock.advance((await row(services, message_id)).not_before - clock.now())
            assert await dispatcher.dispatch_once() == 0
        waiting = await row(services, message_id)
        assert (waiting.status, waiting.attempts) == ("pending", 31)
        assert waiting.params_enc is not None
        assert waiting.sent_at is None


async def test_a_code_is_retried_until_it_expires_then_erased(
    data_dir: Path, clock: FrozenClock
) -> None:
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=free_port())
    async with open_services(settings, clock) as services:
        message_id = await queue(
            services, "verification_code", code_params(), expires_at=START + timedelta(minutes=30)
        )
        dispatcher = dispatcher_for(services)
        while clock.now() < START + timedelta(minutes=30):
            await dispatcher.dispatch_once()
            clock.advance(timedelta(seconds=20))
        pending = await row(services, message_id)
        assert pending.status == "pending"
        assert pending.attempts > 8

        await dispatcher.dispatch_once()  # past its expiry
        expired = await row(services, message_id)
        assert expired.status == "expired"
        assert expired.params_enc is None  # the code goes with it
        assert expired.sent_at is None


async def test_other_messages_wait_without_a_try_while_the_server_is_unreachable(
    data_dir: Path, clock: FrozenClock
) -> None:
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=free_port())
    async with open_services(settings, clock) as services:
        ids = [
            await queue(services, "case_frozen", {"case_ref": f"RC-{n}", "name": "Ada"})
            for n in range(3)
        ]
        await dispatcher_for(services, jitter=lambda: 0.0).dispatch_once()
        rows = [await row(services, i) for i in ids]
    assert [r.attempts for r in rows] == [1, 1, 1]
    assert rows[0].last_error is not None and rows[0].last_error.startswith("SMTPConnectError")
    for later in rows[1:]:
        assert later.last_error is not None
        assert later.last_error.startswith("not tried, the channel is unavailable: SMTPConnect")
        assert later.not_before == START + timedelta(seconds=1)  # half of 2 s: no jitter


async def test_a_permanent_refusal_fails_at_once_without_the_address(
    smtp: tuple[Collector, int],
    data_dir: Path,
    clock: FrozenClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler, port = smtp
    handler.refuse.add(ADDRESS)
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=port)
    async with open_services(settings, clock) as services:
        message_id = await queue(services, "verification_code", code_params())
        with caplog.at_level(logging.DEBUG, logger="recovery_app.delivery"):
            assert await dispatcher_for(services).dispatch_once() == 0
        failed = await row(services, message_id)
    assert "SMTPRecipientsRefused" in caplog.text
    assert ADDRESS not in caplog.text
    assert CODE not in caplog.text
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert failed.params_enc is None
    assert failed.last_error is not None
    assert failed.last_error.startswith("SMTPRecipientsRefused")
    assert "example.org" not in failed.last_error
    assert "ada" not in failed.last_error.lower()
    assert handler.envelopes == []


async def test_a_temporary_refusal_is_retried(
    smtp: tuple[Collector, int], data_dir: Path, clock: FrozenClock
) -> None:
    handler, port = smtp
    handler.defer.add(ADDRESS)
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=port)
    async with open_services(settings, clock) as services:
        message_id = await queue(services, "case_frozen", {"case_ref": "RC-1", "name": "Ada"})
        dispatcher = dispatcher_for(services)
        assert await dispatcher.dispatch_once() == 0
        pending = await row(services, message_id)
        assert (pending.status, pending.attempts) == ("pending", 1)

        handler.defer.clear()
        clock.advance(timedelta(seconds=2))
        assert await dispatcher.dispatch_once() == 1
    assert (await row(services, message_id)).status == "sent"
    assert len(handler.envelopes) == 1


async def test_a_decoy_reaches_the_server_but_sends_nothing(
    smtp: tuple[Collector, int], data_dir: Path, clock: FrozenClock
) -> None:
    handler, port = smtp
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=port)
    async with open_services(settings, clock) as services:
        async with services.sessions() as session, session.begin():
            decoy = OutboxMessage(
                channel="email",
                to_address="",
                template="decoy",
                language="en",
                params_enc=None,
                status="pending",
                attempts=0,
                created_at=START,
                not_before=START,
                expires_at=START + timedelta(minutes=30),
                decoy=True,
            )
            session.add(decoy)
        assert await dispatcher_for(services).dispatch_once() == 1
        assert (await row(services, decoy.id)).status == "sent"
    assert handler.noops == 1
    assert handler.envelopes == []


async def test_backoff_doubles_with_jitter_and_is_capped(
    data_dir: Path, clock: FrozenClock
) -> None:
    settings = test_settings(data_dir, mail_transport="smtp", smtp_port=free_port())
    async with open_services(settings, clock) as services:
        for jitter, low in ((lambda: 1.0, False), (lambda: 0.0, True)):
            message_id = await queue(services, "case_frozen", {"case_ref": "RC-1", "name": "A"})
            dispatcher = dispatcher_for(services, jitter=jitter)
            waits = []
            for _ in range(11):
                await dispatcher.dispatch_once()
                waits.append((await row(services, message_id)).not_before - clock.now())
                clock.advance(waits[-1])
            seconds = [w.total_seconds() for w in waits]
            full = [2, 4, 8, 16, 32, 64, 120, 120, 120, 120, 120]
            assert seconds == ([f / 2 for f in full] if low else full)
            async with services.sessions() as session, session.begin():
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == message_id)
                    .values(status="failed")
                )


async def test_a_message_not_yet_due_is_not_sent(
    services: Services, clock: FrozenClock, data_dir: Path
) -> None:
    later = await queue(
        services,
        "case_frozen",
        {"case_ref": "RC-2", "name": "Ada"},
        now=START + timedelta(hours=1),
    )
    dispatcher = dispatcher_for(services)

    assert await dispatcher.dispatch_once() == 0
    waiting = await row(services, later)
    assert (waiting.status, waiting.attempts) == ("pending", 0)
    assert not (data_dir / "mail").exists()

    clock.advance(timedelta(hours=1))
    assert await dispatcher.dispatch_once() == 1
    assert (await row(services, later)).status == "sent"


async def test_a_message_that_cannot_be_rendered_fails_at_once(services: Services) -> None:
    message_id = await queue(services, "no_such_template", {"anything": 1})
    assert await dispatcher_for(services).dispatch_once() == 0
    failed = await row(services, message_id)
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert failed.last_error == "ValueError: unknown template 'no_such_template'"
    assert failed.params_enc is None


async def test_the_running_dispatcher_wakes_up_when_told(
    services: Services, data_dir: Path
) -> None:
    dispatcher = dispatcher_for(services, poll_seconds=60)  # only the wake-up can be quick
    dispatcher.start()
    try:
        await asyncio.sleep(0.05)  # let it finish its first, empty round
        message_id = await queue(services, "verification_code", code_params())
        services.outbox_wakeup.set()
        async with asyncio.timeout(5):
            while (await row(services, message_id)).status != "sent":
                await asyncio.sleep(0.02)
    finally:
        await dispatcher.stop()
    assert len(maildir_files(data_dir / "mail")) == 1


async def test_a_message_being_sent_is_not_picked_by_another_dispatcher(
    services: Services,
) -> None:
    message_id = await queue(services, "verification_code", code_params())
    seen_by_other: list[int] = []
    other = OutboxDispatcher(services, RecordingEmail(), NoSms())

    async def while_sending() -> None:
        seen_by_other.append(await other.dispatch_once())

    email = RecordingEmail(during_send=while_sending)
    assert await OutboxDispatcher(services, email, NoSms()).dispatch_once() == 1

    assert seen_by_other == [0]
    assert len(email.sent) == 1
    assert (await row(services, message_id)).status == "sent"


async def test_parallel_dispatchers_send_each_message_exactly_once(services: Services) -> None:
    for n in range(20):
        await queue(services, "case_frozen", {"case_ref": f"RC-{n}", "name": "Ada"})
    email = RecordingEmail()
    dispatchers = [OutboxDispatcher(services, email, NoSms()) for _ in range(5)]

    results = await asyncio.gather(*(d.dispatch_once() for d in dispatchers))

    assert sum(results) == 20
    assert len(email.sent) == 20
    assert len(set(email.sent)) == 20


# --- test doubles for the concurrency tests (not what a user meets) ---


class RecordingEmail:
    """Remembers the Message-IDs it was given; can run something in the middle of a send."""

    def __init__(self, during_send: Callable[[], Awaitable[None]] | None = None) -> None:
        self.sent: list[str] = []
        self._during_send = during_send

    async def send(self, to: str, subject: str, body: str, message_id: str) -> None:
        await asyncio.sleep(0.01)
        if self._during_send is not None:
            await self._during_send()
        self.sent.append(message_id)

    async def probe(self) -> None:
        raise AssertionError("no decoy expected")


class NoSms:
    async def send(self, to: str, text: str, message_id: str) -> None:
        raise AssertionError("no SMS expected")

    async def probe(self) -> None:
        raise AssertionError("no SMS expected")
