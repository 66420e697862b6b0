"""Build Recovery Desk for Linux: build → verify → smoke test → pack → test the package.

Runs PyInstaller on the committed ``recovery-app.spec`` (a one-folder build of the
client only) and ``recovery-server.spec`` (the server), checks the client folder holds
the executable and its resources and none of the server's modules, starts the built
client with ``--self-test`` and the built server with ``migrate`` and ``serve`` (then
``GET /api/v1/health``), packs both into a ``.tar.gz`` and the client into a ``.deb``
(desktop entry, icon, man page made from the built program's ``--help``), unpacks the
``.deb`` with ``dpkg -x`` into a scratch root and runs the installed client's
``--self-test`` from there, and prints the sizes. Follows qutebrowser's
``scripts/dev/build_release.py``. Usage::

    python build_installer.py [--dist DIR] [--skip-deb] [--skip-server] [--keep-build]

Exits non-zero with a one-line message on the first failure.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import os
import posixpath
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "recovery-app.spec"
SERVER_SPEC = ROOT / "recovery-server.spec"
APP_NAME = "recovery-app"  # the executable and the folder PyInstaller builds
SERVER_NAME = "recovery-server"
PACKAGE = "recovery-desk-client"  # the .deb (client only)
BUNDLE = "recovery-desk"  # the .tar.gz (client and server)
INSTALL_DIR = "/opt/recovery-desk"
ICON_NAME = "recovery-desk"  # Icon= in the desktop entry; the hicolor theme's file name
ICON = ROOT / "resources" / "icons" / f"{ICON_NAME}.svg"
LANGUAGES = ("en", "pl", "de", "fr", "ru")
SMOKE_TIMEOUT = 60.0

# The server and its dependencies: the client never imports them, and the bundle must
# not carry them (size, and no database or web-server code on agents' desktops).
SERVER_MODULES: tuple[str, ...] = (
    "recovery_app.server",
    "recovery_app.storage",
    "recovery_app.services",
    "recovery_app.delivery",
    "recovery_app.security.passwords",
    "recovery_app.security.totp",
    "recovery_app.security.crypto",
    "recovery_app.security.keys",
    "fastapi",
    "uvicorn",
    "starlette",
    "sqlalchemy",
    "alembic",
    "mako",
    "aiosqlite",
    "asyncpg",
    "redis",
    "aiosmtplib",
    "argon2",
    "_argon2_cffi_bindings",
    "pyotp",
    "uvloop",
    "websockets",
    "multipart",
    "python_multipart",
    "pydantic_settings",
    "dotenv",
    "fpdf",
)
# Development tools inside ``ui``: they drive a real server through the screens for
# ``make demo`` and ``make screenshots`` and run from the development environment only.
DEV_TOOL_MODULES: tuple[str, ...] = (
    "ui.demo",
    "ui.demo_lifetime",
    "ui.screenshots",
    "ui.readme_images",
    "ui.screen_driver",
    "ui.screen_env",
    "ui.server_process",
    "ui.i18n_build",
    "ui.user.screens",
    "ui.user.secure_screens",
    "ui.agent.screens",
    "ui.agent.case_screens",
    "ui.supervisor.screens",
)
# Tools the client never runs. httpx imports its optional command-line client (click, rich,
# pygments, markdown_it) when present, and pygments in turn pulls in Pillow: about 25 MB.
TOOL_MODULES: tuple[str, ...] = (
    "click",
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    "pytest",
    "_pytest",
    "hypothesis",
    "schemathesis",
    "aiosmtpd",
    "mypy",
    "PyInstaller",
    "setuptools",
    "tkinter",
)
# Pulled in through numpy by code the client never runs (the server keeps what it likes):
# numpy.show_config() prints YAML when PyYAML is there (JSON otherwise), 2.6 MB; numpy.f2py
# (the Fortran wrapper generator) imports charset_normalizer, 0.5 MB.
UNUSED_BY_CLIENT: tuple[str, ...] = ("yaml", "_yaml", "numpy.f2py", "charset_normalizer")
# The only Qt modules the client uses; every other PySide6 module is excluded. pyqtgraph
# (the supervisors' charts) imports QtOpenGL and QtOpenGLWidgets whatever it draws with
# (pyqtgraph/Qt/OpenGLHelpers.py, from PlotCurveItem and GraphicsView): without them the
# dashboard cannot open. --self-test draws a chart to prove it.
QT_MODULES_KEPT = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets"}
)

# Qt plugins the client never loads (paths under PySide6/Qt/plugins/). The GTK3 platform
# theme only works when GTK 3 is installed (PyInstaller cannot bundle it) and drags in
# cairo, pixman, pango and gdk-pixbuf; Qt's own Fusion style and the XDG desktop portal
# theme serve instead. eglfs, linuxfb, VNC, Vulkan KHR display, minimal-EGL and the evdev
# input plugins are for kiosks and embedded boards without a window system.
DROPPED_QT_PLUGINS: tuple[str, ...] = (
    "platformthemes/libqgtk3.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
    "egldeviceintegrations/",
    "generic/",
)
QT_PLUGIN_DIR = "PySide6/Qt/plugins/"
DEB_ICON = f"/usr/share/icons/hicolor/scalable/apps/{ICON_NAME}.svg"
DEB_MAN_PAGE = f"/usr/share/man/man1/{APP_NAME}.1.gz"
QT_TRANSLATION_DIR = "PySide6/Qt/translations/"

# PyInstaller bundles neither libGL/libEGL nor the X11/xcb libraries Qt loads at run time.
DEB_DEPENDS: tuple[str, ...] = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
)


class BuildError(Exception):
    """A step failed; the message is the one line shown to the person building."""


@dataclass(frozen=True)
class Artifact:
    """A file the build produced, for the summary."""

    label: str
    path: Path

    def line(self) -> str:
        return f"  {self.label:<8} {human_size(size_of(self.path)):>9}  {self.path}"


# --- configuration shared with recovery-app.spec -----------------------------------------


def qt_excludes() -> list[str]:
    """``PySide6.<module>`` for every installed Qt module the client does not use."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("PySide6 is not installed in this environment")
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {path.name.split(".")[0] for path in folder.glob("Qt*.abi3.so")}
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_KEPT)


