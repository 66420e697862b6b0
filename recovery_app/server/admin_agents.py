"""``recovery-server create-agent``: create a support agent and print their enrolment.

The command does not migrate: it works on a database that ``migrate`` or
``serve`` has set up, and says so when there is none. It prints the initial
password (unless it was read from standard input) and the TOTP enrolment (an
``otpauth://`` URI and the same as a QR code) exactly once: neither can be
shown again, since the server keeps only a hash of the password and the seed
encrypted.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import segno
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from recovery_app.security import passwords
from recovery_app.security.keys import SecretKeyError, load_or_create
from recovery_app.server.cli import EXIT_OK, ConfigError
from recovery_app.server.settings import Settings
from recovery_app.services import agents, audit_head
from recovery_app.services.agent_errors import AgentExistsError, InvalidAgentError
from recovery_app.services.context import Services
from recovery_app.storage import migrate
from recovery_app.storage.database import (
    DatabaseConfigError,
    check_connection,
    create_engine,
    is_sqlite,
    normalize_url,
    safe_url,
)

GENERATED_PASSWORD_BYTES = 18  # 24 URL-safe characters, 144 bits


def create_agent(settings: Settings, args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (errors raise :class:`ConfigError`, exit 2)."""
    generated = not args.password_stdin
    password = generate_password() if generated else read_password(sys.stdin.readline())
    return asyncio.run(_create(settings, args, password, generated=generated))


def generate_password() -> str:
    while True:
        candidate = secrets.token_urlsafe(GENERATED_PASSWORD_BYTES)
        if passwords.password_problem(candidate) is None:
            return candidate


def read_password(line: str) -> str:
    password = line.rstrip("\r\n")
    if not password:
        raise ConfigError(
            "No password on standard input. Pipe one line in, or leave out --password-stdin "
            "to have one generated."
        )
    return password


async def _create(
    settings: Settings, args: argparse.Namespace, password: str, *, generated: bool
) -> int:
    username = agents.normalize_username(args.username)
    async with open_admin_services(settings) as services:
        try:
            agent_id, seed = await agents.create_agent(
                services, username, args.name, args.role, password
            )
        except AgentExistsError as exc:
            raise ConfigError(
                f"An agent with the user name '{username}' already exists. "
                "Choose another --username."
            ) from exc
        except InvalidAgentError as exc:
            raise ConfigError(exc.detail) from exc
    print_enrolment(agent_id, username, args.name, args.role, password if generated else None, seed)
    return EXIT_OK


def print_enrolment(
    agent_id: int, username: str, name: str, role: str, password: str | None, seed: str
) -> None:
    """What the admin hands to the new agent. Printed once; nothing here is kept in clear."""
    out = sys.stdout
    print(f"Created agent '{username}' ({name.strip()}, {role}) with id {agent_id}.", file=out)
    if password is not None:
        print(
            f"Initial password (printed only this once; hand it over safely): {password}",
            file=out,
        )
    uri = agents.enrolment_uri(username, seed)
    print(
        "TOTP enrolment, printed only this once: scan the QR code with the agent's "
        "authenticator app, or enter this URI:",
        file=out,
    )
    print(uri, file=out)
    segno.make(uri).terminal(out=out, compact=True)
    out.flush()


# --- database access shared by the admin commands ---------------------------------------


def _not_set_up(url: URL) -> ConfigError:
    return ConfigError(
        f"The database {safe_url(url)} is not set up for this version of Recovery Desk. "
        "Run 'recovery-server migrate' (or start 'recovery-server serve' once) with the same "
        "--data-dir or --database-url first."
    )


def _sqlite_file_missing(url: URL) -> bool:
    return is_sqlite(url) and not Path(url.database or "").exists()


async def _check_schema(engine: AsyncEngine, url: URL) -> None:
    try:
        await check_connection(engine)
        revision = await migrate.current_revision(engine)
    except DatabaseConfigError as exc:
        raise ConfigError(str(exc)) from exc
    if revision != migrate.head_revision():
        raise _not_set_up(url)


@asynccontextmanager
async def open_admin_services(settings: Settings) -> AsyncIterator[Services]:
    """Services on the configured, already migrated database, with the server's keys."""
    try:
        url = normalize_url(settings.effective_database_url)
    except DatabaseConfigError as exc:
        raise ConfigError(str(exc)) from exc
    if _sqlite_file_missing(url):
        raise _not_set_up(url)  # connecting would create an empty file
    engine = create_engine(url)
    try:
        await _check_schema(engine, url)
        secret = settings.secret_key.get_secret_value() if settings.secret_key else None
        try:
            keys = load_or_create(settings.data_dir, secret)
        except (SecretKeyError, OSError) as exc:
            raise ConfigError(f"The server's secret key cannot be used: {exc}") from exc
        services = Services(
            settings=settings,
            engine=engine,
            sessions=async_sessionmaker(engine, expire_on_commit=False),
            keys=keys,
        )
        before = await audit_head.current_head(services)
        yield services
        await _export_if_moved(services, before)
    finally:
        await engine.dispose()


async def _export_if_moved(services: Services, before: audit_head.AuditHead | None) -> None:
    """A command that appended audit rows exports the new head, as a server would."""
    after = await audit_head.current_head(services)
    if after is None or (before is not None and (before.seq, before.mac) == (after.seq, after.mac)):
        return
    try:
        await audit_head.export_head(services)
    except audit_head.HeadMovedBackError as exc:
        print(f"recovery-server: {exc} Run 'recovery-server verify-audit'.", file=sys.stderr)
    except OSError as exc:
        print(f"recovery-server: the audit head could not be exported: {exc}", file=sys.stderr)
