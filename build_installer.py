"""Build the Recovery Desk desktop client for Linux: build → verify → smoke test → pack.

Runs PyInstaller on the committed ``recovery-app.spec`` (a one-folder build of the
client only), checks the folder holds the executable and its resources and none of the
server's modules, starts the built program with ``--self-test``, then packs it as a
``.tar.gz`` and, where ``dpkg-deb`` exists, a ``.deb``. Follows qutebrowser's
``scripts/dev/build_release.py``. Usage::

    python build_installer.py [--dist DIR] [--skip-deb] [--keep-build]

Exits non-zero with a one-line message on the first failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "recovery-app.spec"
APP_NAME = "recovery-app"  # the executable and the folder PyInstaller builds
PACKAGE = "recovery-desk-client"
INSTALL_DIR = "/opt/recovery-desk"
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
# The only Qt modules the client uses; every other PySide6 module is excluded.
QT_MODULES_KEPT = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

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
    return [*SERVER_MODULES, *TOOL_MODULES, *DEV_TOOL_MODULES, *qt_excludes()]


def app_version() -> str:
    # recovery_app/__init__.py only sets the version; importing it pulls in nothing else.
    sys.path.insert(0, str(ROOT))
    from recovery_app import __version__

    return __version__


# --- 1. build ------------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build the one-folder client into ``dist``; returns the folder."""
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
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 (fixed argv)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed with exit code {result.returncode}")
    return dist / APP_NAME


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
    forbidden = [bad.lower() for bad in (*SERVER_MODULES, *TOOL_MODULES, *DEV_TOOL_MODULES)]
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


# --- 4. pack -------------------------------------------------------------------------------


def artifact_stem(version: str) -> str:
    return f"{PACKAGE}-{version}-linux-x86_64"


def make_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """``<stem>.tar.gz`` with the folder inside as ``<stem>/``."""
    stem = artifact_stem(version)
    target = dist / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=stem, filter=_normalize_owner)
    return target


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
        "Name=Recovery Desk\n"
        "Comment=Account-recovery support desk\n"
        f"Exec=/usr/bin/{APP_NAME}\n"
        "Terminal=false\n"
        "Categories=Office;Network;\n"
    )


def stage_deb_tree(bundle: Path, root: Path, version: str) -> None:
    """Lay out the package's file tree under ``root`` (what ``dpkg-deb --build`` packs)."""
    app_dir = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, app_dir, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / APP_NAME).symlink_to(f"{INSTALL_DIR}/{APP_NAME}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(desktop_entry(), encoding="utf-8")
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    installed_kib = (size_of(app_dir) + 1023) // 1024
    (control_dir / "control").write_text(deb_control(version, installed_kib), encoding="utf-8")


def make_deb(bundle: Path, dist: Path, version: str) -> Path:
    target = dist / f"{artifact_stem(version)}.deb"
    with tempfile.TemporaryDirectory(prefix="recovery-deb-") as tmp:
        root = Path(tmp) / "root"
        stage_deb_tree(bundle, root, version)
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
    step("pack: .tar.gz")
    artifacts = [
        Artifact("folder", bundle),
        Artifact("tar.gz", make_tarball(bundle, dist, version)),
    ]
    if args.skip_deb:
        print("    .deb skipped (--skip-deb)")
    elif shutil.which("dpkg-deb") is None:
        print("    .deb skipped: dpkg-deb not found (apt-get install dpkg-dev)")
    else:
        step("pack: .deb")
        artifacts.append(Artifact("deb", make_deb(bundle, dist, version)))
    if not args.keep_build:
        shutil.rmtree(work, ignore_errors=True)
    return artifacts


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        artifacts = build(args)
    except (BuildError, OSError) as exc:  # OSError: disk full, permissions, missing tools
        print(f"build_installer: error: {exc}", file=sys.stderr)
        return 1
    step("done:")
    for artifact in artifacts:
        print(artifact.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