def excluded_modules() -> list[str]:
    """Everything ``recovery-app.spec`` tells PyInstaller to leave out."""
    return [*SERVER_MODULES, *TOOL_MODULES, *DEV_TOOL_MODULES, *UNUSED_BY_CLIENT, *qt_excludes()]


# --- what the spec drops after PyInstaller's analysis ------------------------------------


def dropped_qt_plugin(dest: str) -> bool:
    """Whether ``dest`` (a path inside the bundle) is a Qt plugin the client never loads."""
    if not dest.startswith(QT_PLUGIN_DIR):
        return False
    plugin = dest[len(QT_PLUGIN_DIR) :]
    return any(
        plugin.startswith(drop) if drop.endswith("/") else plugin == drop
        for drop in DROPPED_QT_PLUGINS
    )


def unused_qt_translation(dest: str) -> bool:
    """Whether ``dest`` is one of Qt's own catalogues for a language the client lacks.

    The client loads ``qtbase_<lang>.qm`` (``ui/i18n.py``); ``qt_<lang>.qm`` is the
    catalogue that includes it. Everything else (qt_help, other languages) goes.
    """
    if not dest.startswith(QT_TRANSLATION_DIR):
        return False
    name = dest[len(QT_TRANSLATION_DIR) :]
    return not any(name in (f"qt_{code}.qm", f"qtbase_{code}.qm") for code in LANGUAGES)


def translation_source(dest: str) -> bool:
    """Our ``.ts`` sources: the client loads the compiled ``.qm`` files (1.5 MB saved)."""
    return dest.startswith("resources/translations/") and dest.endswith(".ts")


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries (shared libraries linked against) of a 64-bit ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:  # ELF, 64-bit, little-endian
        return []
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed: list[str] = []
    for _, sh_type, _, _, offset, size, link, *_ in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value : end].decode())
    return needed


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (dest name, source path, type code)


