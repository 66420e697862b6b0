"""Python's cyclic garbage collector runs on the GUI thread only.

A collection runs in whichever thread happens to allocate: an executor thread
making a thumbnail, aiosqlite's worker, argon2 hashing. If it frees a Qt object
there (the widgets of a closed chat, with their timers), Qt complains "Timers
cannot be stopped from another thread" at best and crashes at worst. So the
automatic collector is switched off and this timer does its work on the GUI
thread, generation by generation, with Python's own thresholds (the same
approach as qutebrowser's ``GarbageCollector``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadGarbageCollector(QObject):
    """Collects when Python would have, but only ever from the thread that owns it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def check(self) -> None:
        """Run the generations whose allocation counts passed Python's thresholds."""
        counts = gc.get_count()
        generation = -1
        for level, (count, limit) in enumerate(zip(counts, self.threshold, strict=True)):
            if limit and count > limit:
                generation = level
        if generation >= 0:
            gc.collect(generation)
