"""What the running server holds for the life of the process."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from recovery_app.server.settings import Settings
from recovery_app.services.context import Services


@dataclass(slots=True)
class ServerState:
    """Settings, database, services and Redis, kept on ``app.state.server``."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    services: Services
    redis: Redis | None = None