def prune(binaries: Sequence[Entry], datas: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """``binaries`` and ``datas`` without the dropped Qt plugins, the libraries only they
    need, and Qt's translations for languages we do not ship.

    A library goes only if nothing that stays links against it (directly or through
    another library that stays), so what the kept code needs is never cut. PyInstaller's
    ``SYMLINK`` entries (source = the link's relative target; they are in ``datas``) go
    with their target.
    """
    links = {
        dest: posixpath.normpath(posixpath.join(posixpath.dirname(dest), src))
        for dest, src, kind in (*binaries, *datas)
        if kind == "SYMLINK"
    }
    files = {dest: Path(src) for dest, src, kind in binaries if kind != "SYMLINK"}
    by_name = {Path(dest).name: dest for dest in files}
    dropped = {dest for dest in files if dropped_qt_plugin(dest)}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            dest = todo.pop()
            if dest in seen:
                continue
            seen.add(dest)
            source = files[dest]
            for name in elf_needed(source) if source.is_file() else []:
                if name in by_name:
                    todo.append(by_name[name])
        return seen

    kept_roots = (d for d in files if d not in dropped and not _is_shared_library(d))
    removed = closure(dropped) - closure(kept_roots)
    while new := {link for link, target in links.items() if target in removed} - removed:
        removed |= new
    return (
        [entry for entry in binaries if entry[0] not in removed],
        [
            entry
            for entry in datas
            if entry[0] not in removed
            and not unused_qt_translation(entry[0])
            and not translation_source(entry[0])
        ],
    )


def _is_shared_library(dest: str) -> bool:
    """A plain ``lib*.so*`` that is only there because something links against it."""
    name = Path(dest).name
    if name.startswith("libpython") or dest.startswith(QT_PLUGIN_DIR):
        return False  # the bootloader and Qt load these by name
    return name.startswith("lib") and ".so" in name


def app_version() -> str:
    # recovery_app/__init__.py only sets the version; importing it pulls in nothing else.
    sys.path.insert(0, str(ROOT))
    from recovery_app import __version__

    return __version__


# --- 1. build ------------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path, spec: Path = SPEC, name: str = APP_NAME) -> Path:
    """Build the one-folder program of ``spec`` into ``dist``; returns the folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(spec),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 (fixed argv)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed on {spec.name} with exit code {result.returncode}")
    return dist / name


# --- 2. verify -----------------------------------------------------------------------------


def bundle_problems(bundle: Path, modules: Collection[str]) -> list[str]:
    """What is wrong with a built folder; ``modules`` are the bundled module names."""
    executable = bundle / APP_NAME
    problems = [] if is_executable(executable) else [f"no executable {executable}"]
    if not any(name == "ui.app" for name in modules):
        problems.append("the client (ui.app) is not in the archive")
    internal = bundle / "_internal"
    problems += missing_resources(internal / "resources")
    bundled = forbidden_in(modules) + forbidden_in(top_level_entries(internal))
    if bundled:
        problems.append("server or tool modules bundled: " + ", ".join(sorted(set(bundled))))
    extra_qt = sorted(
        path.name.split(".")[0]
        for path in (internal / "PySide6").glob("Qt*.abi3.so")
        if path.name.split(".")[0] not in QT_MODULES_KEPT
    )
    if extra_qt:
        problems.append("unused Qt modules bundled: " + ", ".join(extra_qt))
    problems += cut_files_present(internal)
    return problems


def cut_files_present(internal: Path) -> list[str]:
    """Dropped Qt plugins or translations that are there anyway, and broken links."""
    if not internal.is_dir():
        return []
    problems = []
    for path in sorted(internal.rglob("*")):
        dest = path.relative_to(internal).as_posix()
        if path.is_symlink() and not path.exists():
            problems.append(f"broken link {dest}")
        elif dropped_qt_plugin(dest):
            problems.append(f"dropped Qt plugin bundled: {dest}")
        elif unused_qt_translation(dest):
            problems.append(f"Qt translation for a language we do not ship: {dest}")
        elif translation_source(dest):
            problems.append(f"translation source bundled: {dest}")
    return problems


def is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def missing_resources(resources: Path) -> list[str]:
    """The stylesheets and translations the client cannot start without."""
    missing = []
    if not (resources / "__init__.py").is_file():  # importlib.resources needs a package
        missing.append(f"{resources / '__init__.py'} missing")
    if not any((resources / "styles").glob("*.qss")):
        missing.append(f"no stylesheets (*.qss) in {resources / 'styles'}")
    for code in LANGUAGES:
        if not (resources / "translations" / f"recovery_{code}.qm").is_file():
            missing.append(f"translation recovery_{code}.qm missing")
    return missing


def forbidden_in(names: Iterable[str]) -> list[str]:
    """The names that are, or live inside, a server or tool module."""
    # Folder and dist-info names differ in case from module names (SQLAlchemy, PyOTP).
    modules = (*SERVER_MODULES, *TOOL_MODULES, *DEV_TOOL_MODULES, *UNUSED_BY_CLIENT)
    forbidden = [bad.lower() for bad in modules]
    return [
        name
        for name in names
        if any(name.lower() == bad or name.lower().startswith(f"{bad}.") for bad in forbidden)
    ]


def top_level_entries(internal: Path) -> list[str]:
    """Package folders and extension modules in ``_internal`` as module names."""
    if not internal.is_dir():
        return []
    names = []
    for entry in internal.iterdir():
        if entry.name.endswith((".dist-info", ".egg-info")):
            names.append(entry.name.split("-")[0])
        elif entry.is_dir() or entry.suffix == ".so":
            names.append(entry.name.split(".")[0])
    return names


def bundled_modules(bundle: Path) -> list[str]:
    """Python modules in the executable's archive (the PYZ inside the appended PKG)."""
    # pyi-archive_viewer's own readers; the PYZ is nested, so list it recursively.
    from PyInstaller.archive.readers import (  # type: ignore[import-untyped]
        CArchiveReader,
        ZlibArchiveReader,
    )

    package = CArchiveReader(str(bundle / APP_NAME))
    modules: list[str] = []
    for name, (*_, typecode) in package.toc.items():
        if typecode == "z":  # the PYZ archive of Python modules
            pyz = package.open_embedded_archive(name)
            assert isinstance(pyz, ZlibArchiveReader)
            modules.extend(pyz.toc)
        elif typecode in ("m", "s", "M"):
            modules.append(name)
    return modules


def verify(bundle: Path) -> None:
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller did not create {bundle}")
    try:
        modules = bundled_modules(bundle)
    except Exception as exc:  # any reader error means the build is unreadable
        raise BuildError(f"cannot read the archive in {bundle / APP_NAME}: {exc}") from exc
    problems = bundle_problems(bundle, modules)
    if problems:
        raise BuildError("verify failed: " + "; ".join(problems))


# --- 3. smoke test -------------------------------------------------------------------------


def smoke_test(bundle: Path, timeout: float = SMOKE_TIMEOUT) -> str:
    """Run the built program's ``--self-test``; returns its 'self-test ok' line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run(  # noqa: S603 (the program we just built)
            [str(bundle / APP_NAME), "--self-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"smoke test: no answer from --self-test in {timeout:.0f} s") from exc
    return check_self_test(result.returncode, result.stdout, result.stderr)


def check_self_test(returncode: int, stdout: str, stderr: str) -> str:
    """The 'self-test ok' line, or a BuildError quoting the most telling line of output."""
    ok_lines = [line for line in stdout.splitlines() if line.startswith("self-test ok")]
    if returncode == 0 and ok_lines:
        return ok_lines[0]
    errors = stderr.strip().splitlines()
    # The app's own verdict beats a traceback's last line, which beats Qt's chatter.
    verdicts = [line for line in errors if line.startswith("self-test FAILED")]
    reason = (verdicts or errors or stdout.strip().splitlines() or ["no output"])[-1]
    raise BuildError(f"smoke test failed (exit code {returncode}): {reason}")


def verify_server(bundle: Path) -> None:
    """The server folder: its executable and the migrations Alembic reads as files."""
    migrations = bundle / "_internal" / "recovery_app" / "storage" / "migrations"
    problems = [] if is_executable(bundle / SERVER_NAME) else [f"no executable {SERVER_NAME}"]
    if not (migrations / "env.py").is_file() or not any((migrations / "versions").glob("*.py")):
        problems.append(f"no Alembic migrations (env.py, versions/*.py) in {migrations}")
    if not (bundle / "_internal" / "resources" / "templates").is_dir():
        problems.append("no notification templates (resources/templates)")
    if problems:
        raise BuildError("verify server failed: " + "; ".join(problems))


_READY = re.compile(r"ready on (?P<url>https?://\S+)")


def server_smoke_test(bundle: Path, timeout: float = SMOKE_TIMEOUT) -> str:
    """``migrate`` then ``serve`` the built server on a temporary SQLite folder, on a free
    port; ``GET /api/v1/health`` must answer 200. Returns a one-line summary."""
    executable = str(bundle / SERVER_NAME)
    with tempfile.TemporaryDirectory(prefix="recovery-server-smoke-") as tmp:
        env = {key: value for key, value in os.environ.items() if not key.startswith("RECOVERY_")}
        env |= {"RECOVERY_DATA_DIR": tmp, "RECOVERY_LOG_FORMAT": "text"}
        try:
            migrated = subprocess.run(  # noqa: S603 (the program we just built)
                [executable, "migrate"],
                capture_output=True,
                text=True,
                env=env,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"server smoke test: migrate took over {timeout:.0f} s") from exc
        if migrated.returncode != 0:
            raise BuildError(
                f"server smoke test: migrate failed (exit code {migrated.returncode}): "
                + last_line(migrated.stderr or migrated.stdout)
            )
        log_path = Path(tmp) / "serve.log"
        with log_path.open("w", encoding="utf-8") as log_file:
            process = subprocess.Popen(  # noqa: S603 (the program we just built)
                [executable, "serve", "--host", "127.0.0.1", "--port", "0"],
                stdout=subprocess.PIPE,
                stderr=log_file,
                text=True,
                env=env,
            )
            try:
                url = _wait_until_ready(process, timeout)
                status, body = http_get(f"{url}/api/v1/health", timeout=10)
            except BuildError as exc:
                raise BuildError(f"{exc}: {last_line(log_path.read_text())}") from None
            finally:
                stop(process)
        if status != 200:
            raise BuildError(f"server smoke test: /api/v1/health answered {status}: {body[:200]}")
    try:
        health = json.loads(body)
        summary = f"status {health['status']}, schema {health['schema_revision']}"
    except (ValueError, KeyError, TypeError):
        raise BuildError(f"server smoke test: /api/v1/health is not JSON: {body[:200]}") from None
    return f"{last_line(migrated.stdout)} GET /api/v1/health: 200, {summary}"


def _wait_until_ready(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([process.stdout], [], [], left)
        if not readable:
            break
        line = process.stdout.readline()
        if not line:
            raise BuildError(f"server smoke test: serve exited with code {process.wait()}")
        match = _READY.search(line)
        if match:
            url = match.group("url")
            for _ in range(int(timeout * 10)):  # the socket listens; wait for uvicorn
                try:
                    http_get(f"{url}/api/v1/health", timeout=2)
                    return url
                except OSError:
                    time.sleep(0.1)
            raise BuildError("server smoke test: the server never answered")
    raise BuildError(f"server smoke test: not ready within {timeout:.0f} s")


def http_get(url: str, timeout: float) -> tuple[int, str]:
    """Status and body of a GET (error statuses too)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http://127.0.0.1)
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def last_line(text: str) -> str:
    return (text.strip().splitlines() or ["no output"])[-1]


# --- 4. pack -------------------------------------------------------------------------------


def artifact_stem(version: str, package: str = PACKAGE) -> str:
    return f"{package}-{version}-linux-x86_64"


def tarball_readme(version: str, with_server: bool) -> str:
    """README.txt at the top of the .tar.gz: how to start what is inside."""
    text = (
        f"Recovery Desk {version} for Linux x86-64\n\n"
        "The desktop client:\n"
        "  recovery-app/recovery-app --server http://SERVER:8000\n"
        "  (man ./recovery-app.1 or recovery-app/recovery-app --help)\n"
        "It needs these system packages (Debian/Ubuntu names): " + ", ".join(DEB_DEPENDS) + ".\n"
    )
    if with_server:
        text += (
            "\nThe server (SQLite in ~/.local/share/recovery-desk unless --data-dir or\n"
            "--database-url say otherwise):\n"
            "  recovery-server/recovery-server migrate\n"
            "  recovery-server/recovery-server create-agent --username maria --name 'Maria Nowak'\n"
            "  recovery-server/recovery-server serve --host 0.0.0.0 --port 8000\n"
            "  (recovery-server/recovery-server --help; every option is also RECOVERY_<OPTION>)\n"
        )
    return text


def make_tarball(
    bundle: Path, dist: Path, version: str, server: Path | None = None, man_page: str = ""
) -> Path:
    """``recovery-desk-<version>-linux-x86_64.tar.gz``: one folder of that name holding
    ``recovery-app/`` (the client), ``recovery-server/`` (when built), the man page and
    a README.txt."""
    stem = artifact_stem(version, BUNDLE)
    target = dist / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"{stem}/{APP_NAME}", filter=_normalize_owner)
        if server is not None:
            archive.add(server, arcname=f"{stem}/{SERVER_NAME}", filter=_normalize_owner)
        _add_text(archive, f"{stem}/README.txt", tarball_readme(version, server is not None))
        if man_page:
            _add_text(archive, f"{stem}/{APP_NAME}.1", man_page)
    return target


