"""The audit log is append-only and keyed-chained (security checks 33, 34 and 39).

Every tampering is tried as an attacker with write access to the database (but not
to the audit key) does it, on SQLite and on PostgreSQL: first with the database's
triggers in place, which refuse it, then with the triggers dropped, where
``recovery-server verify-audit`` (run as a person runs it, in a subprocess) fails
with exit 1 and names the row. Rows say who did what, when (UTC) and from where;
the audit key never appears in a row, a response, a log line or the head export.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import stat
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.security.audit_keys import AuditKeyring, parse_keys
from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from recovery_app.services import agents, audit
from recovery_app.services.context import Services
from recovery_app.storage import migrate
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import AuditEntry
from tests.support.databases import fresh_postgres_database, postgres_admin_url
from tests.support.live_server import migrate_to_head, test_settings

SERVER = [sys.executable, "-m", "recovery_app.server"]
HEAD_RE = re.compile(r"Audit chain holds: (\d+) rows?; head ([0-9a-f]{64})")
ROWS = 6  # audit.chain_started + five actions


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, *args], capture_output=True, text=True, timeout=60, env=env or _env()
    )


@dataclass
class Backend:
    """One database as the server and as an attacker see it."""

    name: str
    settings: Settings

    @property
    def url(self) -> str:
        return self.settings.effective_database_url

    def options(self) -> list[str]:
        options = ["--data-dir", str(self.settings.data_dir)]
        if self.name == "postgresql":
            options += ["--database-url", self.url]
        return options

    @asynccontextmanager
    async def attacker(self) -> AsyncIterator[AsyncSession]:
        """A plain connection with write access: no pragmas, no keys, one transaction."""
        engine = create_async_engine(normalize_url(self.url))
        try:
            async with AsyncSession(engine, expire_on_commit=False) as session:
                async with session.begin():
                    yield session
        finally:
            await engine.dispose()

    async def sql(self, *statements: str) -> None:
        async with self.attacker() as session:
            for statement in statements:
                await session.execute(text(statement))

    async def drop_triggers(self) -> None:
        if self.name == "sqlite":
            names = ("audit_log_no_update", "audit_log_no_delete", "audit_log_extends_chain")
            await self.sql(*(f"DROP TRIGGER IF EXISTS {name}" for name in names))
        else:
            names = ("audit_log_no_change", "audit_log_no_truncate", "audit_log_extends_chain")
            await self.sql(*(f"DROP TRIGGER IF EXISTS {name} ON audit_log" for name in names))

    async def rows(self) -> list[AuditEntry]:
        async with self.attacker() as session:
            return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))

    def verify(self, *extra: str) -> subprocess.CompletedProcess[str]:
        return run_cli("verify-audit", *self.options(), *extra)


def verify_audit(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("verify-audit", "--data-dir", str(data_dir), *extra)


@asynccontextmanager
async def services_for(settings: Settings) -> AsyncIterator[Services]:
    await migrate_to_head(settings)
    async with open_admin_services(settings) as services:
        yield services


async def append_rows(services: Services, count: int, first: int = 0) -> None:
    for n in range(first, first + count):
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


@asynccontextmanager
async def _backend(name: str, data_dir: Path) -> AsyncIterator[Backend]:
    if name == "sqlite":
        yield Backend(name, test_settings(data_dir))
        return
    if postgres_admin_url() is None:
        pytest.skip("RECOVERY_TEST_POSTGRES_URL is not set: PostgreSQL skipped")
    async with fresh_postgres_database() as url:
        yield Backend(name, test_settings(data_dir, database_url=url))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def backend(request: pytest.FixtureRequest, data_dir: Path) -> AsyncIterator[Backend]:
    """A migrated database (SQLite or PostgreSQL) whose log holds six intact rows and whose
    head was exported when the writing command ended, as a server exports it."""
    async with _backend(request.param, data_dir) as db:
        async with services_for(db.settings) as services:
            await append_rows(services, ROWS - 1)
        assert db.settings.effective_audit_head_file.exists()
        yield db


def keyring(backend: Backend) -> AuditKeyring:
    return parse_keys(backend.settings.effective_audit_key_file.read_text(), source="test")


def forged(
    after: AuditEntry, *, key_id: str | None, sign: AuditKeyring | None, seq: int | None = None
) -> AuditEntry:
    """A row that follows ``after`` (seq and prev_hash right), with a plain SHA-256 hash, or
    a MAC under ``sign``'s key."""
    row = AuditEntry(
        id=seq or after.id + 1,
        at=after.at + timedelta(seconds=1),
        actor_type="agent",
        actor_id="7",
        action="restore.executed",
        case_ref="RD-FORG-ED00-0000",
        account_id=1,
        ip="192.0.2.66",
        detail={"action": "remove_factor"},
        prev_hash=after.hash,
        key_id=key_id,
        hash="",
    )
    if sign is None:
        row.hash = audit.plain_hash(row.prev_hash, audit.content(row))
    else:
        assert key_id is not None
        row.hash = audit.row_mac(sign, key_id, row.prev_hash, audit.content(row))
    return row


