"""A whole recovery desk for tests: the app on a fresh SQLite file, a frozen clock,
real mail delivery into Maildir folders, agents, and a believable hacked account.

Requests go through ``httpx.ASGITransport`` (no sockets), the server's own
background work (outbox dispatcher, holds, evidence purge) runs as in production.
"""

from __future__ import annotations

import asyncio
import mailbox
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pyotp
from fastapi import FastAPI

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import Actor, ContactKind, Role
from recovery_app.security import totp
from recovery_app.server.app import create_app
from recovery_app.services import agents
from recovery_app.services.context import Caller, Services
from recovery_app.services.maintenance import BackgroundWork
from recovery_app.storage import accounts_admin
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Account
from tests.support.live_server import LiveServer, migrate_to_head, test_settings

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse battery staple"
AGENT_PASSWORD = "agent password 4 tests"
CODE = re.compile(r"\b(\d{6})\b")
LONG_CODE = re.compile(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})\b")


@dataclass
class AgentHandle:
    id: int
    username: str
    role: Role
    token: str
    seed: str
    step: int = 0

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class HackedAccount:
    """Ann's account: an attacker changed her e-mail and authenticator two days ago."""

    id: int
    handle: str
    old_email: str
    phone: str
    attacker_email: str
    attacker_email_id: int
    old_email_id: int
    attacker_session_token: str
    owner_device_token: str
    backup_codes: list[str]


