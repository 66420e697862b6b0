"""`make demo` without a display: a real server, the client connected to it, a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_demo_starts_server_and_connected_client_and_cleans_up(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env = {k: v for k, v in env.items() if not k.startswith("RECOVERY_")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.demo"],
        cwd=tmp_path,  # the screenshot lands in ./screenshots/demo
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Server:  http://127.0.0.1:" in result.stdout
    assert "screenshot of the client (connected)" in result.stdout
    shot = tmp_path / "screenshots" / "demo" / "main-window.png"
    assert f"Look at: {shot}" in result.stdout
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 640
    data_dir = result.stdout.split("logs in ")[1].split(")")[0]
    assert not Path(data_dir).exists(), "the temporary data folder was left behind"