def assert_fails(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    for needle in needles:
        assert needle in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr


async def assert_refused(backend: Backend, *statements: str) -> None:
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            await backend.sql(statement)
    assert len(await backend.rows()) == ROWS


# --- an intact chain -----------------------------------------------------------------------


async def test_verify_audit_exits_0_on_an_intact_chain_and_prints_the_head(
    backend: Backend,
) -> None:
    result = backend.verify()
    assert result.returncode == 0, result.stdout + result.stderr
    match = HEAD_RE.search(result.stdout)
    assert match, result.stdout
    rows = await backend.rows()
    assert match.groups() == (str(ROWS), rows[-1].hash)
    assert rows[0].action == audit.CHAIN_STARTED
    assert {row.key_id for row in rows} == {keyring(backend).current_id}
    assert "0 rows were appended since" in result.stdout


# --- each tampering: refused by the database, else named by verify-audit -------------------


async def test_an_edited_row_is_refused_by_the_database_and_else_named_by_verify_audit(
    backend: Backend,
) -> None:
    await assert_refused(backend, "UPDATE audit_log SET ip = '203.0.113.99' WHERE id = 3")
    await backend.drop_triggers()
    await backend.sql("UPDATE audit_log SET ip = '203.0.113.99' WHERE id = 3")
    assert_fails(backend.verify(), "broken at row 3", "changed or forged")


async def test_an_edited_row_with_its_plain_hash_recomputed_is_named_by_verify_audit(
    backend: Backend,
) -> None:
    await backend.drop_triggers()
    async with backend.attacker() as session:
        row = await session.scalar(select(AuditEntry).where(AuditEntry.id == 3))
        assert row is not None
        row.action = "case.nothing_happened"
        row.hash = audit.plain_hash(row.prev_hash, audit.content(row))
    assert_fails(backend.verify(), "broken at row 3")


async def test_a_deleted_row_is_refused_by_the_database_and_else_named_by_verify_audit(
    backend: Backend,
) -> None:
    await assert_refused(backend, "DELETE FROM audit_log WHERE id = 3")
    await backend.drop_triggers()
    await backend.sql("DELETE FROM audit_log WHERE id = 3")
    assert_fails(backend.verify(), "broken at row 3", "missing")


async def test_reordered_rows_are_refused_by_the_database_and_else_named_by_verify_audit(
    backend: Backend,
) -> None:
    swap = (
        "UPDATE audit_log SET id = -2 WHERE id = 2",
        "UPDATE audit_log SET id = 2 WHERE id = 3",
        "UPDATE audit_log SET id = 3 WHERE id = -2",
    )
    await assert_refused(backend, swap[0])
    await backend.drop_triggers()
    await backend.sql(*swap)
    assert_fails(backend.verify(), "broken at row 2")


async def test_a_truncated_log_is_refused_by_the_database_and_else_caught_by_the_exported_head(
    backend: Backend,
) -> None:
    cut = f"DELETE FROM audit_log WHERE id >= {ROWS - 1}"  # noqa: S608 (own constants)
    statements = [cut]
    if backend.name == "postgresql":
        statements.append("TRUNCATE audit_log")
    await assert_refused(backend, *statements)
    await backend.drop_triggers()
    await backend.sql(cut)
    # The rows left still chain; only the head exported outside the database shows the cut.
    result = backend.verify()
    assert_fails(result, f"ends at row {ROWS - 2}", f"exported head is row {ROWS}")
    assert "removed from the end" in result.stdout


async def test_an_emptied_log_is_refused_by_the_database_and_else_fails_verification(
    backend: Backend,
) -> None:
    await assert_refused(backend, "DELETE FROM audit_log")
    await backend.drop_triggers()
    await backend.sql("DELETE FROM audit_log")
    assert_fails(backend.verify(), "Audit log is empty")
    # Even with the head export gone as well, an empty log is not a pass.
    backend.settings.effective_audit_head_file.unlink()
    assert_fails(backend.verify(), "Audit log is empty")


async def test_replace_and_upsert_are_refused_by_the_database_and_else_named_by_verify_audit(
    backend: Backend,
) -> None:
    rows = await backend.rows()
    third, last = rows[2], rows[-1]
    columns = "id, at, actor_type, action, detail, prev_hash, hash, key_id"
    copy = (
        "SELECT {id}, at, actor_type, 'case.nothing_happened', detail, {prev}, "
        "{hash}, key_id FROM audit_log WHERE id = THIRD"
    ).replace("THIRD", str(third.id))
    same_seq = copy.format(id=third.id, prev="prev_hash", hash="'" + "a" * 64 + "'")
    # A new seq that extends the chain but reuses row 3's hash: REPLACE would delete row 3.
    same_hash = copy.format(id=last.id + 1, prev=f"'{last.hash}'", hash="hash")
    if backend.name == "sqlite":
        statements = [
            f"INSERT OR REPLACE INTO audit_log ({columns}) {same_seq}",
            f"REPLACE INTO audit_log ({columns}) {same_hash}",
            f"INSERT INTO audit_log ({columns}) {same_seq} "
            "ON CONFLICT (id) DO UPDATE SET action = excluded.action",
        ]
        # Also through the sqlite3 module, where recursive_triggers is off.
        with sqlite3.connect(backend.settings.data_dir / "recovery.db") as conn:
            for statement in statements:
                with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                    conn.execute(statement)
        conn.close()
    else:
        statements = [
            f"INSERT INTO audit_log ({columns}) {same_seq} "
            "ON CONFLICT (id) DO UPDATE SET action = excluded.action",
            f"INSERT INTO audit_log ({columns}) {same_hash} "
            "ON CONFLICT (hash) DO UPDATE SET action = excluded.action",
            f"INSERT INTO audit_log ({columns}) {same_seq} ON CONFLICT DO NOTHING",
        ]
    await assert_refused(backend, *statements)
    assert [row.hash for row in await backend.rows()] == [row.hash for row in rows]
    await backend.drop_triggers()
    await backend.sql(statements[0])
    assert_fails(backend.verify(), "broken at row 3")


async def test_an_insert_that_does_not_extend_the_chain_is_refused_by_the_database(
    backend: Backend,
) -> None:
    rows = await backend.rows()
    last, ring = rows[-1], keyring(backend)
    key = ring.current_id
    bad_rows = [
        forged(last, key_id=key, sign=ring, seq=last.id + 2),  # a gap
        forged(rows[-2], key_id=key, sign=ring, seq=last.id + 1),  # prev_hash of another row
        forged(last, key_id=None, sign=None),  # an unkeyed row after the keyed chain
    ]
    for row in bad_rows:
        with pytest.raises(DBAPIError, match="append-only"):
            async with backend.attacker() as session:
                session.add(row)
    assert len(await backend.rows()) == ROWS


async def test_an_appended_row_with_a_correct_plain_hash_is_named_by_verify_audit(
    backend: Backend,
) -> None:
    last = (await backend.rows())[-1]
    exported = HEAD_RE.search(backend.verify().stdout)
    assert exported
    async with backend.attacker() as session:  # it extends the chain: the database takes it
        session.add(forged(last, key_id=keyring(backend).current_id, sign=None))
    result = backend.verify()
    assert_fails(result, f"broken at row {ROWS + 1}", "changed or forged")
    assert_fails(backend.verify("--expect-head", exported.group(2)), f"broken at row {ROWS + 1}")


async def test_an_appended_row_with_a_mac_under_a_wrong_key_is_named_by_verify_audit(
    backend: Backend,
) -> None:
    last = (await backend.rows())[-1]
    real_id = keyring(backend).current_id
    wrong = AuditKeyring(((real_id, secrets.token_bytes(32)),))
    async with backend.attacker() as session:
        session.add(forged(last, key_id=real_id, sign=wrong))
    assert_fails(backend.verify(), f"broken at row {ROWS + 1}", f"audit key '{real_id}'")


async def test_an_appended_row_under_an_unknown_key_id_is_named_by_verify_audit(
    backend: Backend,
) -> None:
    last = (await backend.rows())[-1]
    own = AuditKeyring((("attacker-1", secrets.token_bytes(32)),))
    async with backend.attacker() as session:
        session.add(forged(last, key_id="attacker-1", sign=own))
    assert_fails(backend.verify(), f"broken at row {ROWS + 1}", "'attacker-1', which is not")


async def test_a_rewritten_suffix_is_named_by_verify_audit_at_its_first_row(
    backend: Backend,
) -> None:
    rows = await backend.rows()
    await backend.drop_triggers()
    await backend.sql("DELETE FROM audit_log WHERE id >= 4")
    own = AuditKeyring(((keyring(backend).current_id, secrets.token_bytes(32)),))
    previous = rows[2]
    async with backend.attacker() as session:
        for _ in range(4):  # a longer, self-consistent history from row 4 on
            row = forged(previous, key_id=own.current_id, sign=own)
            session.add(row)
            await session.flush()
            previous = row
    assert_fails(backend.verify(), "broken at row 4", "changed or forged")


# --- the exported head ---------------------------------------------------------------------


async def test_expect_head_and_head_file_check_against_an_earlier_head(
    backend: Backend, tmp_path: Path
) -> None:
    exported = HEAD_RE.search(backend.verify().stdout)
    assert exported
    kept = tmp_path / "kept-head.json"
    kept.write_text(backend.settings.effective_audit_head_file.read_text())
    async with open_admin_services(backend.settings) as services:
        await append_rows(services, 2, first=100)
    result = backend.verify("--expect-head", exported.group(2))
    assert result.returncode == 0, result.stdout
    assert f"{ROWS + 2} rows" in result.stdout
    assert "2 rows were appended since" in result.stdout
    result = backend.verify("--head-file", str(kept))
    assert result.returncode == 0, result.stdout
    assert "2 rows were appended since" in result.stdout
    await backend.drop_triggers()
    await backend.sql(f"DELETE FROM audit_log WHERE id > {ROWS - 1}")  # noqa: S608 (own constants)
    assert_fails(backend.verify("--expect-head", exported.group(2)), "removed from the end")
    assert_fails(backend.verify("--head-file", str(kept)), "removed from the end")
    malformed = backend.verify("--expect-head", "not-a-hash")
    assert malformed.returncode == 2
    assert "64 hexadecimal characters" in malformed.stderr


async def test_verify_audit_without_an_exported_head_fails_and_says_why(
    backend: Backend,
) -> None:
    backend.settings.effective_audit_head_file.unlink()
    result = backend.verify()
    assert_fails(result, "no exported head", "removed from the end cannot be ruled out")


async def test_the_head_is_exported_on_schedule_to_a_folder_outside_the_database_folder(
    data_dir: Path,
) -> None:
    settings = test_settings(data_dir, audit_head_export_seconds=0.2)
    head_file = settings.effective_audit_head_file
    assert head_file == data_dir.parent / "data-audit-head" / "audit-head.json"
    await migrate_to_head(settings)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        services: Services = app.state.server.services
        await _wait_for_head(head_file, 1)  # audit.chain_started, written at start
        await append_rows(services, 3)
        head = await _wait_for_head(head_file, 4)
        async with services.read() as session:
            last = await audit.head(session)
        assert last is not None
        assert (head["seq"], head["mac"], head["key_id"]) == (4, last.hash, last.key_id)
        assert datetime.fromisoformat(head["at"]) == last.at
    assert not head_file.is_relative_to(data_dir)
    assert verify_audit(data_dir).returncode == 0


async def _wait_for_head(path: Path, seq: int) -> dict[str, object]:
    for _ in range(100):
        if path.exists():
            head: dict[str, object] = json.loads(path.read_text())
            if head["seq"] == seq:
                return head
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path} never showed row {seq}")


