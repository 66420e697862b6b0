"""Agent desk under load: 50 open chats and a queue of 10,000 waiting cases.

The parent seeds the database (one agent with 50 chats, 10,000 queued cases), starts
the server, and runs a child process (offscreen Qt on the qasync loop) that:

1. baseline: measures the lateness of a 16 ms ``QTimer`` with an idle main window;
2. opens the agent desk (50 chat tabs, the queue refreshing every 250 ms instead of
   every 5 s) and, while the parent's 50 requesters each send 2 messages a second,
   measures the same timer lateness and the longest gap between ticks (a GUI stall);
3. times ``QueueModel`` refreshes: the server's first 200 rows, and 10,000 rows.

Child: ``python -m tests.bench.client_agent child <url> <token> <seconds>`` prints
``ready`` when the 50 tabs are open, then one JSON line ``result {...}``.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests.bench.harness import Figure, Report, percentile

CHATS, QUEUED, SECONDS, TICK_MS = 50, 10_000, 8.0, 16


async def _lateness(seconds: float) -> list[float]:
    """Lateness (ms) of each tick of a 16 ms repeating QTimer for ``seconds``."""
    from PySide6.QtCore import Qt, QTimer

    samples: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        samples.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    await asyncio.sleep(seconds)
    timer.stop()
    return samples


def _child(url: str, token: str, seconds: float) -> int:
    from PySide6.QtWidgets import QApplication

    from recovery_app.client.agent import AgentApi
    from recovery_app.client.api import ApiClient
    from ui.agent.desk import AgentDesk
    from ui.event_loop import QtEventLoop
    from ui.i18n import LanguageManager
    from ui.models.queue_model import QueueModel, QueueRow
    from ui.theme import apply_theme
    from ui.windows.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)

    async def run() -> dict[str, Any]:
        languages = LanguageManager()
        languages.set_language("en")
        apply_theme(app, "light")
        api = ApiClient(url)
        window = MainWindow(api, languages)
        window.resize(1280, 800)
        window.show()
        await asyncio.sleep(0.5)
        idle = await _lateness(seconds)

        agent_api = AgentApi(api, token)
        desk = AgentDesk(window.context, agent_api, "Agent 0", queue_poll_ms=250)
        window.pages.addWidget(desk)
        window.pages.setCurrentWidget(desk)
        opened = time.perf_counter()
        await desk.start()
        while desk.tabs.count() < CHATS:
            await asyncio.sleep(0.05)
        while desk.queue.model.rowCount() == 0:
            await asyncio.sleep(0.05)
        open_seconds = time.perf_counter() - opened
        await asyncio.sleep(1.0)
        received = [0]
        desk.bridge.message.connect(lambda _frame: received.__setitem__(0, received[0] + 1))
        print("ready", flush=True)
        busy = await _lateness(seconds)

        snapshot = desk.queue._snapshot  # the desk's own last refresh
        assert snapshot is not None
        model: QueueModel = desk.queue.model
        view = desk.queue.table.viewport()
        small = []
        for _ in range(20):
            started = time.perf_counter()
            model.set_snapshot(snapshot)
            view.repaint()  # paint now, synchronously (no nested event loop)
            small.append((time.perf_counter() - started) * 1000)
        base = time.time()
        big_rows = [
            QueueRow(n + 1, "free", "hacked", "en", False, base - 60 - n, 86400.0)
            for n in range(QUEUED)
        ]
        big = []
        for n in range(10):
            started = time.perf_counter()
            model.set_rows(big_rows if n % 2 else big_rows[:-1])  # alternate: reset each time
            view.repaint()  # paint now, synchronously (no nested event loop)
            big.append((time.perf_counter() - started) * 1000)
        tick = []
        for _ in range(10):
            started = time.perf_counter()
            model.tick()
            view.repaint()  # paint now, synchronously (no nested event loop)
            tick.append((time.perf_counter() - started) * 1000)
        result = {
            "idle": idle,
            "busy": busy,
            "open_seconds": open_seconds,
            "messages": received[0],
            "tabs": desk.tabs.count(),
            "queue_total": snapshot.counts.total,
            "refresh_200_ms": statistics.median(small),
            "refresh_10000_ms": statistics.median(big),
            "tick_10000_ms": statistics.median(tick),
        }
        await desk.aclose()
        await window.aclose()
        await api.aclose()
        return result

    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        result = runner.run(run())
    print("result " + json.dumps(result), flush=True)
    return 0


async def _requesters(url: str, cases: list[tuple[str, str]], seconds: float) -> int:
    """Each requester sends 2 messages a second for ``seconds``; returns how many."""
    from tests.bench.live_scenarios import connect_requester, send_frame

    sockets = [await connect_requester(url, ref, token) for ref, token in cases]
    sent = 0

    async def drain(ws: Any) -> None:
        try:
            async for _ in ws:
                pass
        except Exception:
            return

    readers = [asyncio.create_task(drain(ws)) for ws in sockets]
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for (ref, _), ws in zip(cases, sockets, strict=True):
            _, frame = send_frame(ref, f"message {sent} from the requester of {ref}")
            await ws.send(frame)
            sent += 1
        await asyncio.sleep(0.5)
    for ws in sockets:
        await ws.close()
    for reader in readers:
        reader.cancel()
    return sent


def _stats(samples: list[float]) -> tuple[float, float]:
    return percentile(samples, 99), max(samples, default=0.0)


async def agent_desk(report: Report, work: Path) -> dict[str, Any]:
    from tests.bench.platform import ServerProcess, seed

    seeded = await seed(
        work / "agent-desk",
        agents_count=1,
        cases_in_chat=CHATS,
        cases_queued=QUEUED,
        max_chats=CHATS,
    )
    server = ServerProcess(work / "agent-desk")
    url = server.start()
    if server.process is not None and server.process.stdout is not None:
        # Keep the server's output pipe drained: a full pipe would stall the server.
        pipe = server.process.stdout
        threading.Thread(target=lambda: [None for _ in pipe], daemon=True).start()
    token = next(iter(seeded.agent_tokens.values()))
    chats = [(ref, tok) for ref, tok, agent in seeded.cases if agent is not None]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.bench.client_agent",
        "child",
        url,
        token,
        str(SECONDS),
        stdout=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    result: dict[str, Any] = {}
    sent = 0
    try:
        while True:
            line = (await asyncio.wait_for(child.stdout.readline(), 300)).decode()
            if not line:
                break
            if line.startswith("ready"):
                sent = await _requesters(url, chats, SECONDS)
            elif line.startswith("result "):
                result = json.loads(line[len("result ") :])
                break
        await child.wait()
    finally:
        if child.returncode is None:
            child.kill()
        server.kill()
    idle_p99, idle_max = _stats(result["idle"])
    busy_p99, busy_max = _stats(result["busy"])
    notes = (
        f"{result['tabs']} tabs, queue {result['queue_total']}, {sent} messages sent, "
        f"{result['messages']} received; desk open {result['open_seconds']:.2f} s"
    )
    report.add(
        Figure(
            "A1",
            "agent desk: 16 ms timer lateness p99",
            busy_p99,
            "ms",
            idle_p99,
            "≤ 16 ms p99",
            busy_p99 <= 16.0,
            notes=notes,
        )
    )
    report.add(
        Figure(
            "A2",
            "agent desk: longest GUI stall",
            busy_max,
            "ms",
            idle_max,
            "no stall over 50 ms",
            busy_max <= 50.0,
        )
    )
    report.add(
        Figure(
            "A3",
            "queue model refresh, 200 rows",
            result["refresh_200_ms"],
            "ms",
            None,
            "≤ 16 ms",
            result["refresh_200_ms"] <= 16.0,
        )
    )
    report.add(
        Figure(
            "A4",
            "queue model refresh, 10,000 rows",
            result["refresh_10000_ms"],
            "ms",
            None,
            "≤ 50 ms",
            result["refresh_10000_ms"] <= 50.0,
            notes=f"clock tick over 10,000 rows {result['tick_10000_ms']:.2f} ms",
        )
    )
    return result


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "child":
        raise SystemExit(_child(sys.argv[2], sys.argv[3], float(sys.argv[4])))
    print(__doc__)


async def agent_desk_scenario(report: Report, work: Path) -> None:
    """The entry ``python -m tests.bench AGENT`` runs."""
    await agent_desk(report, work)
