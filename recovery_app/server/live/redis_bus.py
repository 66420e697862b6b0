"""The bus between server processes: Redis pub/sub (``RECOVERY_REDIS_URL``).

Every channel is published as ``<redis_prefix><channel>``; each process
pattern-subscribes to ``<redis_prefix>*`` and hands every event to its hub, which
keeps only what its own connections follow. A process therefore gets its own
events back through Redis too: one delivery path, whatever process a client is on.

If Redis drops, the listener reconnects with backoff (0.1 s doubling to 5 s) and
then tells the hub (channel :data:`RESYNC_CHANNEL`) to fill from the database
whatever was published while it was away. Publishing while Redis is down raises;
callers publish only after their commit, so nothing stored is lost, only late.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from redis.asyncio import Redis

from recovery_app.server.live.bus import Event, Handler

log = logging.getLogger(__name__)

# Not a Redis channel: what the bus tells its handler after it had to reconnect.
RESYNC_CHANNEL = "bus:resync"


def _glob_escape(text: str) -> str:
    return "".join(f"\\{ch}" if ch in "*?[]\\" else ch for ch in text)


class RedisBus:
    """Redis pub/sub with a key prefix; reconnects by itself."""

    def __init__(
        self,
        redis: Redis,
        prefix: str,
        *,
        retry_min: float = 0.1,
        retry_max: float = 5.0,
        start_timeout: float = 5.0,
    ) -> None:
        self._redis = redis
        self._prefix = prefix
        self._pattern = _glob_escape(prefix) + "*"
        self._retry_min = retry_min
        self._retry_max = retry_max
        self._start_timeout = start_timeout
        self._handler: Handler | None = None
        self._task: asyncio.Task[None] | None = None
        self._subscribed = asyncio.Event()
        self.reconnects = 0

    async def start(self, handler: Handler) -> None:
        """Subscribe and start delivering; waits (a little) until the subscription holds."""
        self._handler = handler
        self._task = asyncio.create_task(self._listen(), name="redis-bus")
        try:
            await asyncio.wait_for(self._subscribed.wait(), self._start_timeout)
        except TimeoutError:
            log.warning("redis bus not subscribed yet; live events wait until it is")

    async def publish(self, channel: str, event: Event) -> None:
        data = json.dumps(event, separators=(",", ":"), ensure_ascii=False, default=str)
        await self._redis.publish(self._prefix + channel, data)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._handler = None

    @property
    def subscribed(self) -> bool:
        return self._subscribed.is_set()

    async def _listen(self) -> None:
        delay = self._retry_min
        lost = False
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(self._pattern)
                self._subscribed.set()
                delay = self._retry_min
                if lost:
                    lost = False
                    self.reconnects += 1
                    log.info("redis bus subscribed again")
                    await self._deliver(RESYNC_CHANNEL, {"type": "resync"})
                async for message in pubsub.listen():
                    if message.get("type") != "pmessage":
                        continue
                    await self._dispatch(message)
                raise ConnectionError("redis pub/sub ended")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._subscribed.clear()
                lost = True
                log.warning(
                    "redis bus lost; reconnecting",
                    extra={"reason": type(exc).__name__, "retry_in": delay},
                )
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._retry_max)

    async def _dispatch(self, message: dict[str, Any]) -> None:
        raw_channel = message.get("channel")
        if isinstance(raw_channel, bytes):
            raw_channel = raw_channel.decode("utf-8", "replace")
        if not isinstance(raw_channel, str) or not raw_channel.startswith(self._prefix):
            return
        try:
            event = json.loads(message["data"])
        except (ValueError, TypeError):
            log.warning("redis bus: undecodable event dropped")
            return
        if isinstance(event, dict):
            await self._deliver(raw_channel[len(self._prefix) :], event)

    async def _deliver(self, channel: str, event: Event) -> None:
        if self._handler is None:
            return
        try:
            await self._handler(channel, event)
        except Exception:
            log.exception("live event handler failed", extra={"channel": channel})
