"""``make screenshots``: every page of every area, in each language and theme, as PNG files.

A real server is started on a temporary SQLite folder (as in ``make demo``),
seeded with ``recovery-server seed-demo``, with relaxed rate limits (every
language and theme opens its own cases for the same demo people). Then, for
every language × theme, each area's walk (``ui/<area>/screens.py``, see
:mod:`ui.screen_env`) drives real windows through its pages, and each page is
saved as ``<out>/<lang>/<theme>/<area>-<page>.png``.

A walk that is missing or fails is reported and skipped; the others still run.
The run ends with a summary and exits 1 when any walk failed or wrote nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email
import email.policy
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.screen_env import ScreenEnv
from ui.server_process import running_server, throwaway_env

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from recovery_app.client.api import ApiClient
    from recovery_app.client.connection import ConnectionMonitor
    from ui.bridge import ConnectionBridge
    from ui.i18n import LanguageManager
    from ui.windows.main_window import MainWindow

LANGUAGES = ("en", "pl", "de", "fr", "ru")
THEMES = ("light", "dark", "contrast")
# area name (the file prefix) → module with ``walk(env)``; "main" is this module's own.
AREAS: dict[str, str] = {
    "main": "ui.screenshots",
    "user": "ui.user.screens",
    "secure": "ui.user.secure_screens",
    "agent": "ui.agent.screens",
    "supervisor": "ui.supervisor.screens",
}
WINDOW_SIZE = (1180, 760)
PAGE_TIMEOUT = 180.0  # seconds a walk may take to reach its next page
CODE_WAIT = 10.0
# Every language and theme opens cases for the same demo people and addresses.
RELAXED_LIMITS = {
    "RECOVERY_CASES_PER_IDENTIFIER_PER_HOUR": "100000",
    "RECOVERY_REQUESTS_PER_ADDRESS_PER_HOUR": "1000000",
    "RECOVERY_CODES_PER_CONTACT_PER_HOUR": "100000",
    "RECOVERY_ASSISTANT_QUESTIONS_PER_HOUR": "100000",
}
_CODE = re.compile(r"(?<![\d-])(\d{6})(?![\d-])")


class SeedError(RuntimeError):
    """``recovery-server seed-demo`` failed; the message holds its output."""


def seed_demo(data_dir: Path, *, echo: bool = False) -> dict[str, Any]:
    """Run ``recovery-server seed-demo`` on ``data_dir`` and return its ``demo.json``.

    ``echo`` prints the command's summary (passwords, secrets, who is who).
    """
    env = throwaway_env(data_dir)
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "recovery_app.server", "seed-demo", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise SeedError(f"seed-demo exited {result.returncode}:\n{result.stderr}{result.stdout}")
    if echo:
        print(result.stdout, end="", flush=True)
    demo: dict[str, Any] = json.loads((data_dir / "demo.json").read_text(encoding="utf-8"))
    return demo


# -- the smoke walk: the main window in each mode ----------------------------------------


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    """Area "main": the main window as it opens in user mode and in agent mode."""
    for mode in ("user", "agent"):
        window = await env.open_window(mode)
        await asyncio.sleep(0.2)  # the notices banner and the last repaint
        yield mode, window


# -- reading codes the server sent -------------------------------------------------------


def _normalized(address: str) -> str:
    from recovery_app.storage.directory import normalize_identifier

    return normalize_identifier(address)[1]


@dataclass
class Sent:
    """One message the server delivered into DATA_DIR/mail or DATA_DIR/sms."""

    key: str
    mtime: float
    channel: str  # "mail" or "sms"
    to: str  # normalized address or phone number
    subject: str  # an SMS has none of its own: "SMS"
    code: str | None  # the first 6-digit number in the text, if any
    text: str = ""  # the plain-text body


def sent_messages(data_dir: Path) -> list[Sent]:
    """Every message in DATA_DIR/mail and DATA_DIR/sms, oldest first. Blocking."""
    found: list[Sent] = []
    for folder in ("mail", "sms"):
        for sub in ("new", "cur"):
            directory = data_dir / folder / sub
            with contextlib.suppress(FileNotFoundError):
                for path in directory.iterdir():
                    try:
                        raw = path.read_bytes()
                        mtime = path.stat().st_mtime
                    except OSError:
                        continue  # moved or still being written
                    message = email.message_from_bytes(raw, policy=email.policy.default)
                    if not message["To"]:
                        continue
                    body = message.get_body(preferencelist=("plain",))
                    text = str(body.get_content()) if body is not None else ""
                    match = _CODE.search(text)
                    found.append(
                        Sent(
                            key=f"{folder}/{path.name}",
                            mtime=mtime,
                            channel=folder,
                            to=_normalized(str(message["To"])),
                            subject=str(message["Subject"] or ""),
                            code=match[1] if match else None,
                            text=text,
                        )
                    )
    return sorted(found, key=lambda sent: (sent.mtime, sent.key))


@dataclass
class CodeReader:
    """``latest_code`` and ``totp_code`` for one run; remembers what it handed out."""

    data_dir: Path
    handed_out: set[str] = field(default_factory=set)
    totp_steps: dict[str, int] = field(default_factory=dict)

    async def latest_code(self, address: str, wait: float = CODE_WAIT) -> str:
        target = _normalized(address)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            sent = [
                m
                for m in await loop.run_in_executor(None, sent_messages, self.data_dir)
                if m.to == target and m.code is not None
            ]
            fresh = [m for m in sent if m.key not in self.handed_out]
            if fresh and fresh[-1].code:
                self.handed_out.add(fresh[-1].key)
                return fresh[-1].code
            if loop.time() > deadline:
                if sent and sent[-1].code:
                    return sent[-1].code
                raise LookupError(f"no code was sent to {address}")
            await asyncio.sleep(0.1)

    async def totp_code(self, secret: str) -> str:
        """A code for a time step no earlier call used; the server accepts now ±1 step."""
        from recovery_app.security import totp

        step = max(totp.current_step(), self.totp_steps.get(secret, 0) + 1)
        # At most one step ahead of now: wait for the time step before it to begin.
        await asyncio.sleep(max(0.0, (step - 1) * totp.STEP_SECONDS - time.time() + 0.05))
        self.totp_steps[secret] = step
        return totp.code_at(secret, step)


# -- windows -----------------------------------------------------------------------------


@dataclass
class _Opened:
    window: MainWindow
    api: ApiClient
    bridge: ConnectionBridge
    monitor: ConnectionMonitor


class WindowFactory:
    """Opens shown main windows on the server; closes them all after each walk."""

    def __init__(
        self, url: str, languages: LanguageManager, size: tuple[int, int] = WINDOW_SIZE
    ) -> None:
        self.url = url
        self.languages = languages
        self.size = size
        self.opened: list[_Opened] = []

    async def open_window(self, mode: str) -> MainWindow:
        from recovery_app.client.api import ApiClient
        from recovery_app.client.connection import ConnectionMonitor, ConnectionState
        from ui.bridge import ConnectionBridge
        from ui.windows.main_window import MainWindow

        api = ApiClient(self.url)
        bridge = ConnectionBridge()
        monitor = ConnectionMonitor(api, bridge.publish)
        window = MainWindow(api, self.languages, mode=mode)
        bridge.statusChanged.connect(window.show_connection)
        window.connection.retryRequested.connect(monitor.check_now)
        window.resize(*self.size)
        self.opened.append(_Opened(window, api, bridge, monitor))
        window.show()
        monitor.start()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 10
        while window.connection.state is not ConnectionState.CONNECTED:
            if loop.time() > deadline:
                break
            await asyncio.sleep(0.05)
        return window

    async def close_all(self) -> None:
        opened, self.opened = self.opened, []
        for item in opened:
            with contextlib.suppress(Exception):
                await item.monitor.stop()
            with contextlib.suppress(Exception):
                await item.window.aclose()
            with contextlib.suppress(Exception):
                await item.api.aclose()
            item.window.close()
            item.window.deleteLater()
        await asyncio.sleep(0)


# -- the run -----------------------------------------------------------------------------


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def not_blank(path: Path) -> bool:
    """True when the PNG has more than one colour (a page, not an empty surface)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull() or image.width() < 50 or image.height() < 50:
        return False
    first = image.pixel(0, 0)
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return any(
        image.pixel(x, y) != first
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    )