async def test_the_head_export_never_replaces_a_head_the_log_no_longer_holds(
    backend: Backend,
) -> None:
    exported = json.loads(backend.settings.effective_audit_head_file.read_text())
    await backend.drop_triggers()
    await backend.sql(f"DELETE FROM audit_log WHERE id >= {ROWS - 1}")  # noqa: S608 (own constants)
    async with open_admin_services(backend.settings) as services:  # the server writes on
        await append_rows(services, 3, first=200)
    assert json.loads(backend.settings.effective_audit_head_file.read_text()) == exported
    result = run_cli("export-audit-head", *backend.options())
    assert result.returncode == 1
    assert f"row {ROWS} is not the row of the exported head" in result.stderr
    assert_fails(backend.verify(), f"row {ROWS} is not the row of the exported head")


async def test_supervisors_can_fetch_the_head_and_verify_reports_a_cut_log(
    data_dir: Path,
) -> None:
    settings = test_settings(data_dir)
    await migrate_to_head(settings)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app):
        services: Services = app.state.server.services
        password = "Window 3141 meadow clock"
        _, seed = await agents.create_agent(services, "sue", "Sue", Role.SUPERVISOR, password)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            signed_in = await client.post(
                "/api/v1/agent/sessions",
                json={
                    "username": "sue",
                    "password": password,
                    "totp": totp.code_at(seed, totp.current_step()),
                },
            )
            headers = {"Authorization": f"Bearer {signed_in.json()['token']}"}
            assert (await client.get("/api/v1/supervisor/audit/head")).status_code == 401
            head = (await client.get("/api/v1/supervisor/audit/head", headers=headers)).json()
            async with services.read() as session:
                last = await audit.head(session)
            assert last is not None
            assert (head["seq"], head["mac"], head["key_id"]) == (last.id, last.hash, last.key_id)
            await app.state.background.audit_head.export_once()
            ok = (await client.get("/api/v1/supervisor/audit/verify", headers=headers)).json()
            assert ok["ok"] is True, ok
            with sqlite3.connect(data_dir / "recovery.db") as conn:
                conn.execute("DROP TRIGGER audit_log_no_delete")
                conn.execute(f"DELETE FROM audit_log WHERE id = {last.id}")  # noqa: S608 (own constants)
            conn.close()
            cut = (await client.get("/api/v1/supervisor/audit/verify", headers=headers)).json()
            assert cut["ok"] is False
            assert "removed from the end" in cut["problem"]


