"""The audit log is append-only and hash-chained (security checks 33 and 34).

The database refuses UPDATE and DELETE on ``audit_log``; ``recovery-server
verify-audit`` (run as a person runs it, in a subprocess) names the row where
an attacker who dropped those triggers edited, deleted or reordered rows, and
``--expect-head`` catches rows cut off the end. Rows say who did what, when
(UTC) and from where.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from recovery_app.services import agents, audit
from recovery_app.services.context import Services
from recovery_app.storage.models import AuditEntry
from tests.support.databases import fresh_postgres_database, postgres_admin_url
from tests.support.live_server import migrate_to_head, test_settings

SERVER = [sys.executable, "-m", "recovery_app.server"]
HEAD_RE = re.compile(r"Audit chain holds: (\d+) rows?; head ([0-9a-f]{64})")


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}


def verify_audit(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, "verify-audit", "--data-dir", str(data_dir), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
    )


@asynccontextmanager
async def services_for(settings: Settings) -> AsyncIterator[Services]:
    await migrate_to_head(settings)
    async with open_admin_services(settings) as services:
        yield services


async def append_rows(services: Services, count: int) -> None:
    for n in range(count):
        async with services.write() as session:
            await audit.append(
                session,
                at=services.clock.now(),
                actor_type="agent",
                actor_id=7,
                action="case.note_added",
                case_ref=f"RD-TEST-{n:04d}-AAAA",
                ip="192.0.2.10",
                detail={"n": n},
            )


@pytest.fixture
async def chain(data_dir: Path) -> Path:
    """A data folder whose audit log holds five intact rows; returns the SQLite file."""
    async with services_for(test_settings(data_dir)) as services:
        await append_rows(services, 5)
    return data_dir / "recovery.db"


def tamper(database: Path, *statements: str) -> None:
    """What an attacker with write access to the file does: drop the triggers, then edit."""
    with sqlite3.connect(database) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
    conn.close()


# --- the database refuses changes ----------------------------------------------------------


async def _assert_update_and_delete_refused(services: Services) -> None:
    await append_rows(services, 2)
    for statement in (
        "UPDATE audit_log SET action = 'case.nothing_happened' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 2",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            async with services.write() as session:
                await session.execute(text(statement))
    async with services.read() as session:
        assert (await audit.verify_chain(session)).rows == 2


async def test_sqlite_refuses_update_and_delete_on_the_audit_log(data_dir: Path) -> None:
    async with services_for(test_settings(data_dir)) as services:
        await _assert_update_and_delete_refused(services)


@pytest.mark.postgres
@pytest.mark.skipif(postgres_admin_url() is None, reason="RECOVERY_TEST_POSTGRES_URL is not set")
async def test_postgresql_refuses_update_delete_and_truncate_on_the_audit_log(
    data_dir: Path,
) -> None:
    async with fresh_postgres_database() as url:
        async with services_for(test_settings(data_dir, database_url=url)) as services:
            await _assert_update_and_delete_refused(services)
            with pytest.raises(DBAPIError, match="append-only"):
                async with services.write() as session:
                    await session.execute(text("TRUNCATE audit_log"))


# --- verify-audit --------------------------------------------------------------------------


async def test_verify_audit_exits_0_on_an_intact_chain_and_prints_the_head(
    chain: Path, data_dir: Path
) -> None:
    result = verify_audit(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    match = HEAD_RE.search(result.stdout)
    assert match, result.stdout
    with sqlite3.connect(chain) as conn:
        head = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert match.groups() == ("5", head)


async def test_verify_audit_names_an_edited_row(chain: Path, data_dir: Path) -> None:
    tamper(chain, "UPDATE audit_log SET ip = '203.0.113.99' WHERE id = 3")
    result = verify_audit(data_dir)
    assert result.returncode == 1
    assert "broken at row 3" in result.stdout
    assert "Traceback" not in result.stderr


async def test_verify_audit_names_a_deleted_row(chain: Path, data_dir: Path) -> None:
    tamper(chain, "DELETE FROM audit_log WHERE id = 3")
    result = verify_audit(data_dir)
    assert result.returncode == 1
    assert "broken at row 3" in result.stdout
    assert "missing" in result.stdout


async def test_verify_audit_names_two_swapped_rows(chain: Path, data_dir: Path) -> None:
    tamper(
        chain,
        "UPDATE audit_log SET id = -2 WHERE id = 2",
        "UPDATE audit_log SET id = 2 WHERE id = 3",
        "UPDATE audit_log SET id = 3 WHERE id = -2",
    )
    result = verify_audit(data_dir)
    assert result.returncode == 1
    assert "broken at row 2" in result.stdout


async def test_verify_audit_names_an_edited_row_even_when_its_own_hash_was_recomputed(
    chain: Path, data_dir: Path
) -> None:
    settings = test_settings(data_dir)
    tamper(chain)
    async with open_admin_services(settings) as services:
        async with services.sessions() as session, session.begin():
            row = await session.scalar(select(AuditEntry).where(AuditEntry.id == 3))
            assert row is not None
            row.action = "case.nothing_happened"
            row.hash = audit.row_hash(row.prev_hash, audit._content(row))
    result = verify_audit(data_dir)
    assert result.returncode == 1
    assert "broken at row 4" in result.stdout  # row 4 no longer follows row 3


async def test_expect_head_catches_rows_removed_from_the_end(chain: Path, data_dir: Path) -> None:
    exported = HEAD_RE.search(verify_audit(data_dir).stdout)
    assert exported
    head = exported.group(2)
    tamper(chain, "DELETE FROM audit_log WHERE id = 5")
    unaware = verify_audit(data_dir)
    assert unaware.returncode == 0  # the chain alone cannot see a cut end...
    assert "4 rows" in unaware.stdout
    result = verify_audit(data_dir, "--expect-head", head)
    assert result.returncode == 1  # ...the exported head can
    assert head in result.stdout
    assert "removed from the end" in result.stdout


async def test_expect_head_accepts_rows_appended_since_the_export(
    chain: Path, data_dir: Path
) -> None:
    exported = HEAD_RE.search(verify_audit(data_dir).stdout)
    assert exported
    async with open_admin_services(test_settings(data_dir)) as services:
        await append_rows(services, 2)
    result = verify_audit(data_dir, "--expect-head", exported.group(2))
    assert result.returncode == 0, result.stdout
    assert "7 rows" in result.stdout
    assert "2 rows were appended since" in result.stdout
    malformed = verify_audit(data_dir, "--expect-head", "not-a-hash")
    assert malformed.returncode == 2
    assert "64 hexadecimal characters" in malformed.stderr


def test_verify_audit_on_an_unmigrated_folder_says_to_migrate(tmp_path: Path) -> None:
    result = verify_audit(tmp_path)
    assert result.returncode == 2
    assert "recovery-server migrate" in result.stderr
    assert not (tmp_path / "recovery.db").exists()


# --- who, what, when, from where -----------------------------------------------------------


async def test_audit_rows_record_who_what_when_in_utc_and_from_where(data_dir: Path) -> None:
    settings = test_settings(data_dir)
    await migrate_to_head(settings)
    local_noon = datetime(2030, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    app = create_app(settings, clock=FrozenClock(local_noon))
    transport = httpx.ASGITransport(app=app, client=("203.0.113.42", 40000))
    async with app.router.lifespan_context(app):
        services: Services = app.state.server.services
        password = "Window 3141 meadow clock"
        agent_id, seed = await agents.create_agent(services, "alice", "Alice", Role.AGENT, password)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            response = await client.post(
                "/api/v1/agent/sessions",
                json={
                    "username": "alice",
                    "password": password,
                    "totp": totp.code_at(seed, totp.current_step()),
                },
            )
            assert response.status_code == 201
        async with services.read() as session:
            rows = list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    created, signed_in = rows
    assert (created.actor_type, created.action) == ("system", "agent.created")
    assert signed_in.action == "agent.signed_in"
    assert (signed_in.actor_type, signed_in.actor_id) == ("agent", str(agent_id))
    assert signed_in.ip == "203.0.113.42"
    assert signed_in.at == datetime(2030, 5, 1, 10, 0, tzinfo=UTC)
    assert signed_in.at.utcoffset() == timedelta(0)
    with sqlite3.connect(data_dir / "recovery.db") as conn:
        stored_at = conn.execute("SELECT at FROM audit_log WHERE id = 2").fetchone()[0]
    conn.close()
    assert stored_at.startswith("2030-05-01 10:00:00")  # stored as UTC, not local time
