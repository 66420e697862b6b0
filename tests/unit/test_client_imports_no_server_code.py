"""The desktop client never imports server-only code or the server's dependencies.

Every module of the client (``ui`` without its development tools, ``recovery_app.client``,
``recovery_app.schemas``) is imported in a fresh interpreter under an import hook that
refuses the server's packages: password hashing, TOTP, storage, the web framework and the
database drivers. The installer leaves those packages out, so an import that reaches one
would crash the installed client (it once did: ``No module named 'argon2'``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.unit.test_build_installer import bi

ROOT = Path(__file__).resolve().parents[2]

# Distributions only `recovery-desk[server]` installs (pyproject.toml), by import name.
SERVER_PACKAGES = (
    "fastapi",
    "uvicorn",
    "starlette",
    "websockets",
    "multipart",
    "python_multipart",
    "fpdf",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "alembic",
    "mako",
    "pydantic_settings",
    "redis",
    "aiosmtplib",
    "argon2",
    "_argon2_cffi_bindings",
    "pyotp",
)

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    refused_prefixes = tuple(json.loads(sys.argv[1]))
    dev_tools = set(json.loads(sys.argv[2]))
    refused = []

    class RefuseServerCode:
        def find_spec(self, name, path=None, target=None):
            if any(name == p or name.startswith(p + ".") for p in refused_prefixes):
                refused.append(name)
                raise ImportError(f"the client must not import {name}")
            return None

    sys.meta_path.insert(0, RefuseServerCode())
    imported, failed = [], {}
    for root in ("ui", "recovery_app.client", "recovery_app.schemas"):
        package = importlib.import_module(root)
        names = [root] + [m.name for m in pkgutil.walk_packages(package.__path__, root + ".")]
        for name in names:
            if name in dev_tools or name.endswith(".__main__"):
                continue
            try:
                importlib.import_module(name)
                imported.append(name)
            except Exception as exc:
                failed[name] = f"{type(exc).__name__}: {exc}"
    print(json.dumps({"imported": imported, "failed": failed, "refused": refused}))
    """
)


def _probe() -> dict[str, object]:
    refused = [*SERVER_PACKAGES, *(m for m in bi.SERVER_MODULES if m.startswith("recovery_app"))]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(refused), json.dumps(bi.DEV_TOOL_MODULES)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


@pytest.fixture(scope="module")
def probe() -> dict[str, object]:
    return _probe()


def test_every_client_module_imports_without_server_packages(probe: dict[str, object]) -> None:
    assert probe["failed"] == {}
    assert probe["refused"] == []


def test_the_probe_covers_the_whole_client(probe: dict[str, object]) -> None:
    imported = set(probe["imported"])  # type: ignore[arg-type]
    # The entry point, both modes, the chat and the client library are all in the sweep.
    for name in (
        "ui.app",
        "ui.windows.main_window",
        "ui.agent.desk",
        "ui.supervisor.dashboard",
        "ui.user.secure_factors",
        "recovery_app.client.agent",
        "recovery_app.schemas.agents",
    ):
        assert name in imported
    assert len(imported) > 80


def test_dev_tools_are_named_modules_that_exist() -> None:
    # A renamed walk module must not silently drop out of the exclusion list.
    for name in bi.DEV_TOOL_MODULES:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


def _closure(requirements: list[str]) -> set[str]:
    """Every distribution the requirements pull in, through the installed metadata."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    seen: set[str] = set()
    todo = [Requirement(text) for text in requirements]
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += [Requirement(text) for text in metadata.requires(name) or []]
        except metadata.PackageNotFoundError:
            continue  # optional on this platform (e.g. pywin32-ctypes)
    return seen


def test_installing_the_client_alone_pulls_no_server_dependency() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pulled = _closure(project["dependencies"])
    server = {"fastapi", "uvicorn", "starlette", "sqlalchemy", "asyncpg", "aiosqlite", "alembic"}
    server |= {"redis", "argon2-cffi", "pyotp", "fpdf2", "aiosmtplib", "pydantic-settings"}
    assert pulled & server == set()
    assert {"pyside6-essentials", "httpx", "pydantic", "qasync"} <= pulled
    # ... and the extra brings every one of them.
    assert server - {"starlette"} <= _closure(project["optional-dependencies"]["server"])
