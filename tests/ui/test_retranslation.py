"""Every widget that has a ``retranslate()`` also hears the language change.

A widget that sets its texts in ``retranslate()`` but has no ``changeEvent``
of its own (or of a base class of ours) stays in the old language when the
person switches at runtime; this finds such widgets in every module of ``ui``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QWidget

import ui


def _our_widget_classes() -> list[type[QWidget]]:
    found: dict[str, type[QWidget]] = {}
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        if module_info.name.endswith(("__main__", ".screens", "_screens", "screenshots", ".demo")):
            continue
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__.startswith("ui."):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def _handles_language_change(cls: type[QWidget]) -> bool:
    return any(
        "changeEvent" in vars(base) for base in cls.__mro__ if base.__module__.startswith("ui.")
    )


def test_every_widget_with_texts_to_translate_follows_a_language_change() -> None:
    classes = _our_widget_classes()
    assert len(classes) > 50  # the scan sees the whole client
    deaf = sorted(
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in classes
        if hasattr(cls, "retranslate") and not _handles_language_change(cls)
    )
    assert deaf == [], f"retranslate() never called on a language change: {deaf}"
