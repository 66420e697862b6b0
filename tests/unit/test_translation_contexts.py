"""Strings reach the translators only in ways pyside6-lupdate can see, in the context
the running app looks them up in.

lupdate collects ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``,
``QT_TRANSLATE_NOOP("Ctx", "…")`` and a bare ``tr("…")`` (empty context; the app's
``ui.i18n.tr`` looks there). A module's own ``_tr("…")`` helper is invisible to it
(the string never reaches the .ts files, so it is never translated and no
"unfinished" check can notice); ``QCoreApplication.translate`` with a count loses
its plural forms; and a count written as an expression makes lupdate skip the call.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
from pathlib import Path
from types import SimpleNamespace

import ui
from ui.models.row_table import RowTableModel

UI = Path(ui.__file__).parent


def _literal_calls_to_helpers(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    uses_shared_tr = "from ui.i18n import" in source and any(
        isinstance(node, ast.ImportFrom)
        and node.module == "ui.i18n"
        and any(alias.name == "tr" for alias in node.names)
        for node in ast.walk(tree)
    )
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        literal = isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        func = node.func
        where = f"{path.relative_to(UI.parent)}:{node.lineno}"
        helper = isinstance(func, ast.Name) and (
            func.id in {"_tr", "translate", "_"} or (func.id == "tr" and not uses_shared_tr)
        )
        if helper and literal:
            found.append(where)
        elsewhere = (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and not (isinstance(func.value, ast.Name) and func.value.id == "self")
        )
        if elsewhere and literal:
            found.append(f"{where} (x.tr() is filed under no context the app asks)")
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 4:
            text = node.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append(f"{where} (a plural: use ui.i18n.tr)")
    return found


def test_no_string_goes_through_a_helper_lupdate_cannot_see() -> None:
    offenders = [
        hit for path in sorted(UI.rglob("*.py")) for hit in _literal_calls_to_helpers(path)
    ]
    assert offenders == [], f"use QCoreApplication.translate('Context', '…') at: {offenders}"


def test_table_models_look_up_their_strings_under_their_own_class_name() -> None:
    models = []
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name.endswith(("__main__", "screens", "screenshots", "demo")):
            continue
        module = importlib.import_module(info.name)
        models += [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, RowTableModel) and cls is not RowTableModel
        ]
    assert models
    wrong = {cls.__name__: cls.CONTEXT for cls in models if cls.__name__ != cls.CONTEXT}
    assert wrong == {}, "self.tr() strings are stored under the class name by lupdate"


def test_helper_strings_are_translated_at_run_time(qapp: object) -> None:
    from ui.agent.case_panel_text import approval_words
    from ui.i18n import LanguageManager
    from ui.supervisor import format as fmt
    from ui.widgets.chat_text import display_text

    languages = LanguageManager()
    languages.set_language("ru")
    try:
        assert fmt.duration(45) == "45 с"
        assert approval_words(SimpleNamespace(approver="agent")) == (  # type: ignore[arg-type]
            "Требуется одобрение другого сотрудника."
        )
        joined = display_text("system", json.dumps({"event": "agent_joined", "agent": "Maria"}))
        assert joined.startswith("Maria") and "joined" not in joined
    finally:
        languages.set_language("en")


def _translatable_literals(path: Path) -> set[str]:
    """Texts passed to self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if name == "tr" and not isinstance(func, ast.Attribute):
            position = 0  # ui.i18n.tr
        if position is None or len(node.args) <= position:
            continue
        on_self = isinstance(func, ast.Attribute) and (
            isinstance(func.value, ast.Name) and func.value.id == "self"
        )
        if isinstance(func, ast.Attribute) and name == "tr" and not on_self:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_lupdate_finds_every_string_the_code_translates() -> None:
    """pyside6-lupdate silently skips some call shapes (a count given as ``len(x)`` or
    ``round(x)`` instead of a name): such strings would never be translated."""
    import xml.etree.ElementTree as ET

    from ui.i18n_build import ts_path

    in_ts = {m.findtext("source") for m in ET.parse(ts_path("en")).iter("message")}
    missing = sorted(
        f"{path.relative_to(UI.parent)}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for text in _translatable_literals(path)
        if text not in in_ts
    )
    assert missing == [], "pass counts as plain names to tr()/translate(): " + "; ".join(missing)
