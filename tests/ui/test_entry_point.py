"""recovery-app as a person starts it: --self-test, --help, a wrong server address, its icon."""

from __future__ import annotations

import os
import subprocess
import sys

CLIENT = [sys.executable, "-m", "ui"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


def test_self_test_renders_the_main_window_icon_and_a_chart_and_exits_0() -> None:
    result = subprocess.run(
        [*CLIENT, "--self-test"], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "renders its main window, icon and a chart" in result.stdout


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


def test_app_icon_renders_at_menu_and_title_bar_sizes(qapp: object) -> None:
    from ui.app import app_icon

    icon = app_icon()

    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()  # type: ignore[attr-defined]
        assert image.width() == size
        # Not blank: the shield's blue is in the middle of the picture.
        assert image.pixelColor(size // 2, size // 3).blue() > 150
