"""Fresh PostgreSQL databases and Redis key prefixes for one test run, cleaned up after."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy.engine import make_url

from recovery_app.storage.database import normalize_url

POSTGRES_ENV = "RECOVERY_TEST_POSTGRES_URL"
REDIS_ENV = "RECOVERY_TEST_REDIS_URL"


def postgres_admin_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def redis_url() -> str | None:
    return os.environ.get(REDIS_ENV) or None


@asynccontextmanager
async def fresh_postgres_database() -> AsyncIterator[str]:
    """Create ``recovery_test_<random>`` next to the admin URL's database; drop it after."""
    admin = postgres_admin_url()
    assert admin, f"{POSTGRES_ENV} is not set"
    url = normalize_url(admin)
    name = f"recovery_test_{secrets.token_hex(6)}"
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    try:
        yield make_url(dsn).set(database=name).render_as_string(hide_password=False)
    finally:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()


def fresh_redis_prefix() -> str:
    """A key prefix no other run uses; tests delete ``<prefix>*`` when done."""
    return f"recovery-test:{secrets.token_hex(6)}:"
