"""P7: client cold start — process start → first painted main window, and idle RSS.

The parent starts a child Python process and times until the child reports its first
paint event; the baseline child shows a bare PySide6 window the same way. Both run on
the offscreen platform so that the figure does not depend on a display server.

Child: ``python -m tests.bench.client_start ours|bare`` prints ``painted`` on the
first paint, then ``rss <KiB>`` after a second idle, and exits.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from typing import Any

from tests.bench.harness import Figure, Report, ms


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _child(kind: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        done = False
        quit_after = True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                print("painted", flush=True)
                if self.quit_after:
                    QTimer.singleShot(1000, self.finish)
            return False

        def finish(self) -> None:
            print(f"rss {_rss_kib()}", flush=True)
            app.quit()

    spy = FirstPaint()
    keep: list[Any] = []
    if kind == "bare":
        window = QLabel("Recovery Desk")
        window.resize(1000, 700)
        window.installEventFilter(spy)
        window.show()
        keep.append(window)
        return app.exec()

    from recovery_app.client.api import ApiClient
    from ui.event_loop import QtEventLoop
    from ui.i18n import LanguageManager
    from ui.theme import apply_theme
    from ui.windows.main_window import MainWindow

    async def run() -> None:
        languages = LanguageManager()
        languages.set_language("en")
        apply_theme(app, "light")
        api = ApiClient("http://127.0.0.1:9")
        window = MainWindow(api, languages)
        window.installEventFilter(spy)
        window.show()
        while not spy.done:
            await asyncio.sleep(0.005)
        await asyncio.sleep(1.0)
        print(f"rss {_rss_kib()}", flush=True)
        await window.aclose()
        await api.aclose()

    spy.quit_after = False
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        runner.run(run())
    return 0


def start_once(kind: str) -> tuple[float, int]:
    """(seconds from spawn to first paint, idle RSS in KiB) of one child."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.client_start", kind],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    painted = float("nan")
    rss = 0
    for line in child.stdout:
        if line.startswith("painted") and painted != painted:
            painted = time.perf_counter() - started
        elif line.startswith("rss"):
            rss = int(line.split()[1])
            break
    child.kill()
    child.wait()
    return painted, rss


async def p7(report: Report, runs: int = 5) -> None:
    start_once("ours")  # warm the file cache (both children import PySide6)
    ours, bare = [], []
    for _ in range(runs):
        bare.append(start_once("bare"))
        ours.append(start_once("ours"))
    ours.sort()
    bare.sort()
    (t_ours, _), (t_bare, rss_bare) = ours[len(ours) // 2], bare[len(bare) // 2]
    report.add(
        Figure(
            "P7",
            "cold start → first painted main window",
            ms(t_ours),
            "ms",
            ms(t_bare),
            "≤ 2× bare window and ≤ 1 s",
            t_ours <= 2 * t_bare and t_ours <= 1.0,
            notes=f"median of {runs}; offscreen platform",
        )
    )
    rss = max(r for _, r in ours) / 1024
    report.add(
        Figure(
            "P7",
            "idle RSS of the client after first paint",
            rss,
            "MiB",
            rss_bare / 1024,
            "≤ 150 MiB",
            rss <= 150,
            notes="largest of the runs; baseline: bare PySide6 window",
        )
    )


if __name__ == "__main__":
    raise SystemExit(_child(sys.argv[1]))