# --- keys ----------------------------------------------------------------------------------


async def test_the_audit_key_file_is_created_private_and_outside_the_database(
    backend: Backend,
) -> None:
    key_file = backend.settings.effective_audit_key_file
    assert key_file == backend.settings.data_dir / "audit.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key_id, _, key = key_file.read_text().strip().partition(":")
    assert len(base64.b64decode(key)) == 32
    dump = repr([vars(row) for row in await backend.rows()])
    assert key not in dump
    assert key_id in dump  # the id is, so each row names its key


async def test_a_key_rotation_keeps_old_rows_verifiable(backend: Backend) -> None:
    old_id = keyring(backend).current_id
    result = run_cli("rotate-audit-key", *backend.options())
    assert result.returncode == 0, result.stdout + result.stderr
    ring = keyring(backend)
    assert ring.ids[0] == old_id and len(ring.ids) == 2
    assert stat.S_IMODE(backend.settings.effective_audit_key_file.stat().st_mode) == 0o600
    for _, key in ring.keys:
        assert base64.b64encode(key).decode() not in result.stdout + result.stderr
    async with open_admin_services(backend.settings) as services:
        await append_rows(services, 1, first=300)
    rows = await backend.rows()
    assert [row.key_id for row in rows] == [old_id] * ROWS + [ring.current_id] * 2
    assert rows[ROWS].action == audit.KEY_ROTATED
    assert rows[ROWS].detail == {"previous_key_id": old_id, "new_key_id": ring.current_id}
    verified = backend.verify()
    assert verified.returncode == 0, verified.stdout
    assert f"signed with audit key '{ring.current_id}'" in verified.stdout
    # Dropping the old key makes its rows unverifiable, not silently trusted.
    key_file = backend.settings.effective_audit_key_file
    key_file.write_text(key_file.read_text().splitlines()[1] + "\n")
    assert_fails(backend.verify(), "broken at row 1", f"'{old_id}', which is not configured")


