"""recovery-server as a person runs it: serve, migrate, and clear refusals for wrong set-ups."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

SERVER = [sys.executable, "-m", "recovery_app.server"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, *args], capture_output=True, text=True, timeout=timeout, env=_env()
    )


def test_migrate_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    first = _run("migrate", "--data-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "migrated from empty to" in first.stdout
    second = _run("migrate", "--data-dir", str(tmp_path))
    assert second.returncode == 0
    assert "is up to date" in second.stdout
    assert (tmp_path / "recovery.db").exists()


def test_unsupported_database_url_exits_2_with_a_sentence() -> None:
    result = _run("migrate", "--database-url", "mysql://root:pw@localhost/x")
    assert result.returncode == 2
    assert "not supported" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_exits_2_without_showing_the_password() -> None:
    result = _run("migrate", "--database-url", "postgresql://app:hunter2@127.0.0.1:9/recovery")
    assert result.returncode == 2
    assert "Cannot connect to the database" in result.stderr
    assert "hunter2" not in result.stderr
    assert "Traceback" not in result.stderr


def test_port_in_use_exits_2_and_says_what_to_do(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = _run("serve", "--port", str(port), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert f"Port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "--port" in result.stderr
    assert "Traceback" not in result.stderr


def test_tls_needs_both_files(tmp_path: Path) -> None:
    result = _run("serve", "--tls-cert", str(tmp_path / "c.pem"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "both --tls-cert and --tls-key" in result.stderr


def test_seed_demo_migrates_an_empty_folder_and_runs_once(tmp_path: Path) -> None:
    # What it creates is checked in test_seed_demo.py.
    result = _run("seed-demo", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo.json").exists()
    assert _run("seed-demo", "--data-dir", str(tmp_path)).returncode == 1


def test_serve_migrates_answers_health_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    env = {**_env(), "RECOVERY_DATA_DIR": str(tmp_path)}  # the environment configures it too
    process = subprocess.Popen(
        [*SERVER, "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"ready on (http://\S+)", line)
        assert match, line
        url = match.group(1)
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(f"{url}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server never answered"
                time.sleep(0.1)
        assert response.status_code == 200
        assert response.json()["status"] == "ok"
        assert (tmp_path / "recovery.db").exists()
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(15)
    # uvicorn re-raises the signal after a graceful shutdown, as services should.
    assert code in (0, -signal.SIGTERM)
    assert process.stderr is not None
    log = process.stderr.read()
    assert "Application shutdown complete" in log
    assert "Traceback" not in log
