"""Background work a window starts: one task per purpose, cancelled when superseded or closed.

A window never leaves a request running behind it: ``aclose()`` cancels and
awaits every task, so nothing touches a widget (or a closed event loop) later.
Failures go to ``sys.excepthook``, which shows the error dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Coroutine
from typing import Any


class BackgroundTasks:
    """Named tasks: starting ``name`` again cancels the previous one (no racing requests)."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._closed = False

    def spawn(self, name: str, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start ``coro`` as ``name``. After ``aclose()`` it is cancelled before it runs: a
        task still finishing elsewhere (a desk's start-up) must not start work on widgets
        that are about to be deleted."""
        self.cancel(name)
        task = asyncio.get_event_loop().create_task(coro, name=name)
        if self._closed:
            task.cancel()
            return task
        self._tasks[name] = task
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(task.get_name()) is task:
            del self._tasks[task.get_name()]
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    async def aclose(self) -> None:
        self._closed = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
