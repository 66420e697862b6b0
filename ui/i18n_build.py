"""``make translations``: refresh the .ts sources from the code, then build the .qm files.

pyside6-lupdate collects every ``self.tr()`` / ``QT_TRANSLATE_NOOP`` string
into ``resources/translations/recovery_<lang>.ts`` (keeping existing
translations); pyside6-lrelease compiles each into the ``.qm`` the app loads.
New strings show up as unfinished, and a test fails until they are translated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """Path of a PySide6 tool in the same environment as this Python."""
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6-essentials (make sets it up).")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def ts_path(code: str) -> Path:
    return TS_DIR / f"recovery_{code}.ts"


def qm_path(code: str) -> Path:
    return TS_DIR / f"recovery_{code}.qm"


def update_ts() -> None:
    for code in LANGUAGES:
        subprocess.run(  # noqa: S603 - fixed tool, our own file list
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-target-language",
                code,
                "-ts",
                str(ts_path(code)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def release(code: str, out: Path) -> None:
    subprocess.run(  # noqa: S603
        [tool("pyside6-lrelease"), "-silent", str(ts_path(code)), "-qm", str(out)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-update", action="store_true", help="only rebuild the .qm files")
    args = parser.parse_args(argv)
    if not args.no_update:
        update_ts()
    for code in LANGUAGES:
        release(code, qm_path(code))
    print(f"translations: {', '.join(LANGUAGES)} built in {TS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
