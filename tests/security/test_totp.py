"""Security checks 4, 5 and 9 for TOTP: ±1 step, one use from any session, server time, at rest.

Codes are computed with ``security.totp.code_at`` for the real current step;
each test first moves away from a step boundary so "current" cannot change
between computing a code and checking it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Update, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.clock import FrozenClock
from recovery_app.schemas.platform import PlatformSignInRequest
from recovery_app.security import totp
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import AuditEntry, SecurityEvent
from tests.support.accounts import PLATFORM, app_client, make_account, open_directory, services_for
from tests.support.databases import POSTGRES_ENV, fresh_postgres_database, postgres_admin_url
from tests.support.live_server import test_settings

LONG_AGO = datetime(2001, 1, 1, tzinfo=UTC)


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    async with services_for(settings) as services:
        yield services


async def _away_from_step_edge(margin: float = 3.0) -> None:
    """Wait (at most ``margin`` s) so the current 30 s step lasts at least ``margin`` s more."""
    left = totp.STEP_SECONDS - time.time() % totp.STEP_SECONDS
    if left < margin:
        await asyncio.sleep(left + 0.05)


async def _check(services: Services, account_id: int, code: str) -> bool:
    async with open_directory(services) as directory:
        return await directory.check_totp(account_id, code)


async def test_totp_accepts_the_previous_current_and_next_step(services: Services) -> None:
    alice = await make_account(services, password=None, totp=True)
    await _away_from_step_edge()
    # In increasing order: each acceptance raises the account's last step.
    assert await _check(services, alice.id, alice.totp_code(-1))
    assert await _check(services, alice.id, alice.totp_code(0))
    assert await _check(services, alice.id, alice.totp_code(+1))


@pytest.mark.parametrize("offset", [-2, +2])
async def test_totp_refuses_a_code_two_steps_away(services: Services, offset: int) -> None:
    alice = await make_account(services, password=None, totp=True)
    await _away_from_step_edge()
    assert not await _check(services, alice.id, alice.totp_code(offset))
    assert await _check(services, alice.id, alice.totp_code(0))  # the seed itself works


async def test_totp_refuses_malformed_and_wrong_codes(services: Services) -> None:
    alice = await make_account(services, password=None, totp=True)
    await _away_from_step_edge()
    good = alice.totp_code()
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    for code in (wrong, "", "12345", "1234567", "abcdef", good + "0"):
        assert not await _check(services, alice.id, code)
    assert await _check(services, alice.id, f" {good[:3]} {good[3:]} ")  # spaces are fine


async def test_totp_code_accepted_once_is_refused_from_any_other_session(
    services: Services,
) -> None:
    alice = await make_account(services, password=None, totp=True)
    await _away_from_step_edge()
    code = alice.totp_code()
    async with services.sessions() as first, first.begin():
        directory = SqlAccountDirectory(first, services.keys, services.box, services.clock)
        assert await directory.check_totp(alice.id, code)
    async with services.sessions() as second, second.begin():
        other = SqlAccountDirectory(second, services.keys, services.box, services.clock)
        assert not await other.check_totp(alice.id, code)
        # An older code in the window is refused too: steps only move forward.
        assert not await other.check_totp(alice.id, alice.totp_code(-1))


class _RacingSession:
    """An AsyncSession whose UPDATEs wait until every racer has read and checked its code.

    Without it the first attempt can finish before the others even read, and
    a check-then-write implementation would pass by luck.
    """

    def __init__(self, session: AsyncSession, barrier: asyncio.Barrier) -> None:
        self._session = session
        self._barrier = barrier

    async def execute(self, statement: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(statement, Update):
            await self._barrier.wait()
        return await self._session.execute(statement, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


RACERS = 20


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def racing_services(
    request: pytest.FixtureRequest, data_dir: Path
) -> AsyncIterator[Services]:
    """Services with a pool big enough for every racer, on SQLite and (when set) PostgreSQL."""
    if request.param == "sqlite":
        async with services_for(test_settings(data_dir), pool_size=RACERS + 5) as services:
            yield services
        return
    if not postgres_admin_url():
        pytest.skip(f"{POSTGRES_ENV} is not set: PostgreSQL skipped")
    async with fresh_postgres_database() as url:
        settings = test_settings(data_dir, database_url=url)
        async with services_for(settings, pool_size=RACERS + 5) as services:
            yield services


async def test_totp_code_is_accepted_exactly_once_among_20_concurrent_attempts(
    racing_services: Services,
) -> None:
    services = racing_services
    alice = await make_account(services, password=None, totp=True)
    await _away_from_step_edge(margin=10.0)
    code = alice.totp_code()
    barrier = asyncio.Barrier(RACERS)

    async def attempt() -> bool:
        async with services.sessions() as session, session.begin():
            racing = cast(AsyncSession, _RacingSession(session, barrier))
            directory = SqlAccountDirectory(racing, services.keys, services.box, services.clock)
            return await directory.check_totp(alice.id, code)

    results = await asyncio.gather(*(attempt() for _ in range(RACERS)))
    assert results.count(True) == 1
    async with services.read() as session:
        stored = await session.scalar(
            text("SELECT totp_last_step FROM accounts WHERE id = :id"), {"id": alice.id}
        )
    assert stored == totp.current_step()


async def test_totp_code_replayed_at_sign_in_is_refused(settings: Settings) -> None:
    async with app_client(settings) as (client, services):
        alice = await make_account(services, totp=True)
        await _away_from_step_edge()
        body = alice.sign_in_body()
        assert (await client.post(f"{PLATFORM}/sessions", json=body)).status_code == 201
        replay = await client.post(f"{PLATFORM}/sessions", json=body)
        assert replay.status_code == 401
        assert replay.json()["code"] == "second_factor_required"


async def test_totp_uses_server_time_not_the_service_clock(settings: Settings) -> None:
    """With the services' clock frozen in 2001, a code for the real time still passes."""
    async with services_for(settings, FrozenClock(LONG_AGO)) as services:
        alice = await make_account(services, totp=True)
        await _away_from_step_edge()
        assert services.clock.now() == LONG_AGO
        assert await _check(services, alice.id, alice.totp_code())
        # A code for the frozen clock's time is not accepted.
        old_step = totp.current_step(LONG_AGO.timestamp())
        assert not await _check(services, alice.id, totp.code_at(alice.totp_seed or "", old_step))

    async with app_client(settings, clock=FrozenClock(LONG_AGO)) as (client, services):
        bob = await make_account(services, handle="bob", totp=True)
        await _away_from_step_edge()
        response = await client.post(f"{PLATFORM}/sessions", json=bob.sign_in_body())
        assert response.status_code == 201


