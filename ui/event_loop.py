"""The asyncio event loop the client runs on: qasync's, with two fixes.

``qasync.QEventLoop.run_until_complete`` processes Qt events once more after
the loop has stopped, when no running loop is set any more. A task stepped
in that pass (an HTTP request finishing, say) fails inside anyio/httpx with
"no running event loop". Keeping this loop marked as running until
``run_until_complete`` returns makes that last pass behave like the others.

Work sent to a thread (``run_in_executor(None, …)``, ``asyncio.to_thread``) runs
on a plain :class:`~concurrent.futures.ThreadPoolExecutor` instead of qasync's
``QThreadExecutor``: its workers are ``QThread`` objects, and with them
Qt printed "Timers cannot be stopped from another thread" and, now and then,
the process crashed when a window closed while such work had run.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import qasync


class QtEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """``qasync.QEventLoop`` whose final event pass still sees a running loop."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_default_executor(ThreadPoolExecutor(thread_name_prefix="recovery-desk"))

    def run_forever(self) -> Any:
        try:
            return super().run_forever()
        finally:
            asyncio.events._set_running_loop(self)  # for qasync's last processEvents()

    def run_until_complete(self, future: Any) -> Any:
        try:
            return super().run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(None)
