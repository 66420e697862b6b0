"""Fast checks of build_installer.py's pieces: no PyInstaller run (that takes 10-20 s)."""

from __future__ import annotations

import importlib.util
import sys
import tarfile
from pathlib import Path
from types import ModuleType
from typing import Any

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
    assert not client & excluded


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


def test_tarball_holds_the_folder_under_a_versioned_name(bundle: Path, tmp_path: Path) -> None:
    target = bi.make_tarball(bundle, tmp_path, "1.2.3")

    assert target.name == "recovery-desk-client-1.2.3-linux-x86_64.tar.gz"
    with tarfile.open(target) as archive:
        names = archive.getnames()
        executable = archive.getmember("recovery-desk-client-1.2.3-linux-x86_64/recovery-app")
    assert executable.mode & 0o111
    assert executable.uname == "root"
    assert "recovery-desk-client-1.2.3-linux-x86_64/_internal/resources/__init__.py" in names


def test_a_failing_step_ends_with_one_line_and_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(_args: object) -> list[object]:
        raise bi.BuildError("smoke test failed (exit code 1): boom")

    monkeypatch.setattr(bi, "build", fail)

    assert bi.main([]) == 1
    err = capsys.readouterr().err
    assert err == "build_installer: error: smoke test failed (exit code 1): boom\n"
