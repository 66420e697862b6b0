"""What every service call gets: the database session, keys, settings, clock and caller."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from recovery_app.domain.clock import Clock, SystemClock
from recovery_app.security.audit_keys import SESSION_KEYS, AuditKeySource
from recovery_app.security.crypto import SecretBox
from recovery_app.security.keys import ServerKeys
from recovery_app.server.live.bus import Bus, InProcessBus
from recovery_app.server.settings import Settings
from recovery_app.services.image_pool import ImagePool

# Any 64-bit number; PostgreSQL transactions that append to the audit chain hold it.
_AUDIT_LOCK_ID = 0x5245434F56455259  # "RECOVERY"


@dataclass(frozen=True, slots=True)
class Caller:
    """Where a request came from, for the audit log and rate limits."""

    ip: str | None = None
    user_agent: str | None = None


@dataclass(slots=True)
class RoutingGate:
    """Coalesces routing requests within one process (see ``routing.try_route``)."""

    running: bool = False
    again: bool = False
    queue_changed: bool = False


@dataclass(slots=True)
class Services:
    """Long-lived dependencies of the services, created once per server process."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    keys: ServerKeys
    clock: Clock = field(default_factory=SystemClock)
    # Serialises audited write transactions in this process, so each audit row's
    # prev_hash is the head at its commit (PostgreSQL adds an advisory lock for
    # several processes; SQLite is the single-process embedded default).
    write_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Set whenever a transaction queued a message, to wake the outbox dispatcher.
    outbox_wakeup: asyncio.Event = field(default_factory=asyncio.Event)
    # Live events to every server process; publish only after commit.
    bus: Bus = field(default_factory=InProcessBus)
    routing_gate: RoutingGate = field(default_factory=RoutingGate)
    # Decodes uploaded photos in bounded child processes (check 41).
    images: ImagePool = field(init=False)
    # The audit chain's HMAC keys (never in the database); made from the settings when
    # first needed.
    _audit_keys: AuditKeySource | None = None

    def __post_init__(self) -> None:
        settings = self.settings
        self.images = ImagePool(
            max_pixels=settings.evidence_max_pixels,
            workers=settings.image_decode_workers,
            memory_mb=settings.image_decode_memory_mb,
            queue=settings.image_decode_queue,
            tasks_per_worker=settings.image_decode_tasks_per_worker,
        )

    @property
    def audit_keys(self) -> AuditKeySource:
        if self._audit_keys is None:
            configured = self.settings.audit_keys
            self._audit_keys = AuditKeySource(
                configured.get_secret_value() if configured else None,
                self.settings.effective_audit_key_file,
            )
        return self._audit_keys

    @property
    def box(self) -> SecretBox:
        return SecretBox(self.keys.encryption)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A session for reads; nothing it does is committed."""
        async with self.sessions() as session:
            yield session

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One transaction that never touches the audit log (chat messages, receipts):
        no process lock, no advisory lock, so it runs beside audited writes."""
        async with self.sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One transaction that may append to the audit log: all of it commits, or none."""
        async with self.write_lock, self.sessions() as session, session.begin():
            session.info[SESSION_KEYS] = self.audit_keys
            if self.engine.dialect.name == "postgresql":
                await session.execute(
                    text("SELECT pg_advisory_xact_lock(:id)"), {"id": _AUDIT_LOCK_ID}
                )
            yield session