def test_rotating_keys_given_in_the_environment_says_what_to_do(data_dir: Path) -> None:
    assert run_cli("migrate", "--data-dir", str(data_dir)).returncode == 0
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    env = {**_env(), "RECOVERY_AUDIT_KEYS": f"k1:{key}"}
    result = run_cli("rotate-audit-key", "--data-dir", str(data_dir), env=env)
    assert result.returncode == 2
    assert "add a new 'id:base64key' entry at the end" in result.stderr
    assert key not in result.stdout + result.stderr
    bad = run_cli(
        "verify-audit", "--data-dir", str(data_dir), env={**env, "RECOVERY_AUDIT_KEYS": "k1:x"}
    )
    assert bad.returncode == 2
    assert "RECOVERY_AUDIT_KEYS" in bad.stderr


async def test_the_audit_key_never_appears_in_rows_responses_logs_or_the_head(
    data_dir: Path, server_log: object
) -> None:
    old = base64.b64encode(secrets.token_bytes(32)).decode()
    new = base64.b64encode(secrets.token_bytes(32)).decode()
    settings = test_settings(data_dir, audit_keys=f"old:{old},new:{new}")
    await migrate_to_head(settings)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    bodies: list[str] = []
    async with app.router.lifespan_context(app):
        services: Services = app.state.server.services
        password = "Window 3141 meadow clock"
        _, seed = await agents.create_agent(services, "sue", "Sue", Role.SUPERVISOR, password)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            signed_in = await client.post(
                "/api/v1/agent/sessions",
                json={
                    "username": "sue",
                    "password": password,
                    "totp": totp.code_at(seed, totp.current_step()),
                },
            )
            headers = {"Authorization": f"Bearer {signed_in.json()['token']}"}
            for path in ("audit/head", "audit/verify", "audit"):
                response = await client.get(f"/api/v1/supervisor/{path}", headers=headers)
                assert response.status_code == 200, response.text
                bodies.append(response.text)
        await app.state.background.audit_head.export_once()
        async with services.read() as session:
            rows = list(await session.scalars(select(AuditEntry)))
    assert {row.key_id for row in rows} == {"new"}
    assert not settings.effective_audit_key_file.exists()  # keys from the environment
    log_text = server_log.getvalue()  # type: ignore[attr-defined]
    head_text = settings.effective_audit_head_file.read_text()
    database = (data_dir / "recovery.db").read_bytes()
    for key in (old, new):
        raw = base64.b64decode(key)
        for where in (*bodies, log_text, head_text, repr(rows), repr(settings)):
            assert key not in where
            assert raw.hex() not in where
        assert raw not in database and key.encode() not in database
    assert '"key_id": "new"' in head_text


