"""Every visible string is translated into en, pl, de, fr and ru, and the .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_build
from ui.i18n import LANGUAGES


def _unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")]
        empty = not (translation.text or "").strip() and not any(forms)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
            missing.append(source)
    return missing


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_string_in_the_code_is_translated(code: str, tmp_path: Path) -> None:
    """lupdate over the sources adds nothing unfinished to the committed .ts file."""
    ts = tmp_path / f"recovery_{code}.ts"
    shutil.copy(i18n_build.ts_path(code), ts)
    subprocess.run(
        [
            i18n_build.tool("pyside6-lupdate"),
            *i18n_build.sources(),
            "-no-obsolete",
            "-target-language",
            code,
            "-ts",
            str(ts),
        ],
        cwd=i18n_build.ROOT,
        check=True,
        capture_output=True,
    )
    assert _unfinished(ts) == [], f"untranslated in {code}; run 'make translations' and fill them"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_built_qm_matches_the_ts_source(code: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"recovery_{code}.qm"
    i18n_build.release(code, fresh)
    committed = i18n_build.qm_path(code)
    assert committed.exists(), f"{committed.name} missing: run 'make translations'"
    assert committed.read_bytes() == fresh.read_bytes(), "stale .qm: run 'make translations'"


@pytest.mark.parametrize("code", ["pl", "ru"])
def test_slavic_plurals_have_three_forms(code: str) -> None:
    tree = ET.parse(i18n_build.ts_path(code))
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")  # type: ignore[union-attr]
            assert len(forms) == 3, message.findtext("source")