@dataclass
class OpenedCase:
    reference: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Desk:
    app: FastAPI
    client: httpx.AsyncClient
    clock: FrozenClock
    data_dir: Path
    _seen: set[str] = field(default_factory=set)

    @property
    def services(self) -> Services:
        services: Services = self.app.state.server.services
        return services

    @property
    def background(self) -> BackgroundWork:
        work: BackgroundWork = self.app.state.background
        return work

    @asynccontextmanager
    async def from_address(self, ip: str) -> AsyncIterator[None]:
        """Send this desk's requests from another network address for a while."""
        transport = httpx.ASGITransport(app=self.app, client=(ip, 50000))
        original = self.client
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            self.client = client
            try:
                yield
            finally:
                self.client = original

    # -- mail --------------------------------------------------------------------

    def messages(self, to: str) -> list[mailbox.MaildirMessage]:
        found: list[mailbox.MaildirMessage] = []
        for folder in ("mail", "sms"):
            path = self.data_dir / folder
            try:
                found += [m for m in mailbox.Maildir(path, create=False) if m["To"] == to]
            except (FileNotFoundError, mailbox.NoSuchMailboxError):  # not (fully) created yet
                continue
        return sorted(found, key=lambda m: m.get_date())

    async def wait_for_message(self, to: str, timeout: float = 5.0, subject: str = "") -> Message:
        """The next message to ``to`` mentioning ``subject`` (subject or body), not seen before."""
        await self.background.dispatcher.dispatch_once()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for message in self.messages(to):
                key = message["Message-ID"]
                text = f"{message['Subject']} {body_of(message)}".lower()
                if key not in self._seen and subject.lower() in text:
                    self._seen.add(key)
                    return message
            if loop.time() > deadline:
                raise AssertionError(f"no new message to {to}")
            await asyncio.sleep(0.02)
            await self.background.dispatcher.dispatch_once()

    async def code_sent_to(self, to: str) -> str:
        """The next code sent to ``to``: six digits, or a long code when a budget is spent."""
        body = body_of(await self.wait_for_message(to))
        match = LONG_CODE.search(body) or CODE.search(body)
        assert match, body
        return match.group(1)

    # -- people ------------------------------------------------------------------

    async def agent(self, username: str, role: Role = Role.AGENT) -> AgentHandle:
        agent_id, seed = await agents.create_agent(
            self.services, username, username.title(), role, AGENT_PASSWORD
        )
        handle = AgentHandle(agent_id, username, role, "", seed)
        await self.sign_in(handle)
        return handle

    async def sign_in(self, agent: AgentHandle) -> None:
        """(Re)open the agent's session; each sign-in uses a TOTP step not used before."""
        agent.step = max(agent.step + 1, totp.current_step())
        signed = await agents.sign_in(
            self.services,
            agent.username,
            AGENT_PASSWORD,
            totp.code_at(agent.seed, agent.step),
            Caller("127.0.0.1"),
        )
        agent.token = signed.token

    async def account(
        self, handle: str, *, subscriber: bool = False, totp: bool = False, email: str | None = None
    ) -> int:
        async with self.services.write() as session:
            account = await accounts_admin.create_account(
                session,
                self.services.keys,
                self.services.box,
                handle=handle,
                display_name=handle.title(),
                password=PASSWORD,
                subscription="verified" if subscriber else "free",
                created_at=START - timedelta(days=700),
            )
            await accounts_admin.add_contact(
                session,
                account.id,
                ContactKind.EMAIL,
                email or f"{handle}@example.com",
                added_at=START - timedelta(days=700),
            )
            if totp:
                await accounts_admin.enroll_totp(
                    session, self.services.box, account.id, at=START - timedelta(days=300)
                )
            return account.id

    async def hacked_account(self) -> HackedAccount:
        services, keys, box = self.services, self.services.keys, self.services.box
        long_ago, two_days = START - timedelta(days=700), self.clock.now() - timedelta(days=2)
        async with services.write() as session:
            account = await accounts_admin.create_account(
                session,
                keys,
                box,
                handle="ann",
                display_name="Ann Kowalska",
                password=PASSWORD,
                language="pl",
                created_at=long_ago,
            )
            old = await accounts_admin.add_contact(
                session, account.id, ContactKind.EMAIL, "ann@example.com", added_at=long_ago
            )
            await accounts_admin.add_contact(
                session, account.id, ContactKind.PHONE, "+48 600 100 200", added_at=long_ago
            )
            await accounts_admin.enroll_totp(
                session, box, account.id, at=START - timedelta(days=300)
            )
            backup = await accounts_admin.issue_backup_codes(
                session, keys, account.id, 4, at=START - timedelta(days=300)
            )
            _, device_token = await accounts_admin.register_device(
                session, keys, account.id, "Ann's laptop", START - timedelta(days=300)
            )
            # The attack, two days ago: new e-mail, old one removed, new authenticator.
            evil = await accounts_admin.add_contact(
                session,
                account.id,
                ContactKind.EMAIL,
                "evil@attacker.test",
                added_at=two_days,
                added_by=Actor.UNKNOWN,
            )
            directory = SqlAccountDirectory(session, keys, box, self.clock)
            await directory.remove_contact(account.id, old.id, Actor.UNKNOWN)
            await accounts_admin.enroll_totp(
                session, box, account.id, at=two_days, by=Actor.UNKNOWN
            )
            await accounts_admin.register_device(
                session,
                keys,
                account.id,
                "Unknown Windows PC",
                two_days,
                ip="203.0.113.9",
                actor=Actor.UNKNOWN,
            )
            account_id = account.id
        # The attacker signs in with the stolen password and their own authenticator.
        signed = await self.client.post(
            "/api/v1/platform/sessions",
            json={
                "identifier": "ann",
                "password": PASSWORD,
                "totp": await self.totp_now(account_id),
            },
        )
        assert signed.status_code in (200, 201), signed.text
        return HackedAccount(
            id=account_id,
            handle="ann",
            old_email="ann@example.com",
            phone="+48600100200",
            attacker_email="evil@attacker.test",
            attacker_email_id=evil.id,
            old_email_id=old.id,
            attacker_session_token=signed.json()["session_token"],
            owner_device_token=device_token,
            backup_codes=backup,
        )

    async def totp_now(self, account_id: int) -> str:
        async with self.services.read() as session:
            account = await session.get(Account, account_id)
            assert account is not None and account.totp_secret_enc
            return pyotp.TOTP(self.services.box.decrypt(account.totp_secret_enc)).now()

    # -- cases -------------------------------------------------------------------

    async def open_case(
        self,
        identifier: str,
        reply: str = "ann.new@example.org",
        kind: str = "hacked",
        **extra: Any,
    ) -> OpenedCase:
        response = await self.client.post(
            "/api/v1/cases",
            json={
                "kind": kind,
                "identifier": identifier,
                "reply_contact": reply,
                "language": "en",
                **extra,
            },
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return OpenedCase(body["reference"], body["token"])

    async def verified_case(
        self, identifier: str, reply: str = "ann.new@example.org", **extra: Any
    ) -> OpenedCase:
        case = await self.open_case(identifier, reply, **extra)
        code = await self.code_sent_to(reply)
        status = await self.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
        reply_step = next(p for p in status.json()["pending"] if p["purpose"] == "reply_contact")
        answered = await self.answer(case, reply_step["id"], code)
        assert answered.json()["state"] == "verifying", answered.text
        return case

    async def start(self, case: OpenedCase, method: str) -> dict[str, Any]:
        response = await self.client.post(
            f"/api/v1/cases/{case.reference}/challenges",
            json={"method": method},
            headers=case.headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def answer(self, case: OpenedCase, challenge_id: str, answer: str) -> httpx.Response:
        return await self.client.post(
            f"/api/v1/cases/{case.reference}/challenges/{challenge_id}/answer",
            json={"answer": answer},
            headers=case.headers,
        )

    async def prove(self, case: OpenedCase, method: str, to: str) -> dict[str, Any]:
        challenge = await self.start(case, method)
        response = await self.answer(case, challenge["id"], await self.code_sent_to(to))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        assert body["outcome"] == "passed", body
        return body

    async def assign(self, case: OpenedCase, agent: AgentHandle, supervisor: AgentHandle) -> None:
        queued = await self.client.post(
            f"/api/v1/cases/{case.reference}/support", headers=case.headers
        )
        assert queued.status_code == 200, queued.text
        response = await self.client.post(
            f"/api/v1/supervisor/cases/{case.reference}/assign",
            json={"agent_id": agent.id},
            headers=supervisor.headers,
        )
        assert response.status_code == 204, response.text


def body_of(message: Message) -> str:
    payload = message.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode(message.get_content_charset() or "utf-8")
    return str(message.get_payload())


@asynccontextmanager
async def running_desk(data_dir: Path, **overrides: Any) -> AsyncIterator[Desk]:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = test_settings(data_dir, public_base_url="https://help.recovery.test", **overrides)
    await migrate_to_head(settings)
    clock = FrozenClock(START)
    app = create_app(settings, clock=clock)
    transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 50000))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Desk(app, client, clock, data_dir)


@asynccontextmanager
async def live_desk(data_dir: Path, **overrides: Any) -> AsyncIterator[Desk]:
    """Like :func:`running_desk`, over a real uvicorn on an ephemeral port."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = test_settings(data_dir, public_base_url="https://help.recovery.test", **overrides)
    clock = FrozenClock(START)
    server = LiveServer(settings, clock=clock)
    url = await server.start()
    assert server.app is not None
    try:
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            yield Desk(server.app, client, clock, data_dir)
    finally:
        await server.stop()
