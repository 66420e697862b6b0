"""What the client remembers between runs: language and theme (never a token or secret).

Stored with ``QSettings`` in the platform's usual place (an INI file under
``~/.config/Recovery Desk`` on Linux). ``RECOVERY_CLIENT_SETTINGS`` names
another file, which the tests use to keep the person's real settings alone.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from ui.i18n import LANGUAGES
from ui.theme import THEMES


def _settings() -> QSettings:
    path = os.environ.get("RECOVERY_CLIENT_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Recovery Desk", "client"
    )


def saved_language() -> str | None:
    value = _settings().value("ui/language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def saved_theme() -> str | None:
    value = _settings().value("ui/theme")
    return value if isinstance(value, str) and value in THEMES else None


def remember(*, language: str | None = None, theme: str | None = None) -> None:
    settings = _settings()
    if language in LANGUAGES:
        settings.setValue("ui/language", language)
    if theme in THEMES:
        settings.setValue("ui/theme", theme)
    settings.sync()
