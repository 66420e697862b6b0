"""A Recovery Desk server as a child process, for ``make demo`` and ``make screenshots``."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx

_READY = re.compile(r"ready on (?P<url>https?://\S+)")


class ServerStartError(RuntimeError):
    """The server did not come up; the message holds its last output lines."""


def throwaway_env(data_dir: Path) -> dict[str, str]:
    """The environment for a server (or ``seed-demo``) on a throwaway folder: its own
    SQLite file, and the audit head kept *inside* the folder. A real installation keeps
    the head outside the database folder (``<data>-audit-head``); a demo or screenshot
    run must leave nothing behind when its folder is removed."""
    env = {k: v for k, v in os.environ.items() if k != "RECOVERY_DATABASE_URL"}
    env["RECOVERY_AUDIT_HEAD_DIR"] = str(data_dir / "audit-head")
    return env


@contextlib.contextmanager
def running_server(
    data_dir: Path,
    *,
    timeout: float = 30.0,
    env: Mapping[str, str] | None = None,
    start_new_session: bool = False,
    preexec_fn: Callable[[], None] | None = None,
) -> Iterator[str]:
    """Start ``recovery-server serve`` on a free port in ``data_dir``; yield its URL.

    ``env`` adds ``RECOVERY_*`` settings for this server (e.g. relaxed rate limits).
    ``start_new_session`` and ``preexec_fn`` are passed to :class:`subprocess.Popen`
    (``make demo``: out of the terminal's Ctrl+C, and ending when the demo ends).

    The server's log goes to ``data_dir/server.log``. It is stopped (SIGTERM,
    then SIGKILL after 10 s) when the block ends, whatever happens inside it.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "server.log"
    child_env = {**throwaway_env(data_dir), "RECOVERY_LOG_FORMAT": "text", **(env or {})}
    with log_path.open("w", encoding="utf-8") as log_file:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [
                sys.executable,
                "-m",
                "recovery_app.server",
                "serve",
                "--port",
                "0",
                "--data-dir",
                str(data_dir),
            ],
            stdout=subprocess.PIPE,
            stderr=log_file,
            text=True,
            env=child_env,
            start_new_session=start_new_session,
            preexec_fn=preexec_fn,  # ui/demo_lifetime.py: one prctl call, nothing else
        )
        try:
            url = _wait_ready(process, log_path, timeout)
            yield url
        finally:
            _stop(process)
            if start_new_session:  # whatever it started is in its group: end that too
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGKILL)


def _wait_ready(process: subprocess.Popen[str], log_path: Path, timeout: float) -> str:
    found: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            match = _READY.search(line)
            if match and not found:
                found.append(match["url"])

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartError(_tail(log_path) or f"server exited with {process.returncode}")
        if found:
            try:
                if httpx.get(f"{found[0]}/api/v1/health", timeout=2).status_code == 200:
                    return found[0]
            except httpx.HTTPError:
                pass
        time.sleep(0.1)
    _stop(process)
    raise ServerStartError(f"server not ready after {timeout:.0f} s\n{_tail(log_path)}")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8").splitlines()[-lines:])
    except OSError:
        return ""
