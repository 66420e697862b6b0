"""recovery-app as a person starts it: --self-test, --help, and a wrong server address."""

from __future__ import annotations

import os
import subprocess
import sys

CLIENT = [sys.executable, "-m", "ui"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


def test_self_test_renders_the_main_window_and_exits_0() -> None:
    result = subprocess.run(
        [*CLIENT, "--self-test"], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout


def test_wrong_server_address_is_refused_with_a_sentence() -> None:
    result = subprocess.run(
        [*CLIENT, "--server", "ftp://nowhere"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
    )
    assert result.returncode == 2
    assert "is not a server address" in result.stderr
    assert "Traceback" not in result.stderr
