"""Themes: a common stylesheet plus one per theme, applied once to the whole app."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui.paths import ICONS, STYLES

THEMES = ("light", "dark", "contrast")
DEFAULT_THEME = "light"

# Base palettes so that widgets the stylesheet does not cover still match.
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        QPalette.ColorRole.Window: "#f5f6f8",
        QPalette.ColorRole.WindowText: "#1d2330",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#eef1f5",
        QPalette.ColorRole.Text: "#1d2330",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1d2330",
        QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#6b7385",
        QPalette.ColorRole.ToolTipBase: "#1d2330",
        QPalette.ColorRole.ToolTipText: "#ffffff",
    },
    "dark": {
        QPalette.ColorRole.Window: "#1b1f27",
        QPalette.ColorRole.WindowText: "#e6e9ef",
        QPalette.ColorRole.Base: "#242a35",
        QPalette.ColorRole.AlternateBase: "#2b3240",
        QPalette.ColorRole.Text: "#e6e9ef",
        QPalette.ColorRole.Button: "#2b3240",
        QPalette.ColorRole.ButtonText: "#e6e9ef",
        QPalette.ColorRole.Highlight: "#5b8ef0",
        QPalette.ColorRole.HighlightedText: "#0d1017",
        QPalette.ColorRole.PlaceholderText: "#9aa3b5",
        QPalette.ColorRole.ToolTipBase: "#e6e9ef",
        QPalette.ColorRole.ToolTipText: "#1b1f27",
    },
    "contrast": {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.PlaceholderText: "#d0d0d0",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#000000",
    },
}


def stylesheet(theme: str) -> str:
    """common.qss, each area's ``parts/<area>.qss``, then the theme's own files.

    An area (user flow, chat, agent desk, supervision) keeps its rules in
    ``parts/<area>.qss`` (colours through ``palette(...)`` so they follow the
    theme) and, where a theme needs its own colours, ``parts/<area>.<theme>.qss``.
    """
    files = [STYLES / "common.qss"]
    parts = sorted((STYLES / "parts").glob("*.qss"))
    files += [part for part in parts if part.stem.count(".") == 0]
    files.append(STYLES / f"{theme}.qss")
    files += [part for part in parts if part.stem.endswith(f".{theme}")]
    text = "\n".join(path.read_text(encoding="utf-8") for path in files)
    # Stylesheet urls are relative to the working folder; make icon paths absolute.
    return text.replace("@ICONS@", ICONS.as_posix())


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply ``theme`` (falls back to light when unknown); returns the theme applied."""
    if theme not in THEMES:
        theme = DEFAULT_THEME
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    for role, color in _PALETTES[theme].items():
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(theme))
    app.setProperty("theme", theme)
    return theme