def test_an_audit_mac_is_hmac_sha256_over_the_previous_mac_and_the_canonical_row() -> None:
    key = secrets.token_bytes(32)
    ring = AuditKeyring((("k", key),))
    entry = {"id": 1, "action": "x", "key_id": "k"}
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    expected = hmac.new(key, f"{audit.GENESIS}\n{canonical}".encode(), hashlib.sha256)
    assert audit.row_mac(ring, "k", audit.GENESIS, entry) == expected.hexdigest()


# --- rows from before the keyed chain (migration 0008) -------------------------------------


async def test_rows_from_before_the_keyed_chain_are_sealed_by_chain_started(
    data_dir: Path,
) -> None:
    settings = test_settings(data_dir)
    engine = create_engine(normalize_url(settings.effective_database_url))
    try:
        await migrate.upgrade(engine, "0006")
        prev = audit.GENESIS
        async with engine.begin() as conn:
            for seq in (1, 2):
                at = datetime(2026, 1, seq, tzinfo=UTC)
                entry = {
                    "id": seq,
                    "at": at.isoformat(),
                    "actor_type": "system",
                    "actor_id": None,
                    "action": "agent.created",
                    "case_ref": None,
                    "account_id": None,
                    "ip": None,
                    "detail": {},
                }
                digest = audit.plain_hash(prev, entry)
                await conn.execute(
                    text(
                        "INSERT INTO audit_log (id, at, actor_type, action, detail, prev_hash, "
                        "hash) VALUES (:id, :at, 'system', 'agent.created', '{}', :prev, :hash)"
                    ),
                    {
                        "id": seq,
                        "at": at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                        "prev": prev,
                        "hash": digest,
                    },
                )
                prev = digest
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()
    unsealed = verify_audit(data_dir, "--expect-head", prev)
    assert_fails(unsealed, "no keyed row")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        pass  # a server start seals the older rows
    result = verify_audit(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 rows" in result.stdout
    async with open_admin_services(settings) as services, services.read() as session:
        rows = list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(row.key_id is None, row.action) for row in rows] == [
        (True, "agent.created"),
        (True, "agent.created"),
        (False, audit.CHAIN_STARTED),
    ]
    assert rows[2].prev_hash == prev
    assert rows[2].detail == {"unkeyed_rows_before": 2}
    with sqlite3.connect(data_dir / "recovery.db") as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'agent.deleted' WHERE id = 1")
        edited = audit.plain_hash(
            audit.GENESIS, {**audit.content(rows[0]), "action": "agent.deleted"}
        )
        conn.execute(f"UPDATE audit_log SET hash = '{edited}' WHERE id = 1")  # noqa: S608 (own constants)
    conn.close()
    assert_fails(verify_audit(data_dir), "broken at row 2")


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
    started, created, signed_in = rows
    assert started.action == audit.CHAIN_STARTED
    assert (created.actor_type, created.action) == ("system", "agent.created")
    assert signed_in.action == "agent.signed_in"
    assert (signed_in.actor_type, signed_in.actor_id) == ("agent", str(agent_id))
    assert signed_in.ip == "203.0.113.42"
    assert signed_in.at == datetime(2030, 5, 1, 10, 0, tzinfo=UTC)
    assert signed_in.at.utcoffset() == timedelta(0)
    with sqlite3.connect(data_dir / "recovery.db") as conn:
        stored_at = conn.execute("SELECT at FROM audit_log WHERE id = 3").fetchone()[0]
    conn.close()
    assert stored_at.startswith("2030-05-01 10:00:00")  # stored as UTC, not local time