def _add_text(archive: tarfile.TarFile, name: str, text: str) -> None:
    data = text.encode("utf-8")
    info = _normalize_owner(tarfile.TarInfo(name))
    info.size, info.mode, info.mtime = len(data), 0o644, int(time.time())
    archive.addfile(info, io.BytesIO(data))


def _normalize_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def deb_control(version: str, installed_kib: int) -> str:
    """The ``DEBIAN/control`` file."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Maintainer: Recovery Desk <recovery-desk@localhost>\n"
        "Description: Recovery Desk desktop client\n"
        " The account-recovery support desk client for users and agents\n"
        " (PySide6, bundled with PyInstaller). Run it as recovery-app.\n"
    )


def desktop_entry() -> str:
    """The freedesktop ``.desktop`` file that puts the client in application menus."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.5\n"
        "Name=Recovery Desk\n"
        "GenericName=Account recovery\n"
        "Comment=Get help restoring access to an account, or help others as an agent\n"
        f"Exec=/usr/bin/{APP_NAME}\n"
        f"TryExec=/usr/bin/{APP_NAME}\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "Categories=Office;Network;\n"
        "Keywords=recovery;password;account;support;helpdesk;\n"
    )


def roff_escape(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line starting a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        f"\\&{line}" if line.startswith((".", "'")) else line for line in text.splitlines()
    )


