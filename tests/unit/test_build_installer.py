"""Fast checks of build_installer.py's pieces: no PyInstaller run (that takes 10-20 s)."""

from __future__ import annotations

import configparser
import gzip
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build_installer() -> ModuleType:
    # A top-level script, not part of an installed package: load it by path.
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_installer"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


bi = _load_build_installer()
CLIENT_MODULES = ["ui", "ui.app", "recovery_app.client.api", "httpx", "pydantic", "qasync"]


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A fake one-folder build with everything verify() looks for."""
    folder = tmp_path / "recovery-app"
    internal = folder / "_internal"
    for relative in (
        "resources/__init__.py",
        "resources/styles/common.qss",
        *(f"resources/translations/recovery_{code}.qm" for code in bi.LANGUAGES),
        "PySide6/QtCore.abi3.so",
        "PySide6/QtGui.abi3.so",
        "PySide6/QtWidgets.abi3.so",
        "httpx/__init__.py",
        "pydantic_core/_pydantic_core.so",
    ):
        (internal / relative).parent.mkdir(parents=True, exist_ok=True)
        (internal / relative).write_bytes(b"x")
    executable = folder / "recovery-app"
    executable.write_bytes(b"\x7fELF")
    executable.chmod(0o755)
    return folder


def test_complete_bundle_passes_verification(bundle: Path) -> None:
    assert bi.bundle_problems(bundle, CLIENT_MODULES) == []


def test_bundle_without_translations_fails_verification(bundle: Path) -> None:
    for qm in (bundle / "_internal" / "resources" / "translations").glob("*.qm"):
        qm.unlink()

    problems = bi.bundle_problems(bundle, CLIENT_MODULES)

    assert problems == [f"translation recovery_{code}.qm missing" for code in bi.LANGUAGES]


def test_bundle_without_one_translation_names_it(bundle: Path) -> None:
    (bundle / "_internal" / "resources" / "translations" / "recovery_ru.qm").unlink()

    assert bi.bundle_problems(bundle, CLIENT_MODULES) == ["translation recovery_ru.qm missing"]


def test_bundle_without_stylesheets_or_package_marker_fails(bundle: Path) -> None:
    (bundle / "_internal" / "resources" / "styles" / "common.qss").unlink()
    (bundle / "_internal" / "resources" / "__init__.py").unlink()

    problems = bi.bundle_problems(bundle, CLIENT_MODULES)

    assert len(problems) == 2
    assert any("__init__.py" in problem for problem in problems)
    assert any("*.qss" in problem for problem in problems)


def test_bundle_without_executable_or_client_code_fails(bundle: Path) -> None:
    (bundle / "recovery-app").unlink()

    problems = bi.bundle_problems(bundle, ["httpx", "pydantic"])

    assert any("no executable" in problem for problem in problems)
    assert any("ui.app" in problem for problem in problems)


def test_server_module_in_archive_fails_verification(bundle: Path) -> None:
    modules = [*CLIENT_MODULES, "fastapi", "fastapi.routing", "recovery_app.server.app"]

    problems = bi.bundle_problems(bundle, modules)

    assert len(problems) == 1
    assert "fastapi" in problems[0]
    assert "recovery_app.server.app" in problems[0]


def test_server_package_folder_or_metadata_fails_verification(bundle: Path) -> None:
    (bundle / "_internal" / "sqlalchemy").mkdir()
    (bundle / "_internal" / "SQLAlchemy-2.1.9.dist-info").mkdir()
    (bundle / "_internal" / "_argon2_cffi_bindings.abi3.so").write_bytes(b"x")

    problems = bi.bundle_problems(bundle, CLIENT_MODULES)

    assert len(problems) == 1
    for name in ("sqlalchemy", "SQLAlchemy", "_argon2_cffi_bindings"):
        assert name in problems[0]


def test_unused_qt_module_fails_verification(bundle: Path) -> None:
    (bundle / "_internal" / "PySide6" / "QtQml.abi3.so").write_bytes(b"x")

    assert bi.bundle_problems(bundle, CLIENT_MODULES) == ["unused Qt modules bundled: QtQml"]


def test_forbidden_names_match_whole_module_names_only() -> None:
    names = ["clickhouse", "redistribute", "richtext", "recovery_app.client", "click.core"]

    assert bi.forbidden_in(names) == ["click.core"]


def test_verify_reports_a_missing_build_folder(tmp_path: Path) -> None:
    with pytest.raises(bi.BuildError, match="did not create"):
        bi.verify(tmp_path / "recovery-app")


def test_excludes_cover_the_server_and_unused_qt_but_not_the_client() -> None:
    excluded = set(bi.excluded_modules())

    server = {"fastapi", "uvicorn", "starlette", "sqlalchemy", "alembic", "aiosqlite", "asyncpg"}
    server |= {"redis", "aiosmtplib", "argon2", "pyotp", "uvloop", "mako"}
    server |= {"recovery_app.server", "recovery_app.storage"}
    assert server <= excluded
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"} <= excluded
    client = {"pydantic", "httpx", "httpx_ws", "qasync", "keyring", "platformdirs", "segno"}
    client |= {"PIL", "recovery_app", "recovery_app.client", "ui"}
    client |= {f"PySide6.{name}" for name in ("QtCore", "QtGui", "QtWidgets", "QtSvg")}
    client |= {"numpy", "pyqtgraph", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"}
    assert not client & excluded
    assert {"yaml", "numpy.f2py", "charset_normalizer"} <= excluded


def test_spec_bundles_resources_and_applies_the_excludes() -> None:
    calls: dict[str, dict[str, Any]] = {}

    def record(kind: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[kind] = {"args": args, **kwargs}
            return type(kind, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

        return call

    namespace = {kind: record(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace["SPECPATH"] = str(ROOT)
    code = compile((ROOT / "recovery-app.spec").read_text(), "recovery-app.spec", "exec")
    exec(code, namespace)  # noqa: S102 (what PyInstaller does with a spec)

    analysis = calls["Analysis"]
    assert analysis["args"][0] == [str(ROOT / "ui" / "__main__.py")]
    assert (str(ROOT / "resources"), "resources") in analysis["datas"]
    assert analysis["excludes"] == bi.excluded_modules()
    assert calls["EXE"]["exclude_binaries"] is True  # one folder, not one file
    assert calls["COLLECT"]["name"] == "recovery-app"


def test_self_test_output_is_accepted_only_with_exit_0_and_ok_line() -> None:
    line = "self-test ok: Recovery Desk 0.1.0 renders its main window"

    assert bi.check_self_test(0, f"{line}\n", "Qt chatter\n") == line
    with pytest.raises(bi.BuildError, match="exit code 0"):
        bi.check_self_test(0, "", "")
    with pytest.raises(bi.BuildError, match="translation de missing"):
        bi.check_self_test(1, "", "self-test FAILED: translation de missing\nQt chatter\n")


def test_deb_control_lists_the_dependencies_and_the_version() -> None:
    control = bi.deb_control("1.2.3", installed_kib=170_000)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line[0].isspace())

    assert fields["Package"] == "recovery-desk-client"
    assert fields["Version"] == "1.2.3"
    assert fields["Installed-Size"] == "170000"
    assert fields["Architecture"] == "amd64"
    depends = fields["Depends"].split(", ")
    for package in ("libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3"):
        assert package in depends
    for package in ("libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0"):
        assert package in depends
    assert control.endswith("\n")


def test_deb_tree_installs_into_opt_with_a_command_and_a_menu_entry(
    bundle: Path, tmp_path: Path
) -> None:
    root = tmp_path / "root"

    bi.stage_deb_tree(bundle, root, "1.2.3")

    assert (root / "opt/recovery-desk/recovery-app").is_file()
    assert (root / "opt/recovery-desk/_internal/resources/translations/recovery_pl.qm").is_file()
    link = root / "usr/bin/recovery-app"
    assert link.is_symlink()
    assert str(link.readlink()) == "/opt/recovery-desk/recovery-app"
    desktop = (root / "usr/share/applications/recovery-desk-client.desktop").read_text()
    assert "Exec=/usr/bin/recovery-app" in desktop
    assert "Version: 1.2.3" in (root / "DEBIAN/control").read_text()


def test_tarball_holds_client_server_readme_and_man_page(bundle: Path, tmp_path: Path) -> None:
    server = tmp_path / "recovery-server"
    (server / "_internal").mkdir(parents=True)
    (server / "recovery-server").write_bytes(b"\x7fELF")
    (server / "recovery-server").chmod(0o755)

    target = bi.make_tarball(bundle, tmp_path, "1.2.3", server, man_page=".TH X 1\n")

    top = "recovery-desk-1.2.3-linux-x86_64"
    assert target.name == f"{top}.tar.gz"
    with tarfile.open(target) as archive:
        names = archive.getnames()
        executable = archive.getmember(f"{top}/recovery-app/recovery-app")
        readme = archive.extractfile(f"{top}/README.txt")
        assert readme is not None
        readme_text = readme.read().decode()
    assert executable.mode & 0o111
    assert executable.uname == "root"
    assert f"{top}/recovery-app/_internal/resources/__init__.py" in names
    assert f"{top}/recovery-server/recovery-server" in names
    assert f"{top}/recovery-app.1" in names
    # migrate first: create-agent refuses a database that is not set up
    commands = [line.split()[1] for line in readme_text.splitlines() if "recovery-server/" in line]
    assert commands[:3] == ["migrate", "create-agent", "serve"]
    assert "recovery-app/recovery-app --server" in readme_text


def test_tarball_without_server_says_nothing_about_one(bundle: Path, tmp_path: Path) -> None:
    target = bi.make_tarball(bundle, tmp_path, "1.2.3")

    with tarfile.open(target) as archive:
        assert not [name for name in archive.getnames() if "recovery-server" in name]
        readme = archive.extractfile("recovery-desk-1.2.3-linux-x86_64/README.txt")
        assert readme is not None
        assert b"recovery-server" not in readme.read()


# --- desktop entry, icon, man page -----------------------------------------------------------


def test_desktop_entry_starts_the_installed_command_with_the_installed_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(bi.desktop_entry())
    entry = parser["Desktop Entry"]

    assert entry["Type"] == "Application"
    assert entry["Exec"] == "/usr/bin/recovery-app"
    assert entry["Icon"] == "recovery-desk"
    assert bi.DEB_ICON.endswith(f"/hicolor/scalable/apps/{entry['Icon']}.svg")
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        path = Path(tempfile.mkdtemp()) / "recovery-desk-client.desktop"
        path.write_text(bi.desktop_entry())
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True)
        assert result.returncode == 0, result.stdout


def test_app_icon_is_a_square_svg() -> None:
    root = ElementTree.parse(bi.ICON).getroot()

    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 48 48"


def _client_help() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "80"},
        timeout=60,
        check=True,
    )
    return result.stdout


def test_man_page_documents_every_option_of_the_real_help() -> None:
    help_text = _client_help()

    page = bi.man_page(help_text, "1.2.3", "2026-12-05")

    assert page.startswith('.TH RECOVERY\\-APP 1 "2026-12-05" "Recovery Desk 1.2.3"')
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", help_text))
    assert {"--server", "--mode", "--lang", "--self-test", "--version"} <= options
    for option in options:
        escaped = option.replace("-", "\\-")
        assert f"\\fB{escaped}\\fR" in page, option
    assert ".SH OPTIONS" in page
    assert "RECOVERY_SERVER_URL" in page  # the help's text, continued lines included


def test_man_page_is_valid_roff_when_groff_is_there(tmp_path: Path) -> None:
    if shutil.which("groff") is None:
        pytest.skip("groff is not installed")
    page = tmp_path / "recovery-app.1"
    page.write_text(bi.man_page(_client_help(), "1.2.3", "2026-12-05"))

    result = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", str(page)], capture_output=True, text=True
    )

    assert result.returncode == 0
    assert result.stderr == ""
    assert "--self-test" in result.stdout.replace("\u2010", "-")


def test_roff_escape_keeps_text_from_becoming_requests() -> None:
    assert bi.roff_escape(".SH not a heading\n'also not") == "\\&.SH not a heading\n\\&'also not"
    assert bi.roff_escape("C:\\path --flag") == "C:\\epath \\-\\-flag"


def test_deb_tree_has_icon_and_compressed_man_page(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"

    bi.stage_deb_tree(bundle, root, "1.2.3", man_page=".TH RECOVERY\\-APP 1\n")

    icon = root / "usr/share/icons/hicolor/scalable/apps/recovery-desk.svg"
    assert icon.read_bytes() == bi.ICON.read_bytes()
    man = root / "usr/share/man/man1/recovery-app.1.gz"
    assert gzip.decompress(man.read_bytes()) == b".TH RECOVERY\\-APP 1\n"
    desktop = (root / "usr/share/applications/recovery-desk-client.desktop").read_text()
    assert "Icon=recovery-desk\n" in desktop


# --- what the spec cuts ------------------------------------------------------------------------


def _fake_elf(path: Path, needed: list[str]) -> None:
    """A 64-bit ELF file with just a dynamic section listing ``needed`` (enough for
    elf_needed; not loadable)."""
    strtab = b"\0"
    offsets = []
    for name in needed:
        offsets.append(len(strtab))
        strtab += name.encode() + b"\0"
    dynamic = b"".join(struct.pack("<qQ", 1, offset) for offset in offsets)
    dynamic += struct.pack("<qQ", 0, 0)
    strtab_at = 64
    dynamic_at = strtab_at + len(strtab)
    sections_at = dynamic_at + len(dynamic)
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x28, sections_at)
    struct.pack_into("<HH", header, 0x3A, 64, 3)
    sections = bytes(64)  # SHT_NULL
    sections += struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, strtab_at, len(strtab), 0, 0, 1, 0)
    sections += struct.pack("<IIQQQQIIQQ", 0, 6, 0, 0, dynamic_at, len(dynamic), 1, 0, 8, 16)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(header) + strtab + dynamic + sections)


def test_elf_needed_reads_the_linked_libraries(tmp_path: Path) -> None:
    _fake_elf(tmp_path / "x.so", ["libc.so.6", "libcairo.so.2"])
    (tmp_path / "script.sh").write_text("#!/bin/sh\n")

    assert bi.elf_needed(tmp_path / "x.so") == ["libc.so.6", "libcairo.so.2"]
    assert bi.elf_needed(tmp_path / "script.sh") == []


def test_elf_needed_reads_a_real_qt_module() -> None:
    pyside = importlib.util.find_spec("PySide6")
    assert pyside is not None
    assert pyside.submodule_search_locations
    core = Path(next(iter(pyside.submodule_search_locations))) / "QtCore.abi3.so"

    assert "libQt6Core.so.6" in bi.elf_needed(core)


def test_dropping_the_gtk_theme_drops_only_what_nothing_else_links(tmp_path: Path) -> None:
    files = {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libcairo.so.2", "libQt6Gui.so.6"],
        "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6Gui.so.6", "libfreetype.so.6"],
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libfreetype.so.6"],
        "libcairo.so.2": ["libpixman-1.so.0", "libfreetype.so.6"],
        "libpixman-1.so.0": [],
        "libfreetype.so.6": [],
    }
    for dest, needed in files.items():
        _fake_elf(tmp_path / dest, needed)
    binaries = [(dest, str(tmp_path / dest), "BINARY") for dest in files]
    # PyInstaller's top-level links to Qt's libraries; the link target is relative.
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libpixman.so", "libpixman-1.so.0", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_ja.qm", str(tmp_path / "ja.qm"), "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", str(tmp_path / "de.qm"), "DATA"),
        ("resources/translations/recovery_de.ts", str(tmp_path / "de.ts"), "DATA"),
        ("resources/translations/recovery_de.qm", str(tmp_path / "de.qm"), "DATA"),
    ]

    kept_binaries, kept_datas = bi.prune(binaries, datas)

    kept = {dest for dest, _, _ in kept_binaries}

    gone = {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libcairo.so.2",
        "libpixman-1.so.0",
    }
    assert kept == set(files) - gone
    assert [dest for dest, _, _ in kept_datas] == [
        "libQt6Gui.so.6",
        "PySide6/Qt/translations/qtbase_de.qm",
        "resources/translations/recovery_de.qm",
    ]


def test_only_the_shipped_languages_of_qt_translations_stay() -> None:
    kept = [
        name
        for name in ("qt_de.qm", "qtbase_pl.qm", "qt_help_de.qm", "qtbase_ja.qm", "qt_ru.qm")
        if not bi.unused_qt_translation(f"PySide6/Qt/translations/{name}")
    ]

    assert kept == ["qt_de.qm", "qtbase_pl.qm", "qt_ru.qm"]
    assert not bi.unused_qt_translation("resources/translations/recovery_ja.qm")


def test_dropped_plugin_or_translation_in_the_folder_fails_verification(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    (qt / "plugins" / "platformthemes").mkdir(parents=True)
    (qt / "plugins" / "platformthemes" / "libqgtk3.so").write_bytes(b"x")
    (qt / "translations").mkdir()
    (qt / "translations" / "qtbase_ja.qm").write_bytes(b"x")
    (qt / "translations" / "qtbase_de.qm").write_bytes(b"x")

    problems = bi.bundle_problems(bundle, CLIENT_MODULES)

    assert problems == [
        "dropped Qt plugin bundled: PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "Qt translation for a language we do not ship: PySide6/Qt/translations/qtbase_ja.qm",
    ]


# --- CI ------------------------------------------------------------------------------------------


def test_ci_builds_and_smoke_tests_the_installer_after_the_tests() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    commands = [line.strip() for line in script.splitlines() if line.strip().startswith("timeout")]

    # `make test installer`: make stops at the first goal that fails, so a failing test
    # run skips the build and a failing build fails CI; one outer time limit for both.
    assert commands == ["timeout --kill-after=60s 85m make test installer"]
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\ninstaller:", 1)[1].split("\n\n", 1)[0]
    assert "build_installer.py" in recipe
    assert "--skip" not in recipe  # CI builds the server and the .deb too


def test_server_spec_ships_migrations_and_leaves_qt_out() -> None:
    calls: dict[str, dict[str, Any]] = {}

    def record(kind: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[kind] = {"args": args, **kwargs}
            return type(kind, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

        return call

    namespace = {kind: record(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace["SPECPATH"] = str(ROOT)
    code = compile((ROOT / "recovery-server.spec").read_text(), "recovery-server.spec", "exec")
    exec(code, namespace)  # noqa: S102 (what PyInstaller does with a spec)

    analysis = calls["Analysis"]
    migrations = str(ROOT / "recovery_app" / "storage" / "migrations")
    assert (migrations, "recovery_app/storage/migrations") in analysis["datas"]
    assert (ROOT / "recovery_app/storage/migrations/alembic.ini").is_file()
    for module in ("sqlalchemy.dialects.postgresql.asyncpg", "aiosqlite", "alembic.ddl.sqlite"):
        assert module in analysis["hiddenimports"]
    assert any(name.startswith("uvicorn.protocols") for name in analysis["hiddenimports"])
    assert {"PySide6", "ui"} <= set(analysis["excludes"])
    assert calls["COLLECT"]["name"] == "recovery-server"


def test_a_failing_step_ends_with_one_line_and_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(_args: object) -> list[object]:
        raise bi.BuildError("smoke test failed (exit code 1): boom")

    monkeypatch.setattr(bi, "build", fail)

    assert bi.main([]) == 1
    err = capsys.readouterr().err
    assert err == "build_installer: error: smoke test failed (exit code 1): boom\n"
