"""The client remembers the language and theme the person chose, and nothing else."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.live_server import LiveServer
from ui import preferences
from ui.app import parse_args


async def test_chosen_language_and_theme_are_remembered_for_the_next_run(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    window = (await client_for(live_server.url)).window
    window.language_combo.setCurrentIndex(window.language_combo.findData("de"))
    window.theme_combo.setCurrentIndex(window.theme_combo.findData("contrast"))
    assert preferences.saved_language() == "de"
    assert preferences.saved_theme() == "contrast"
    stored = Path(os.environ["RECOVERY_CLIENT_SETTINGS"]).read_text(encoding="utf-8")
    assert set(line.split("=")[0] for line in stored.splitlines() if "=" in line) == {
        "language",
        "theme",
    }
    window.theme_combo.setCurrentIndex(window.theme_combo.findData("light"))
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    assert (preferences.saved_language(), preferences.saved_theme()) == ("en", "light")


def test_command_line_choices_win_over_remembered_ones() -> None:
    preferences.remember(language="ru", theme="dark")
    args = parse_args(["--lang", "pl", "--theme", "light"])
    assert (args.lang, args.theme) == ("pl", "light")
    assert parse_args([]).lang is None  # falls back to the remembered language at start
    preferences.remember(language="en", theme="light")


def test_unknown_values_are_never_stored() -> None:
    preferences.remember(language="fr", theme="dark")
    preferences.remember(language="xx", theme="neon")
    assert (preferences.saved_language(), preferences.saved_theme()) == ("fr", "dark")
    preferences.remember(language="en", theme="light")
