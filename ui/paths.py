"""Where the client finds its resources (stylesheets, translations, icons)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    """A folder inside the installed ``resources`` package."""
    return Path(str(resources.files("resources").joinpath(*parts)))


STYLES = resource_dir("styles")
TRANSLATIONS = resource_dir("translations")
ICONS = resource_dir("icons")
