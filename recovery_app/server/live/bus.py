"""Publishing live events to every server process after a commit.

Channels are plain strings: ``conv:<conversation id>`` (a chat), ``agent:<id>``
(one agent's connections), ``queue`` (queue positions, routing). Events are
JSON-able dicts. With no Redis URL an in-process bus is used; with one, Redis
pub/sub (``RECOVERY_REDIS_URL``). Publish only after the transaction that made
the event true has committed, never inside it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

Event = dict[str, Any]
Handler = Callable[[str, Event], Awaitable[None]]


class Bus(Protocol):
    async def start(self, handler: Handler) -> None:
        """Begin delivering every published event to ``handler(channel, event)``."""

    async def publish(self, channel: str, event: Event) -> None: ...

    async def stop(self) -> None: ...


class InProcessBus:
    """One process: events go straight to the handler."""

    def __init__(self) -> None:
        self._handler: Handler | None = None

    async def start(self, handler: Handler) -> None:
        self._handler = handler

    async def publish(self, channel: str, event: Event) -> None:
        if self._handler is not None:
            await self._handler(channel, event)

    async def stop(self) -> None:
        self._handler = None