def load_walk(area: str, target: str, report: Report) -> Callable[..., Any] | None:
    """The ``walk`` of module ``target`` (or ``module:function``); None when it cannot load."""
    module_name, _, attribute = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            report.skipped.append(f"{area}: {module_name} does not exist yet")
            print(f"warning: {area}: {module_name} does not exist yet; skipped", file=sys.stderr)
            return None
        report.failures.append(f"{area}: importing {module_name} failed: {exc!r}")
        print(f"warning: {area}: importing {module_name} failed: {exc!r}", file=sys.stderr)
        return None
    except Exception as exc:
        report.failures.append(f"{area}: importing {module_name} failed: {exc!r}")
        print(f"warning: {area}: importing {module_name} failed: {exc!r}", file=sys.stderr)
        return None
    walk_fn = getattr(module, attribute or "walk", None)
    if walk_fn is None:
        report.skipped.append(f"{area}: {module_name} has no {attribute or 'walk'}()")
        print(f"warning: {area}: {module_name} has no walk(); skipped", file=sys.stderr)
        return None
    result: Callable[..., Any] = walk_fn
    return result


async def run_walk(
    area: str,
    walk_fn: Callable[[ScreenEnv], AsyncIterator[tuple[str, QWidget]]],
    env: ScreenEnv,
    folder: Path,
    report: Report,
    *,
    numbered: bool = False,
    on_page: Callable[[str, str, Path], None] | None = None,
    only_pages: frozenset[str] | None = None,
) -> list[Path]:
    """Run one walk, saving each page it yields; a failure is reported, never raised.

    ``on_page(area, page, path)`` is called after each page is saved. With
    ``only_pages`` (names like ``"agent-desk"``), only those pages are saved and the
    walk is stopped once the last of this area's has been.
    """
    written: list[Path] = []
    wanted = {name for name in only_pages or () if name.startswith(f"{area}-")}
    label = f"{area} ({env.language}, {env.theme})"
    pages = walk_fn(env)
    try:
        while True:
            try:
                name, widget = await asyncio.wait_for(anext(pages), PAGE_TIMEOUT)
            except StopAsyncIteration:
                break
            await asyncio.sleep(0.05)  # let Qt lay out and paint
            safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "page"
            if only_pages is not None and f"{area}-{safe}" not in wanted:
                continue
            prefix = f"{len(report.written) + 1:02d}-" if numbered else ""
            path = folder / f"{prefix}{area}-{safe}.png"
            if not widget.grab().save(str(path)):
                report.failures.append(f"{label}: could not save {path.name}")
                continue
            written.append(path)
            report.written.append(path)
            if on_page is not None:
                on_page(area, name, path)
            if only_pages is not None:
                wanted.discard(f"{area}-{safe}")
                if not wanted:
                    break
    except Exception as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        report.failures.append(f"{label}: {detail} (after {len(written)} pages)")
        print(f"warning: {label} failed after {len(written)} pages: {detail}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
    finally:
        with contextlib.suppress(Exception):
            await pages.aclose()
    if wanted and not any(f.startswith(label) for f in report.failures):
        report.failures.append(f"{label}: no page named {', '.join(sorted(wanted))}")
    elif not written and not any(f.startswith(label) for f in report.failures):
        report.failures.append(f"{label}: the walk yielded no page")
    return written


async def render_all(
    out: Path,
    server_url: str,
    data_dir: Path,
    demo: dict[str, Any],
    *,
    languages: tuple[str, ...] = LANGUAGES,
    themes: tuple[str, ...] = THEMES,
    areas: dict[str, str] | None = None,
    flat: bool = False,
    on_page: Callable[[str, str, Path], None] | None = None,
    size: tuple[int, int] = WINDOW_SIZE,
    only_pages: frozenset[str] | None = None,
) -> Report:
    """Run every walk per language and theme into ``out/<lang>/<theme>/<area>-<page>.png``.

    ``flat`` (the headless ``make demo``): files go straight into ``out``, numbered
    in the order they were taken (``01-main-user.png``, ``02-user-...``).
    ``on_page(area, page, path)`` is called after each page is saved. ``size`` is
    the main windows' size; ``only_pages`` (``"<area>-<page>"`` names) saves only
    those pages and runs only the areas they belong to.
    """
    from PySide6.QtWidgets import QApplication

    from ui.i18n import LanguageManager
    from ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Closing a walk's windows must not end the Qt loop (shared/ENVIRONMENT.md).
    quit_on_close = app.quitOnLastWindowClosed()
    previous_theme = str(app.property("theme") or "light")
    app.setQuitOnLastWindowClosed(False)
    manager = LanguageManager()
    factory = WindowFactory(server_url, manager, size)
    codes = CodeReader(data_dir)
    report = Report()
    walks = {
        area: fn
        for area, module in (areas or AREAS).items()
        if (only_pages is None or any(page.startswith(f"{area}-") for page in only_pages))
        and (fn := load_walk(area, module, report)) is not None
    }
    try:
        for language in languages:
            manager.set_language(language)
            for theme in themes:
                apply_theme(app, theme)
                folder = out if flat else out / language / theme
                folder.mkdir(parents=True, exist_ok=True)
                for area, walk_fn in walks.items():
                    env = ScreenEnv(
                        url=server_url,
                        data_dir=data_dir,
                        language=language,
                        theme=theme,
                        demo=demo,
                        open_window=factory.open_window,
                        latest_code=codes.latest_code,
                        totp_code=codes.totp_code,
                    )
                    try:
                        await run_walk(
                            area,
                            walk_fn,
                            env,
                            folder,
                            report,
                            numbered=flat,
                            on_page=on_page,
                            only_pages=only_pages,
                        )
                    finally:
                        await factory.close_all()
                print(f"{language}/{theme}: {len(list(folder.glob('*.png')))} files")
    finally:
        await factory.close_all()
        manager.set_language("en")
        app.setQuitOnLastWindowClosed(quit_on_close)
        apply_theme(app, previous_theme)
    return report


@contextlib.contextmanager
def seeded_server(data_dir: Path, *, echo: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Seed ``data_dir`` with the demo platform, then serve it; yields (url, demo)."""
    demo = seed_demo(data_dir, echo=echo)
    with running_server(data_dir, env=RELAXED_LIMITS) as url:
        yield url, demo


def _choices(value: str | None, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    if not value:
        return allowed
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in chosen if part not in allowed]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    return chosen


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text!r}") from None
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"too small: {text!r}")
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--only-lang", metavar="LANG[,LANG]", help=", ".join(LANGUAGES))
    parser.add_argument("--only-theme", metavar="THEME[,THEME]", help=", ".join(THEMES))
    parser.add_argument("--only-area", metavar="AREA[,AREA]", help=", ".join(AREAS))
    parser.add_argument(
        "--only-page",
        metavar="AREA-PAGE[,AREA-PAGE]",
        help="save only these pages (file names without .png, e.g. agent-desk); "
        "each area's walk stops after its last one",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=WINDOW_SIZE,
        help=f"main window size (default {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]})",
    )
    args = parser.parse_args(argv)
    only_pages = (
        frozenset(part.strip() for part in args.only_page.split(",") if part.strip())
        if args.only_page
        else None
    )
    if only_pages is not None:
        unknown = [page for page in only_pages if page.partition("-")[0] not in AREAS]
        if unknown:
            raise SystemExit(f"unknown area in --only-page: {', '.join(unknown)}")
    languages = _choices(args.only_lang, LANGUAGES, "language")
    themes = _choices(args.only_theme, THEMES, "theme")
    areas = {a: AREAS[a] for a in _choices(args.only_area, tuple(AREAS), "area")}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.event_loop import QtEventLoop

    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="recovery-shots-") as data:
        # Language and theme changes must not touch the person's own client settings.
        os.environ["RECOVERY_CLIENT_SETTINGS"] = str(Path(data) / "client.ini")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        data_dir = Path(data) / "server"
        with (
            seeded_server(data_dir) as (url, demo),
            asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner,
        ):
            report = runner.run(
                render_all(
                    out,
                    url,
                    data_dir,
                    demo,
                    languages=languages,
                    themes=themes,
                    areas=areas,
                    size=args.size,
                    only_pages=only_pages,
                )
            )
    return summarize(report, out)


def summarize(report: Report, out: Path) -> int:
    blank = [path for path in report.written if not not_blank(path)]
    print(f"{len(report.written)} screenshots written under {out}")
    for line in report.skipped:
        print(f"  skipped: {line}")
    for path in blank:
        print(f"  blank:   {path}")
    for line in report.failures:
        print(f"  FAILED:  {line}")
    return 1 if report.failures or blank or not report.written else 0


if __name__ == "__main__":
    raise SystemExit(main())
