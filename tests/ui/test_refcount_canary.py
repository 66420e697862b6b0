"""Canary for the PySide6 6.12 / CPython 3.11 refcount bug (shared/ENVIRONMENT.md).

6.12.0 on 3.11 drops a reference to True on every Signal.emit() and qasync
drops references to None; the process later aborts in bool_dealloc /
none_dealloc. If these counts fall, someone upgraded PySide6: pin 6.11.3.
"""

from __future__ import annotations

import gc
import sys

import httpx
from PySide6.QtCore import QObject, Signal

from tests.support.live_server import LiveServer


class _Emitter(QObject):
    fired = Signal(bool, object)


async def test_signal_emits_do_not_leak_references_to_true_or_none() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(lambda flag, value: received.append(1))
    gc.collect()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(10_000):
        emitter.fired.emit(True, None)
    assert len(received) == 10_000
    gc.collect()
    # Allow a little noise from other live objects, never a drop per emit.
    assert sys.getrefcount(True) >= true_before - 10
    assert sys.getrefcount(None) >= none_before - 10


async def test_qasync_round_trips_do_not_leak_references_to_none(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url) as client:
        for _ in range(20):  # warm up: pools and caches settle first
            await client.get("/api/v1/health")
        gc.collect()
        none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(1_000):
            response = await client.get("/api/v1/health")
            assert response.status_code == 200
        gc.collect()
        # The bug loses at least one reference per round trip; noise is far smaller.
        assert sys.getrefcount(None) >= none_before - 200
        assert sys.getrefcount(True) >= true_before - 200
