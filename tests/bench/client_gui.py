"""P8 (GUI responsiveness of the chat) and P10 (stability under qasync), in a child process.

P8: a ChatView opens a conversation of 100,000 messages (all handed to it at once by an
in-memory backend, the worst case); time from "open" to the first paint of its message
list. Baseline: a naive list model exposing all 100,000 rows in a plain QListView.
Then a 16 ms precise QTimer runs while 1,000 live messages arrive through the bridge's
signal in bursts (100 per loop turn, as the socket reader hands them over): its lateness
p99, and the longest gap of a 1 ms timer (the longest GUI-thread stall). Baseline: the
same timers on the idle window.

P10: ``sys.getrefcount(None)`` and ``(True)`` before and after 100,000 round trips
(bridge signal → slot → asyncio future → awaiting task).

``python -m tests.bench.client_gui`` prints one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.bench.harness import Figure, Report, median_run, percentile

N = 100_000
BURST = 1_000


class _Backend:
    def __init__(self, history: list[Any], *, everything: bool = False) -> None:
        self._history = history
        self.everything = everything
        self.reference = "RD-BENCH"

    async def history(self, before_seq: int | None, limit: int = 200) -> list[Any]:
        if self.everything:  # the whole conversation at once: the worst case
            return self._history
        top = (before_seq or len(self._history) + 1) - 1  # seq s is at index s - 1
        return self._history[max(0, top - limit) : top]

    async def messages_after(self, after: int, limit: int = 200) -> list[Any]:
        return []

    async def upload(self, path: Path, *, client_id: str | None = None) -> Any:
        raise NotImplementedError

    async def download(self, attachment_id: str, *, thumbnail: bool = False) -> bytes:
        return b""

    async def transcript(self, fmt: str = "text") -> bytes:
        return b""


async def _timers(seconds: float, work: Any = None) -> tuple[list[float], float]:
    """Lateness samples (ms) of a 16 ms timer and the longest gap (ms) of a 1 ms timer,
    while ``work`` (a coroutine) runs."""
    from PySide6.QtCore import Qt, QTimer

    late: list[float] = []
    gaps: list[float] = [0.0]
    last16 = [time.perf_counter()]
    last1 = [time.perf_counter()]

    def tick16() -> None:
        now = time.perf_counter()
        late.append(max(0.0, (now - last16[0]) * 1000 - 16))
        last16[0] = now

    def tick1() -> None:
        now = time.perf_counter()
        gaps.append((now - last1[0]) * 1000)
        last1[0] = now

    t16, t1 = QTimer(), QTimer()
    for timer, slot, interval in ((t16, tick16, 16), (t1, tick1, 1)):
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        timer.start(interval)
    try:
        if work is not None:
            await work
        await asyncio.sleep(seconds)
    finally:
        t16.stop()
        t1.stop()
    return late, max(gaps)


async def _first_paint(widget: Any, build: Any) -> float:
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not painted and event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    spy = Spy()
    started = time.perf_counter()
    target = build()
    target.installEventFilter(spy)
    widget.show()
    while not painted:
        await asyncio.sleep(0)
    target.removeEventFilter(spy)
    return (painted[0] - started) * 1000


async def p8_child() -> dict[str, float]:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

    from recovery_app.client.api import ApiClient
    from recovery_app.schemas.chat import MessageOut
    from recovery_app.schemas.live import MessageFrame, RequesterAuth
    from ui.context import ClientContext
    from ui.i18n import LanguageManager
    from ui.live_bridge import LiveBridge
    from ui.notifications import Notifier
    from ui.widgets.chat_view import ChatView

    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    history = [
        MessageOut.model_construct(
            seq=s,
            sender="requester" if s % 3 else "agent:1",
            sender_role="requester" if s % 3 else "agent",
            sender_name=None if s % 3 else "Alice",
            kind="text",
            body=f"Message number {s}: " + "words of a reply " * (s % 7),
            at=at,
            attachment=None,
        )
        for s in range(1, N + 1)
    ]

    # baseline: a naive model with every row exposed
    class Naive(QAbstractListModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(history)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return history[index.row()].body
            return None

    base_window = QWidget()
    base_window.resize(600, 700)
    base_list = QListView(base_window)
    QVBoxLayout(base_window).addWidget(base_list)
    base_list.setWordWrap(True)

    def build_base() -> Any:
        base_list.setModel(Naive(base_list))
        base_list.scrollToBottom()
        return base_list.viewport()

    base_paint = await _first_paint(base_window, build_base)
    base_window.close()

    api = ApiClient("http://127.0.0.1:9")
    from PySide6.QtCore import QEvent, QObject

    async def open_chat(everything: bool) -> tuple[float, Any, Any, Any]:
        window = QWidget()
        window.resize(600, 700)
        notifier = Notifier(window)
        notifier.muted = True
        context = ClientContext(api, LanguageManager(), notifier)
        auth = RequesterAuth(case="RD-BENCH", token="x")
        bridge = LiveBridge("http://127.0.0.1:9", auth, window)
        painted: list[float] = []
        started = time.perf_counter()
        backend = _Backend(history, everything=everything)
        view = ChatView(context, bridge, "RD-BENCH", backend, viewer="requester")
        QVBoxLayout(window).addWidget(view)
        expected = N if everything else 200

        class Spy(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                full = view.model.rowCount() and view.model.total() >= expected
                if event.type() == QEvent.Type.Paint and full and not painted:
                    painted.append(time.perf_counter())
                return False

        spy = Spy()
        view.list.viewport().installEventFilter(spy)
        window.show()
        while not painted:
            await asyncio.sleep(0)
        view.list.viewport().removeEventFilter(spy)
        return (painted[0] - started) * 1000, window, view, bridge

    ours_paint, paged_window, paged_view, paged_bridge = await open_chat(False)
    await paged_view.aclose()
    await paged_bridge.aclose()
    paged_window.close()
    all_paint, window, view, bridge = await open_chat(True)
    await asyncio.sleep(0.3)

    idle_late, idle_stall = await _timers(1.0)

    async def burst() -> None:
        for start in range(N + 1, N + BURST + 1, 100):
            for seq in range(start, start + 100):
                bridge.message.emit(
                    MessageFrame(
                        conversation="RD-BENCH",
                        seq=seq,
                        client_id=f"b{seq}",
                        sender="agent:1",
                        kind="text",
                        body=f"Burst message {seq}",
                        at=at,
                    )
                )
            await asyncio.sleep(0)

    busy_late, busy_stall = await _timers(1.0, burst())
    assert view.model.total() == N + BURST, view.model.total()
    await view.aclose()
    await bridge.aclose()
    await api.aclose()
    window.close()
    return {
        "paint_ms": ours_paint,
        "all_paint_ms": all_paint,
        "base_paint_ms": base_paint,
        "late_p99": percentile(busy_late, 99),
        "idle_late_p99": percentile(idle_late, 99),
        "stall_ms": busy_stall,
        "idle_stall_ms": idle_stall,
    }


async def p10_child(count: int = N) -> dict[str, float]:
    from PySide6.QtCore import QObject, Signal

    class Pinger(QObject):
        ping = Signal(object)

    pinger = Pinger()
    loop = asyncio.get_running_loop()
    waiting: list[asyncio.Future[Any]] = []

    def answer(value: object) -> None:
        future = waiting.pop()
        loop.call_soon(future.set_result, value)

    pinger.ping.connect(answer)
    for _ in range(1000):  # warm up caches before counting
        future = loop.create_future()
        waiting.append(future)
        pinger.ping.emit(True)
        await future
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    started = time.perf_counter()
    for n in range(count):
        future = loop.create_future()
        waiting.append(future)
        pinger.ping.emit(n % 2 == 0 or None)
        await future
    seconds = time.perf_counter() - started
    none_after, true_after = sys.getrefcount(None), sys.getrefcount(True)
    return {
        "none_before": none_before,
        "none_after": none_after,
        "true_before": true_before,
        "true_after": true_after,
        "round_trips": count,
        "seconds": seconds,
    }


def _child(which: str) -> int:
    from PySide6.QtWidgets import QApplication

    from ui.event_loop import QtEventLoop

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    work = p8_child if which == "p8" else p10_child
    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        result = runner.run(work())
    print(json.dumps(result), flush=True)
    return 0


def run_child(which: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench.client_gui", which],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    data: dict[str, float] = json.loads(line)
    return data


async def p8(report: Report, runs: int = 3) -> None:
    results = [run_child("p8") for _ in range(runs)]
    paint = median_run(results, "paint_ms")
    late = median_run(results, "late_p99")
    stall = median_run(results, "stall_ms")
    report.add(
        Figure(
            "P8",
            "open 100k-message chat → first paint",
            paint["paint_ms"],
            "ms",
            paint["base_paint_ms"],
            "≤ 100 ms",
            paint["paint_ms"] <= 100,
            notes="newest page of a 100k history; baseline: naive model, all rows in a "
            f"QListView; all 100k handed over at once: {paint['all_paint_ms']:.0f} ms",
        )
    )
    report.add(
        Figure(
            "P8",
            "16 ms timer lateness p99, 1,000-msg burst",
            late["late_p99"],
            "ms",
            late["idle_late_p99"],
            "≤ 16 ms",
            late["late_p99"] <= 16,
            notes="baseline: the same window idle",
        )
    )
    report.add(
        Figure(
            "P8",
            "longest GUI-thread stall during the burst",
            stall["stall_ms"],
            "ms",
            stall["idle_stall_ms"],
            "≤ 50 ms",
            stall["stall_ms"] <= 50,
        )
    )


async def p10(report: Report) -> None:
    result = run_child("p10")
    none_delta = result["none_after"] - result["none_before"]
    true_delta = result["true_after"] - result["true_before"]
    report.add(
        Figure(
            "P10",
            "refcount(None) change after 100k round trips",
            none_delta,
            "",
            result["none_before"],
            "unchanged (|Δ| ≤ 10 of 100k)",
            abs(none_delta) <= 10 and abs(true_delta) <= 10,
            notes=f"True: {result['true_before']:.0f} → {result['true_after']:.0f}; "
            f"{result['round_trips']:.0f} signal+asyncio round trips in "
            f"{result['seconds']:.1f} s",
        )
    )


if __name__ == "__main__":
    raise SystemExit(_child(sys.argv[1]))
