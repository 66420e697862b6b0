"""Memory of a process and its children, read from /proc (Linux), sampled in a thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path


def _status_kib(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except (OSError, ValueError):  # the process just ended
        return 0
    return 0


def rss_kib(pid: int) -> int:
    """Resident memory now."""
    return _status_kib(pid, "VmRSS")


def peak_rss_kib(pid: int) -> int:
    """The highest resident memory the process ever had (VmHWM)."""
    return _status_kib(pid, "VmHWM")


def children(pid: int) -> list[int]:
    """Direct child processes, whichever thread started them."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def is_worker(pid: int) -> bool:
    """A multiprocessing worker (not its resource tracker)."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def tree_rss_kib(pid: int) -> int:
    """Resident memory of the process plus its children now."""
    return rss_kib(pid) + sum(rss_kib(child) for child in children(pid))


class PeakSampler:
    """Samples a process's and its children's RSS every few ms until stopped."""

    def __init__(self, pid: int, interval: float = 0.005) -> None:
        self.pid, self.interval = pid, interval
        self.peak_process = 0  # KiB, the process alone
        self.peak_children = 0  # KiB, all children together
        self.peak_child_count = 0  # multiprocessing workers at once (not the tracker)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            kids = children(self.pid)
            self.peak_process = max(self.peak_process, rss_kib(self.pid))
            self.peak_children = max(self.peak_children, sum(rss_kib(kid) for kid in kids))
            workers = sum(1 for kid in kids if is_worker(kid))
            self.peak_child_count = max(self.peak_child_count, workers)
            time.sleep(self.interval)

    @property
    def peak_total(self) -> int:
        return self.peak_process + self.peak_children

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