_OPTION = re.compile(r"^  (?P<spec>-\S.*?)(?:\s{2,}(?P<help>\S.*))?$")


def man_page(help_text: str, version: str, date: str) -> str:
    """``recovery-app.1`` in man(7) format, made from the program's own ``--help``.

    argparse's layout: a ``usage:`` paragraph, the description, then sections such as
    ``options:`` whose entries start with two spaces and a dash, with the help either on
    the same line after two or more spaces or on the lines below, indented further.
    """
    paragraphs = help_text.strip().split("\n\n")
    usage = " ".join(paragraphs[0].split())
    usage = usage.removeprefix("usage:").strip().removeprefix(APP_NAME).strip()
    lines = [
        f'.TH RECOVERY\\-APP 1 "{date}" "Recovery Desk {version}" "User Commands"',
        ".SH NAME",
        f"{roff_escape(APP_NAME)} \\- Recovery Desk desktop client",
        ".SH SYNOPSIS",
        f".B {APP_NAME}",
        roff_escape(usage),
        ".SH DESCRIPTION",
    ]
    for paragraph in paragraphs[1:]:
        head, _, body = paragraph.partition("\n")
        if head.endswith(":") and not head.startswith(" ") and body.startswith("  "):
            lines.append(f".SH {roff_escape(head[:-1].upper())}")
            lines += _man_options(body.splitlines())
        else:
            lines += [".PP", roff_escape(" ".join(paragraph.split()))]
    lines += [
        ".SH FILES",
        ".TP",
        "\\fI~/.local/state/recovery\\-desk/log/client.log\\fR",
        "The client's log, with secrets redacted.",
        ".SH SEE ALSO",
        "The server, \\fBrecovery\\-server\\fR, is in the .tar.gz: see",
        "\\fBrecovery\\-server \\-\\-help\\fR.",
    ]
    return "\n".join(lines) + "\n"


