"""Applying the shipped Alembic migrations from inside the server.

Migrations run on a connection of the server's own async engine, so the same
URL handling (drivers, SQLite pragmas) applies to ``migrate``, ``serve`` and
the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the installed package."""
    location = resources.files("recovery_app.storage") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The newest revision this version of the server ships."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("No migrations are shipped with this server.")
    return head


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database up to ``revision`` in one transaction where the database allows."""
    await _run(engine, lambda conn, cfg: command.upgrade(cfg, revision))


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Step the database down to ``revision`` (``base`` removes every table)."""
    await _run(engine, lambda conn, cfg: command.downgrade(cfg, revision))


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    async with engine.connect() as conn:
        return await conn.run_sync(_revision_of)


def _revision_of(sync_conn: Connection) -> str | None:
    if not inspect(sync_conn).has_table("alembic_version"):
        return None
    return sync_conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


async def _run(engine: AsyncEngine, action: Callable[[Connection, Config], None]) -> None:
    def work(sync_conn: Connection) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = sync_conn
        action(sync_conn, cfg)

    async with engine.begin() as conn:
        await conn.run_sync(work)
