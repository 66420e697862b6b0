"""Test helpers: platform accounts, services on a real database, and an app to call.

Typical use::

    async with services_for(settings) as services:          # migrated DB, no HTTP
        alice = await make_account(services, totp=True, backup_codes=3)
        async with open_directory(services) as directory:    # one committed transaction
            assert await directory.check_totp(alice.id, alice.totp_code())

    async with app_client(settings) as (client, services):   # the app on ASGITransport
        alice = await make_account(services, handle="alice")
        response = await client.post("/api/v1/platform/sessions", json=alice.sign_in_body())

Accounts are created through :mod:`recovery_app.storage.accounts_admin`, the
same code ``seed-demo`` uses. The secrets they return (password, TOTP seed,
backup codes, device token) are kept on :class:`TestAccount` for the test to use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app.domain.clock import Clock, SystemClock
from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Subscription
from recovery_app.security import totp
from recovery_app.security.keys import load_or_create
from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from recovery_app.storage import accounts_admin
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.directory import SqlAccountDirectory
from tests.support.live_server import migrate_to_head

# Strong enough for security.passwords.password_problem.
DEFAULT_PASSWORD = "correct horse battery staple"
PLATFORM = "/api/v1/platform"


@dataclass
class TestAccount:
    """An account made by :func:`make_account`, with the secrets a real owner would hold."""

    __test__ = False  # not a test class despite the name

    id: int
    handle: str
    display_name: str
    password: str | None
    email: str | None = None
    phone: str | None = None
    contact_ids: dict[str, int] = field(default_factory=dict)  # "email"/"phone" → Contact.id
    totp_seed: str | None = None
    backup_codes: list[str] = field(default_factory=list)
    device_id: int | None = None
    device_token: str | None = None

    def totp_code(self, offset: int = 0) -> str:
        """The code for the current real-time step plus ``offset`` steps."""
        assert self.totp_seed, "account made without totp=True"
        return totp.code_at(self.totp_seed, totp.current_step() + offset)

    def sign_in_body(self, *, with_totp: bool = True, **extra: Any) -> dict[str, Any]:
        """A ``POST /platform/sessions`` body: handle, password and (when enrolled) the TOTP."""
        body: dict[str, Any] = {"identifier": self.handle, "password": self.password}
        if with_totp and self.totp_seed:
            body["totp"] = self.totp_code()
        body.update(extra)
        return body


@asynccontextmanager
async def services_for(
    settings: Settings, clock: Clock | None = None, **engine_options: Any
) -> AsyncIterator[Services]:
    """:class:`Services` on the (freshly migrated) database of ``settings``; disposed after.

    ``engine_options`` go to the engine, e.g. ``pool_size=25`` for a test that
    holds many connections at once.
    """
    await migrate_to_head(settings)
    engine = create_engine(normalize_url(settings.effective_database_url), **engine_options)
    secret = settings.secret_key.get_secret_value() if settings.secret_key else None
    services = Services(
        settings=settings,
        engine=engine,
        sessions=async_sessionmaker(engine, expire_on_commit=False),
        keys=load_or_create(settings.data_dir, secret),
        clock=clock or SystemClock(),
    )
    try:
        yield services
    finally:
        await engine.dispose()


@asynccontextmanager
async def app_client(
    settings: Settings, clock: Clock | None = None
) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    """The app (lifespan started) behind an httpx client on ASGITransport, and its Services."""
    await migrate_to_head(settings)
    app = create_app(settings, clock=clock)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client, app.state.server.services


@asynccontextmanager
async def open_directory(services: Services) -> AsyncIterator[SqlAccountDirectory]:
    """A :class:`SqlAccountDirectory` in its own transaction, committed when the block ends."""
    async with services.sessions() as session, session.begin():
        yield SqlAccountDirectory(session, services.keys, services.box, services.clock)


async def make_account(
    services: Services,
    *,
    handle: str = "alice",
    display_name: str | None = None,
    password: str | None = DEFAULT_PASSWORD,
    email: str | None = None,
    phone: str | None = None,
    totp: bool = False,
    backup_codes: int = 0,
    device: bool = False,
    status: AccountStatus = AccountStatus.ACTIVE,
    subscription: Subscription = Subscription.FREE,
    created_at: datetime | None = None,
) -> TestAccount:
    """Create an account, by default a year old, with whatever factors and contacts are asked.

    Contacts, TOTP, backup codes and the device are added (verified, by the
    owner) at ``created_at``. ``password=None`` skips argon2 for speed when the
    test never signs in.
    """
    at = created_at or services.clock.now() - timedelta(days=365)
    async with services.sessions() as session, session.begin():
        account = await accounts_admin.create_account(
            session,
            services.keys,
            services.box,
            handle=handle,
            display_name=display_name or handle.title(),
            password=password,
            status=status,
            subscription=subscription,
            created_at=at,
        )
        made = TestAccount(account.id, account.handle, account.display_name, password)
        for kind, value in ((ContactKind.EMAIL, email), (ContactKind.PHONE, phone)):
            if value is not None:
                contact = await accounts_admin.add_contact(
                    session, account.id, kind, value, added_at=at, added_by=Actor.OWNER
                )
                made.contact_ids[kind.value] = contact.id
                setattr(made, kind.value, contact.value)
        if totp:
            made.totp_seed = await accounts_admin.enroll_totp(
                session, services.box, account.id, at=at
            )
        if backup_codes:
            made.backup_codes = await accounts_admin.issue_backup_codes(
                session, services.keys, account.id, backup_codes, at=at
            )
        if device:
            row, made.device_token = await accounts_admin.register_device(
                session, services.keys, account.id, "Owner's laptop", at
            )
            made.device_id = row.id
    return made


def bearer(token: str) -> dict[str, str]:
    """An ``Authorization`` header for a session token."""
    return {"Authorization": f"Bearer {token}"}