def _man_options(entries: list[str]) -> list[str]:
    lines: list[str] = []
    for entry in entries:
        match = _OPTION.match(entry)
        if match:
            spec = ", ".join(
                f"\\fB{roff_escape(flag)}\\fR" + (f" \\fI{roff_escape(arg)}\\fR" if arg else "")
                for flag, _, arg in (part.partition(" ") for part in match["spec"].split(", "))
            )
            lines += [".TP", spec]
            if match["help"]:
                lines.append(roff_escape(match["help"]))
        elif entry.strip():
            lines.append(roff_escape(entry.strip()))  # help text continued
    return lines


def stage_deb_tree(bundle: Path, root: Path, version: str, man_page: str = "") -> None:
    """Lay out the package's file tree under ``root`` (what ``dpkg-deb --build`` packs)."""
    app_dir = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, app_dir, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / APP_NAME).symlink_to(f"{INSTALL_DIR}/{APP_NAME}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = root / DEB_ICON.lstrip("/")
    icons.parent.mkdir(parents=True)
    shutil.copyfile(ICON, icons)
    if man_page:
        man = root / DEB_MAN_PAGE.lstrip("/")
        man.parent.mkdir(parents=True)
        # mtime=0: the same page gives the same bytes (reproducible packages).
        man.write_bytes(gzip.compress(man_page.encode("utf-8"), compresslevel=9, mtime=0))
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    installed_kib = (size_of(app_dir) + 1023) // 1024
    (control_dir / "control").write_text(deb_control(version, installed_kib), encoding="utf-8")


def make_deb(bundle: Path, dist: Path, version: str, man_page: str = "") -> Path:
    target = dist / f"{artifact_stem(version)}.deb"
    with tempfile.TemporaryDirectory(prefix="recovery-deb-") as tmp:
        root = Path(tmp) / "root"
        stage_deb_tree(bundle, root, version, man_page)
        # dpkg-deb rejects a DEBIAN folder with group/other write permission (umask 002).
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        command = ["dpkg-deb", "--build", "--root-owner-group", str(root), str(target)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise BuildError(f"dpkg-deb failed: {last}")
    return target


def test_deb(deb: Path) -> str:
    """Unpack the .deb with ``dpkg -x`` into a scratch root, check the files it installs,
    and run the installed client's ``--self-test`` from there."""
    with tempfile.TemporaryDirectory(prefix="recovery-deb-test-") as tmp:
        root = Path(tmp)
        result = subprocess.run(  # noqa: S603
            ["dpkg", "-x", str(deb), str(root)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BuildError(f"dpkg -x {deb.name} failed: {last_line(result.stderr)}")
        missing = [
            path
            for path in (
                f"/usr/share/applications/{PACKAGE}.desktop",
                DEB_ICON,
                DEB_MAN_PAGE,
                f"{INSTALL_DIR}/{APP_NAME}",
            )
            if not (root / path.lstrip("/")).is_file()
        ]
        link = root / "usr" / "bin" / APP_NAME
        if not link.is_symlink() or os.readlink(link) != f"{INSTALL_DIR}/{APP_NAME}":
            missing.append(f"/usr/bin/{APP_NAME} -> {INSTALL_DIR}/{APP_NAME}")
        if missing:
            raise BuildError("the .deb lacks: " + ", ".join(missing))
        # The link is absolute (it points into the real /opt once installed): run the target.
        return smoke_test(root / INSTALL_DIR.lstrip("/"))


def help_text(bundle: Path) -> str:
    """The built client's ``--help`` (argparse answers before Qt is imported)."""
    result = subprocess.run(  # noqa: S603 (the program we just built)
        [str(bundle / APP_NAME), "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80", "QT_QPA_PLATFORM": "offscreen"},
        timeout=SMOKE_TIMEOUT,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.startswith("usage:"):
        raise BuildError(f"{APP_NAME} --help failed (exit code {result.returncode})")
    return result.stdout


# --- 5. summary and driver -----------------------------------------------------------------


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build, verify, smoke-test and pack the client.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--skip-deb", action="store_true", help="build the .tar.gz only")
    parser.add_argument(
        "--skip-server", action="store_true", help="leave the server out of the .tar.gz"
    )
    parser.add_argument(
        "--keep-build", action="store_true", help="keep PyInstaller's work folder (build/)"
    )
    return parser.parse_args(argv)


_STARTED = time.monotonic()


def step(message: str) -> None:
    print(f"==> [{time.monotonic() - _STARTED:4.0f} s] {message}", flush=True)


def build(args: argparse.Namespace) -> list[Artifact]:
    version = app_version()
    dist: Path = args.dist.resolve()
    work = ROOT / "build" / "pyinstaller"
    step(f"build: Recovery Desk client {version} with PyInstaller")
    bundle = run_pyinstaller(dist, work)
    step(f"verify: {bundle}")
    verify(bundle)
    step("smoke test: --self-test (offscreen)")
    print(f"    {smoke_test(bundle)}")
    server: Path | None = None
    if args.skip_server:
        print("    server skipped (--skip-server)")
    else:
        step(f"build: Recovery Desk server {version} with PyInstaller")
        server = run_pyinstaller(dist, work, SERVER_SPEC, SERVER_NAME)
        step(f"verify: {server}")
        verify_server(server)
        step("smoke test: recovery-server migrate + serve on a temporary SQLite folder")
        print(f"    {server_smoke_test(server)}")
    page = man_page(help_text(bundle), version, time.strftime("%Y-%m-%d"))
    step("pack: .tar.gz")
    artifacts = [Artifact("client", bundle)]
    if server is not None:
        artifacts.append(Artifact("server", server))
    artifacts.append(Artifact("tar.gz", make_tarball(bundle, dist, version, server, page)))
    if args.skip_deb:
        print("    .deb skipped (--skip-deb)")
    elif shutil.which("dpkg-deb") is None:
        print("    .deb skipped: dpkg-deb not found (apt-get install dpkg-dev)")
    else:
        step("pack: .deb")
        deb = make_deb(bundle, dist, version, page)
        artifacts.append(Artifact("deb", deb))
        step("test the .deb: dpkg -x into a scratch root, --self-test of the installed client")
        print(f"    {test_deb(deb)}")
    if not args.keep_build:
        shutil.rmtree(work, ignore_errors=True)
    return artifacts


def _exit_on_sigterm(signum: int, _frame: object) -> None:
    # CI's outer `timeout` sends SIGTERM: unwind, so that the smoke tests' servers are
    # stopped and their temporary folders removed on the way out.
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        artifacts = build(args)
    except (BuildError, OSError) as exc:  # OSError: disk full, permissions, missing tools
        print(f"build_installer: error: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
    step("done:")
    for artifact in artifacts:
        print(artifact.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
