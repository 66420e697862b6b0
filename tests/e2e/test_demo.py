"""`make demo` without a display: seeded server, every step offscreen as numbered PNG files,
each announced as "step n of N: what it shows", without Qt's offscreen noise."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.demo import STEPS
from ui.screenshots import not_blank


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_headless_demo_seeds_writes_step_screenshots_and_cleans_up(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env = {k: v for k, v in env.items() if not k.startswith("RECOVERY_")}
    env["RECOVERY_CLIENT_SETTINGS"] = str(tmp_path / "client.ini")
    result = subprocess.run(
        [sys.executable, "-m", "ui.demo"],
        cwd=tmp_path,  # the screenshots land in ./screenshots/demo
        capture_output=True,
        text=True,
        timeout=540,
        env=env,
    )
    out = result.stdout
    assert "Server:  http://127.0.0.1:" in out, out + result.stderr
    # The seed summary: agents with their password and TOTP secret.
    assert re.search(r"maria\s+Maria Nowak \(agent\)\s+password \S+", out)
    assert re.search(r"sam\s+Sam Okafor \(supervisor\)", out)
    folder = tmp_path / "screenshots" / "demo"
    assert f"Look at: {folder}" in out
    # The demo's own steps (the main window in each mode) always exist, numbered in order.
    shots = sorted(folder.glob("*.png"))
    names = [path.name for path in shots]
    assert names[:2] == ["01-main-user.png", "02-main-agent.png"], names
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= (640 if "-main-" in path.name else 200), path.name  # dialogs
        assert not_blank(path), f"{path.name} is blank"
        assert path.name in out
    assert f"{len(shots)} screenshots written under {folder}" in out
    # Each step was announced as it was taken: which of how many, and what it shows.
    steps = re.findall(r"^  step (\d+) of (\d+): (.+)  \((\S+\.png)\)$", out, re.M)
    assert [name for *_, name in steps] == names
    assert [int(n) for n, *_ in steps] == list(range(1, len(shots) + 1))
    undescribed = [name for name in names if name[3:-4] not in STEPS]
    assert undescribed == [], f"describe these steps in ui.demo.STEPS: {undescribed}"
    if "FAILED:" not in out:  # every walk got through: the count announced was right
        assert {total for _, total, *_ in steps} == {str(len(shots))}
        assert len(shots) == len(STEPS)
    assert "This plugin does not support" not in out + result.stderr  # Qt's offscreen noise
    # Exit 0 only when every area's walk that exists got through.
    assert result.returncode == (1 if "FAILED:" in out else 0), out + result.stderr
    data_dir = out.split("logs in ")[1].split(")")[0]
    assert not Path(data_dir).exists(), "the temporary data folder was left behind"
