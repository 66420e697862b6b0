"""Migrations go up from empty and back down, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from recovery_app.storage import migrate
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import Base
from tests.support.databases import fresh_postgres_database, postgres_admin_url


def _tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def _model_differences(conn: Connection) -> list[object]:
    return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


async def _up_down_up(url: str) -> None:
    engine = create_engine(normalize_url(url))
    try:
        assert await migrate.current_revision(engine) is None
        await migrate.upgrade(engine)
        assert await migrate.current_revision(engine) == migrate.head_revision()
        async with engine.connect() as conn:
            assert set(Base.metadata.tables) <= await conn.run_sync(_tables)
            # The models and the migrated schema agree (no forgotten migration).
            assert await conn.run_sync(_model_differences) == []
        await migrate.downgrade(engine, "base")
        async with engine.connect() as conn:
            assert await conn.run_sync(_tables) <= {"alembic_version"}
        await migrate.upgrade(engine)
        assert await migrate.current_revision(engine) == migrate.head_revision()
        await migrate.upgrade(engine)  # running it again changes nothing
        assert await migrate.current_revision(engine) == migrate.head_revision()
    finally:
        await engine.dispose()


async def test_migrations_up_from_empty_on_sqlite(tmp_path: Path) -> None:
    await _up_down_up(f"sqlite:///{tmp_path}/fresh.db")


async def test_sqlite_runs_in_wal_mode_with_busy_timeout(tmp_path: Path) -> None:
    from sqlalchemy import text

    engine = create_engine(normalize_url(f"sqlite:///{tmp_path}/wal.db"))
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() >= 1000
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
    finally:
        await engine.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(
    not postgres_admin_url(), reason="RECOVERY_TEST_POSTGRES_URL is not set: PostgreSQL skipped"
)
async def test_migrations_up_from_empty_on_postgresql() -> None:
    async with fresh_postgres_database() as url:
        await _up_down_up(url)
