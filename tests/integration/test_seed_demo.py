"""``recovery-server seed-demo`` as ``make demo`` runs it, then checked through the real server.

The command runs as a subprocess on a fresh SQLite folder; the checks go
through the app (ASGI) and the account directory on the same database.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from recovery_app.domain.model import AccountStatus, Actor, ContactKind
from recovery_app.server.app import create_app
from recovery_app.services.context import Services
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Account, PlatformSession
from tests.support.live_server import test_settings

SERVER = [sys.executable, "-m", "recovery_app.server"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}


def seed(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, "seed-demo", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, Any]]:
    data_dir = tmp_path_factory.mktemp("demo")
    result = seed(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    demo = json.loads((data_dir / "demo.json").read_text(encoding="utf-8"))
    return data_dir, result.stdout, demo


@asynccontextmanager
async def app_on(data_dir: Path) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(test_settings(data_dir))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("192.0.2.10", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            yield app, client


def services_of(app: FastAPI) -> Services:
    services: Services = app.state.server.services
    return services


async def account_id(services: Services, handle: str) -> int:
    async with services.read() as session:
        found = await session.scalar(select(Account.id).where(Account.handle == handle))
    assert found is not None, handle
    return int(found)


def test_demo_json_follows_the_contract_and_is_private(
    seeded: tuple[Path, str, dict[str, Any]],
) -> None:
    data_dir, _, demo = seeded
    assert stat.S_IMODE((data_dir / "demo.json").stat().st_mode) == 0o600
    assert [(a["username"], a["role"]) for a in demo["agents"]] == [
        ("maria", "agent"),
        ("tomasz", "agent"),
        ("sam", "supervisor"),
    ]
    for agent in demo["agents"]:
        assert set(agent) >= {"username", "display_name", "role", "password", "totp_secret"}
        assert len(agent["password"]) >= 15 and len(agent["totp_secret"]) >= 32
    accounts = demo["accounts"]
    assert set(accounts) == {"hacked", "subscriber", "free", "suspended"}
    assert accounts["hacked"]["handle"] == "lena.fischer"
    assert {"email", "phone", "attacker_email", "attacker_phone"} <= set(accounts["hacked"])
    assert accounts["subscriber"]["handle"] == "oliver.brandt"
    assert accounts["subscriber"]["subscriber"] is True
    assert len(accounts["subscriber"]["backup_codes"]) == 10
    assert accounts["free"]["handle"] == "ana.souza"
    assert accounts["free"]["totp_secret"]
    assert accounts["suspended"]["handle"] == "dmitri.volkov"
    for entry in accounts.values():
        assert "@" in entry["email"] and entry["phone"].startswith("+")


def test_summary_prints_what_the_demo_needs(seeded: tuple[Path, str, dict[str, Any]]) -> None:
    data_dir, out, demo = seeded
    for agent in demo["agents"]:
        assert agent["password"] in out
        assert agent["totp_secret"] in out
        assert f"otpauth://totp/Recovery%20Desk:{agent['username']}?secret=" in out
    assert demo["accounts"]["free"]["totp_secret"] in out
    assert demo["accounts"]["subscriber"]["backup_codes"][0] in out
    assert str(data_dir / "demo.json") in out


async def test_agents_sign_in_with_the_printed_password_and_secret(
    seeded: tuple[Path, str, dict[str, Any]],
) -> None:
    data_dir, _, demo = seeded
    async with app_on(data_dir) as (_, client):
        for agent in demo["agents"]:
            response = await client.post(
                "/api/v1/agent/sessions",
                json={
                    "username": agent["username"],
                    "password": agent["password"],
                    "totp": pyotp.TOTP(agent["totp_secret"]).now(),
                },
            )
            assert response.status_code == 201, response.text
            body = response.json()
            assert body["agent"]["role"] == agent["role"]
            assert body["agent"]["display_name"] == agent["display_name"]
        wrong = await client.post(
            "/api/v1/agent/sessions",
            json={"username": "maria", "password": "not the password", "totp": "123456"},
        )
        assert wrong.status_code == 401


async def test_the_hacked_account_shows_the_attack_two_days_ago(
    seeded: tuple[Path, str, dict[str, Any]],
) -> None:
    data_dir, _, demo = seeded
    hacked = demo["accounts"]["hacked"]
    async with app_on(data_dir) as (app, _):
        services = services_of(app)
        lena = await account_id(services, "lena.fischer")
        now = datetime.now(UTC)
        async with services.read() as session:
            directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
            facts = await directory.facts(lena)
            # The attacker's address now finds her account (it is active on it).
            assert await directory.find(hacked["attacker_email"]) == lena
        by_value = {c.value: c for c in facts.contacts}
        for value in (hacked["attacker_email"], hacked["attacker_phone"]):
            contact = by_value[value]
            assert contact.added_by is Actor.UNKNOWN
            assert timedelta(days=2) <= now - contact.added_at < timedelta(days=3)
            assert contact.removed_at is None
        for value in (hacked["email"], hacked["phone"]):
            contact = by_value[value]
            assert now - contact.added_at > timedelta(days=365)
            assert contact.removed_by is Actor.UNKNOWN
            assert contact.removed_at is not None
            assert timedelta(days=2) <= now - contact.removed_at < timedelta(days=3)
        assert facts.totp_enrolled_by is Actor.UNKNOWN
        kinds = [e.kind for e in facts.events if e.actor is Actor.UNKNOWN]
        assert kinds.count("contact_added") == 2
        assert kinds.count("contact_removed") == 2
        assert "totp_enrolled" in kinds and "new_device" in kinds
        live = [s for s in facts.sessions if s.revoked_at is None]
        assert len(live) == 1
        attacker_session = live[0]
        assert attacker_session.ip == "203.0.113.77"
        assert "Windows" in (attacker_session.user_agent or "")
        assert timedelta(days=2) <= now - attacker_session.created_at < timedelta(days=3)
        device = next(d for d in facts.devices if d.id == attacker_session.device_id)
        assert device.revoked_at is None and device.last_ip == "203.0.113.77"
        assert len(facts.devices) == 3  # her iPhone, her MacBook, the attacker's PC


async def test_the_attackers_session_lives_until_revoked(tmp_path: Path) -> None:
    # Its own database: revoking changes the account.
    assert seed(tmp_path).returncode == 0
    async with app_on(tmp_path) as (app, _):
        services = services_of(app)
        lena = await account_id(services, "lena.fischer")

        async def live_sessions() -> int:
            async with services.read() as session:
                count = await session.scalar(
                    select(func.count(PlatformSession.id)).where(
                        PlatformSession.account_id == lena, PlatformSession.revoked_at.is_(None)
                    )
                )
            return int(count or 0)

        assert await live_sessions() == 1
        async with services.write() as session:
            directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
            revoked = await directory.revoke_sessions_and_devices(lena, Actor.AGENT)
        assert revoked == 4  # one session, three devices
        assert await live_sessions() == 0


async def test_the_other_people_hold_what_the_summary_promises(
    seeded: tuple[Path, str, dict[str, Any]],
) -> None:
    data_dir, _, demo = seeded
    accounts = demo["accounts"]
    async with app_on(data_dir) as (app, _):
        services = services_of(app)
        oliver = await account_id(services, "oliver.brandt")
        ana = await account_id(services, "ana.souza")
        dmitri = await account_id(services, "dmitri.volkov")
        async with services.write() as session:
            directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
            oliver_facts = await directory.facts(oliver)
            assert oliver_facts.subscription.value == "verified"
            assert oliver_facts.subscription_expires_at is not None
            assert oliver_facts.subscription_expires_at > datetime.now(UTC)
            assert oliver_facts.totp_enrolled_at is not None
            assert oliver_facts.unused_backup_codes == 10
            assert await directory.use_backup_code(
                oliver, accounts["subscriber"]["backup_codes"][3]
            )
            ana_facts = await directory.facts(ana)
            assert ana_facts.subscription.value == "free"
            code = pyotp.TOTP(accounts["free"]["totp_secret"]).now()
            assert await directory.check_totp(ana, code)
            dmitri_facts = await directory.facts(dmitri)
            assert dmitri_facts.status is AccountStatus.SUSPENDED
            assert any(e.kind == "status_changed" for e in dmitri_facts.events)
            for facts, entry in (
                (oliver_facts, accounts["subscriber"]),
                (ana_facts, accounts["free"]),
                (dmitri_facts, accounts["suspended"]),
            ):
                values = {(c.kind, c.value) for c in facts.contacts if c.removed_at is None}
                assert (ContactKind.EMAIL, entry["email"]) in values
                assert (ContactKind.PHONE, entry["phone"]) in values


def test_a_second_run_is_refused_and_changes_nothing(
    seeded: tuple[Path, str, dict[str, Any]],
) -> None:
    data_dir, _, demo = seeded
    before = (data_dir / "demo.json").read_text(encoding="utf-8")
    again = seed(data_dir)
    assert again.returncode == 1
    assert "already holds the demo accounts" in again.stderr
    assert "Traceback" not in again.stderr
    assert (data_dir / "demo.json").read_text(encoding="utf-8") == before
    assert demo["agents"][0]["password"] not in again.stdout + again.stderr
