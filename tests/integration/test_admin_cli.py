"""``recovery-server create-agent`` as an admin runs it, then the new agent signs in."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pyotp
import segno
from sqlalchemy import text

from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from tests.support.live_server import migrate_to_head, test_settings

SERVER = [sys.executable, "-m", "recovery_app.server"]
URI_RE = re.compile(r"otpauth://\S+")
PASSWORD_RE = re.compile(r"Initial password \(printed only this once[^)]*\): (\S+)")


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}


def create_agent(
    data_dir: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, "create-agent", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        env=_env(),
    )


async def sign_in(settings: Settings, username: str, password: str, secret: str) -> httpx.Response:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            return await client.post(
                "/api/v1/agent/sessions",
                json={"username": username, "password": password, "totp": pyotp.TOTP(secret).now()},
            )


async def audit_rows(settings: Settings) -> str:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with app.state.server.services.read() as session:
            return repr((await session.execute(text("SELECT * FROM audit_log"))).all())


async def test_create_agent_prints_password_uri_and_qr_then_the_agent_signs_in(
    data_dir: Path,
) -> None:
    settings = test_settings(data_dir)
    await migrate_to_head(settings)
    result = create_agent(
        data_dir, "--username", "Alice", "--name", "Alice Archer", "--role", "supervisor"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Created agent 'alice' (Alice Archer, supervisor)" in out
    assert out.count("printed only this once") == 2
    password_match, uri_match = PASSWORD_RE.search(out), URI_RE.search(out)
    assert password_match and uri_match, out
    uri = uri_match.group(0)
    qr = io.StringIO()
    segno.make(uri).terminal(out=qr, compact=True)
    assert qr.getvalue() in out  # the QR code encodes exactly the printed URI
    totp = pyotp.parse_uri(uri)
    assert isinstance(totp, pyotp.TOTP)
    assert totp.issuer == "Recovery Desk"
    response = await sign_in(settings, "alice", password_match.group(1), totp.secret)
    assert response.status_code == 201, response.text
    assert response.json()["agent"]["role"] == "supervisor"
    rows = await audit_rows(settings)
    assert "agent.created" in rows
    assert password_match.group(1) not in rows
    assert totp.secret not in rows


async def test_create_agent_reads_the_password_from_stdin_and_does_not_print_it(
    data_dir: Path,
) -> None:
    settings = test_settings(data_dir)
    await migrate_to_head(settings)
    password = "Marble 5772 kettle shore"
    result = create_agent(
        data_dir, "--username", "bob", "--name", "Bob", "--password-stdin", stdin=password + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert password not in result.stdout + result.stderr
    uri = URI_RE.search(result.stdout)
    assert uri
    response = await sign_in(settings, "bob", password, pyotp.parse_uri(uri.group(0)).secret)
    assert response.status_code == 201
    assert response.json()["agent"]["role"] == "agent"


async def test_create_agent_refuses_a_duplicate_user_name_with_exit_2(data_dir: Path) -> None:
    await migrate_to_head(test_settings(data_dir))
    assert create_agent(data_dir, "--username", "carol", "--name", "Carol").returncode == 0
    again = create_agent(data_dir, "--username", "Carol", "--name", "Carol Two")
    assert again.returncode == 2
    assert "already exists" in again.stderr
    assert "otpauth://" not in again.stdout
    assert "Traceback" not in again.stderr


async def test_create_agent_refuses_a_weak_password_with_exit_2(data_dir: Path) -> None:
    await migrate_to_head(test_settings(data_dir))
    result = create_agent(
        data_dir, "--username", "dan", "--name", "Dan", "--password-stdin", stdin="short\n"
    )
    assert result.returncode == 2
    assert "at least 12 characters" in result.stderr
    assert "short" not in result.stdout


def test_create_agent_on_an_unmigrated_folder_says_to_migrate_first(tmp_path: Path) -> None:
    result = create_agent(tmp_path, "--username", "erin", "--name", "Erin")
    assert result.returncode == 2
    assert "recovery-server migrate" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "recovery.db").exists()