async def test_sign_in_takes_no_client_time(settings: Settings) -> None:
    fields = set(PlatformSignInRequest.model_fields)
    assert fields == {
        "identifier",
        "password",
        "totp",
        "backup_code",
        "device_token",
        "device_label",
    }
    for name in fields:
        assert not any(word in name for word in ("time", "step", "now", "clock", "date"))
    async with app_client(settings) as (client, services):
        openapi = (await client.get("/openapi.json")).json()
        ref = openapi["paths"][f"{PLATFORM}/sessions"]["post"]["requestBody"]["content"][
            "application/json"
        ]["schema"]["$ref"]
        sign_in = openapi["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        assert set(sign_in["properties"]) == fields
        assert sign_in.get("additionalProperties") is False
        alice = await make_account(services, totp=True)
        await _away_from_step_edge()
        sent = alice.sign_in_body(client_time=int(time.time()))
        response = await client.post(f"{PLATFORM}/sessions", json=sent)
        assert response.status_code == 422  # a client time is refused, not used


async def test_totp_seed_is_encrypted_at_rest(services: Services) -> None:
    alice = await make_account(services, password=None, totp=True)
    seed = alice.totp_seed or ""
    async with services.read() as session:
        stored = await session.scalar(
            text("SELECT totp_secret_enc FROM accounts WHERE id = :id"), {"id": alice.id}
        )
    assert isinstance(stored, str)
    assert stored != seed
    assert seed not in stored
    assert seed.lower() not in stored.lower()
    assert services.box.decrypt(stored) == seed


async def test_totp_seed_and_codes_appear_in_no_response_event_or_audit_row(
    settings: Settings,
) -> None:
    async with app_client(settings) as (client, services):
        alice = await make_account(services, totp=True, backup_codes=2)
        await _away_from_step_edge()
        body = alice.sign_in_body()
        response = await client.post(f"{PLATFORM}/sessions", json=body)
        assert response.status_code == 201
        wrong = await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body(totp="000000"))
        backup = await client.post(
            f"{PLATFORM}/sessions",
            json=alice.sign_in_body(with_totp=False, backup_code=alice.backup_codes[0]),
        )
        assert backup.status_code == 201
        async with services.read() as session:
            events = (await session.scalars(select(SecurityEvent))).all()
            audit_rows = (await session.scalars(select(AuditEntry))).all()
        stored = repr([(e.kind, e.detail) for e in events]) + repr(
            [(a.action, a.detail) for a in audit_rows]
        )
    secrets = [alice.totp_seed or "", body["totp"], *alice.backup_codes, alice.password or ""]
    for text_ in (response.text, wrong.text, backup.text, stored):
        for secret in secrets:
            assert secret not in text_
