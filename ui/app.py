"""``recovery-app``: the desktop client's entry point (QApplication on a qasync loop).

Follows shared/ENVIRONMENT.md: the app does not quit when the last window
closes; ``lastWindowClosed`` sets an asyncio event and ``main`` returns, so
qasync never sees its loop stopped under a pending future.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from recovery_app import __version__
from recovery_app.client.api import ApiClient, normalize_base_url
from recovery_app.client.connection import ConnectionMonitor, ConnectionState
from recovery_app.log_format import RedactingFilter, TextFormatter

DEFAULT_SERVER = "http://127.0.0.1:8000"
log = logging.getLogger("ui")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recovery-app", description="Recovery Desk client.")
    parser.add_argument(
        "--server",
        default=os.environ.get("RECOVERY_SERVER_URL", DEFAULT_SERVER),
        help=f"server address (default: $RECOVERY_SERVER_URL or {DEFAULT_SERVER})",
    )
    parser.add_argument(
        "--mode",
        choices=("user", "agent"),
        default="user",
        help="user: get help with an account (default); agent: sign in to the support desk",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "pl", "de", "fr", "ru"),
        default=None,
        help="default: the language chosen last time, else the system's",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark", "contrast"),
        default=None,
        help="default: the theme chosen last time, else light",
    )
    parser.add_argument(
        "--position",
        choices=("left", "right"),
        help="fill the left or right half of the screen (make demo opens two windows)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, check the main window, its icon and a chart render, "
        "exit 0 on success",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="once connected (or after 20 s), save the main window as PNG and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    try:
        args.server = normalize_base_url(args.server)
    except ValueError as exc:
        parser.error(str(exc))
    if args.screenshot is not None:
        args.screenshot = args.screenshot.absolute()
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    return args


def configure_client_logging() -> Path | None:
    """Log to a file in the user's log folder, redacted; returns its path."""
    try:
        folder = platformdirs.user_log_path("recovery-desk", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "client.log"
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path, handler = None, logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(TextFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its lines hold full URLs
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test or (args.screenshot and not _has_display()):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from ui.errors_dialog import install_excepthook
    from ui.event_loop import QtEventLoop

    log_path = configure_client_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Recovery Desk")
    app.setApplicationVersion(__version__)
    # The .deb's menu entry (recovery-desk-client.desktop): Wayland task bars find the
    # icon and name through it.
    app.setDesktopFileName("recovery-desk-client")
    app.setWindowIcon(app_icon())
    install_excepthook(str(log_path) if log_path else None)
    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        return runner.run(run_client(app, args, str(log_path) if log_path else None))


def app_icon() -> object:
    """The application icon (resources/icons/recovery-desk.svg; the .deb installs it too)."""
    from PySide6.QtGui import QIcon

    from ui.paths import ICONS

    return QIcon(str(ICONS / "recovery-desk.svg"))


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


async def run_client(app: object, args: argparse.Namespace, log_path: str | None) -> int:
    """Build the window and live until it is closed (or the self-test/screenshot is done)."""
    from PySide6.QtWidgets import QApplication

    from ui.bridge import ConnectionBridge
    from ui.errors_dialog import asyncio_exception_handler
    from ui.gc_guard import GuiThreadGarbageCollector
    from ui.i18n import LanguageManager, system_language
    from ui.preferences import saved_language, saved_theme
    from ui.theme import apply_theme
    from ui.windows.main_window import MainWindow

    assert isinstance(app, QApplication)
    asyncio.get_running_loop().set_exception_handler(asyncio_exception_handler(log_path))
    # Qt must not quit by itself (qasync raises "Event loop stopped before Future
    # completed"): the last window closing ends this coroutine instead.
    app.setQuitOnLastWindowClosed(False)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    collector = GuiThreadGarbageCollector(app)
    collector.start()

    languages = LanguageManager()
    languages.set_language(args.lang or saved_language() or system_language())
    apply_theme(app, args.theme or saved_theme() or "light")

    api = ApiClient(args.server)
    bridge = ConnectionBridge()
    monitor = ConnectionMonitor(api, bridge.publish)
    window = MainWindow(api, languages, mode=args.mode)
    bridge.statusChanged.connect(window.show_connection)
    window.connection.retryRequested.connect(monitor.check_now)
    if args.position:
        place_on_half(app, window, args.position)
    window.show()
    monitor.start()
    try:
        if args.self_test:
            return await self_test(window)
        if args.screenshot:
            return await screenshot_when_connected(window, args.screenshot)
        await closed.wait()
        return 0
    finally:
        app.lastWindowClosed.disconnect(closed.set)
        await monitor.stop()
        await window.aclose()
        await api.aclose()
        collector.stop()


def place_on_half(app: object, window: object, side: str) -> None:
    """Give ``window`` the left or right half of the primary screen's free area."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(app, QApplication)
    assert isinstance(window, QWidget)
    screen = app.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = area.width() // 2
    window.resize(max(width - 16, 640), max(area.height() - 48, 480))  # room for the frame
    window.move(area.x() + (width if side == "right" else 0), area.y())


async def self_test(window: object) -> int:
    """Check the main window paints, in every language; print the verdict."""
    from ui.i18n import LANGUAGES
    from ui.windows.main_window import MainWindow

    assert isinstance(window, MainWindow)
    failures = []
    # The SVG icon needs Qt's SVG icon-engine plugin, which the bundle must carry.
    if window.windowIcon().pixmap(16, 16).isNull():
        failures.append("the window icon did not load (SVG icon engine missing?)")
    for code in LANGUAGES:
        if not window.languages.set_language(code):
            failures.append(f"translation {code} missing")
        # Yield to the Qt loop (never processEvents() inside a task: ENVIRONMENT.md).
        await asyncio.sleep(0.05)
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100 or image.height() < 100:
            failures.append(f"main window did not render in {code}")
    failures += _chart_failures()
    window.close()
    if failures:
        print("self-test FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(f"self-test ok: Recovery Desk {__version__} renders its main window, icon and a chart")
    return 0


def _chart_failures() -> list[str]:
    """Draw one supervisor chart: pyqtgraph and numpy must work in the bundle too."""
    try:
        from ui.supervisor.charts import BarChart
    except ImportError as exc:
        return [f"the supervisor charts cannot be imported: {exc}"]
    chart = BarChart()
    try:
        chart.resize(320, 240)
        chart.set_bars(["a", "b"], [("self-test", [1.0, 2.0])])
        image = chart.grab().toImage()
        return [] if not image.isNull() and image.width() >= 100 else ["a chart did not render"]
    finally:
        chart.deleteLater()


async def screenshot_when_connected(window: object, path: Path, wait: float = 20.0) -> int:
    """Save the window as PNG once it shows "connected" (or after ``wait`` seconds)."""
    from ui.windows.main_window import MainWindow

    assert isinstance(window, MainWindow)
    connected = asyncio.Event()
    if window.connection.state is ConnectionState.CONNECTED:
        connected.set()
    window.connection.stateChanged.connect(
        lambda state: connected.set() if state == ConnectionState.CONNECTED.value else None
    )
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(connected.wait(), wait)
    await asyncio.sleep(0.3)  # let the notices and the last repaint land
    window.grab().save(str(path))
    print(f"screenshot of the client ({window.connection.state.value}) written to {path}")
    window.close()
    return 0 if connected.is_set() else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
