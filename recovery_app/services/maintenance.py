"""Background work of a server process: send the outbox, run due holds, purge old evidence,
export the audit head."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from recovery_app.delivery.dispatcher import OutboxDispatcher, build_senders
from recovery_app.services import evidence, restore
from recovery_app.services.audit_head import HeadExporter
from recovery_app.services.context import Services
from recovery_app.services.routing import RoutingLoop

log = logging.getLogger(__name__)


class BackgroundWork:
    """Starts with the app, stops with it. Each loop survives its own errors."""

    def __init__(self, services: Services, *, maintenance_seconds: float = 10.0) -> None:
        email, sms = build_senders(services.settings)
        self.dispatcher = OutboxDispatcher(services, email, sms)
        self.routing = RoutingLoop(services)  # queue routing, reassignment, breach alerts
        self.audit_head = HeadExporter(services)  # the audit head, outside the database
        self._services = services
        self._seconds = maintenance_seconds
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.dispatcher.start()
        self.routing.start()
        self.audit_head.start()
        self._task = asyncio.create_task(self._maintain(), name="maintenance")

    async def stop(self) -> None:
        await self.dispatcher.stop()
        await self.routing.stop()
        await self.audit_head.stop()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def run_once(self) -> None:
        """Tell owners about new cases, execute due holds, delete expired evidence.

        (Also called by tests, after they move the clock.)"""
        await restore.notify_new_cases(self._services)
        await restore.run_due_holds(self._services)
        await evidence.purge_expired(self._services)

    async def _maintain(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:
                log.exception("maintenance pass failed; trying again later")
            await asyncio.sleep(self._seconds)
