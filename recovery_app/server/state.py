"""What the running server holds for the life of the process."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from recovery_app.server.settings import Settings


@dataclass(slots=True)
class ServerState:
    """Settings, database engine and session factory, kept on ``app.state.server``."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
