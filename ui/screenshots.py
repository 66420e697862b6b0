"""``make screenshots``: every main screen in each language and theme, as PNG files.

A real server is started (as in ``make demo``) so the windows show what a
person sees when connected. Files are named ``<screen>-<lang>-<theme>.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

from ui.server_process import running_server


async def render_all(out: Path, server_url: str) -> list[Path]:
    from recovery_app.client.api import ApiClient
    from recovery_app.client.connection import ConnectionMonitor, ConnectionState
    from ui.bridge import ConnectionBridge
    from ui.i18n import LANGUAGES, LanguageManager
    from ui.theme import THEMES
    from ui.windows.main_window import MODES, MainWindow

    languages = LanguageManager()
    api = ApiClient(server_url)
    bridge = ConnectionBridge()
    monitor = ConnectionMonitor(api, bridge.publish)
    window = MainWindow(api, languages)
    bridge.statusChanged.connect(window.show_connection)
    window.show()
    monitor.start()
    written: list[Path] = []
    try:
        for _ in range(200):
            if window.connection.state is ConnectionState.CONNECTED:
                break
            await asyncio.sleep(0.05)
        for theme in THEMES:
            window.set_theme(theme)
            for code in LANGUAGES:
                languages.set_language(code)
                for mode in MODES:
                    window.set_mode(mode)
                    await asyncio.sleep(0.05)  # let Qt lay out and paint
                    path = out / f"main-{mode}-{code}-{theme}.png"
                    window.grab().save(str(path))
                    written.append(path)
    finally:
        window.close()
        await monitor.stop()
        await window.aclose()
        await api.aclose()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.event_loop import QtEventLoop

    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with (
        tempfile.TemporaryDirectory(prefix="recovery-shots-") as data,
        running_server(Path(data)) as url,
        asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner,
    ):
        written = runner.run(render_all(args.out, url))
    print(f"{len(written)} screenshots written to {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
