"""Every control on every page of the screenshot walks has an accessible name.

Runs the user, secure, agent and supervisor walks of ``make screenshots`` (English,
light theme) against a real seeded server. On each page, every visible control in
the window (buttons, boxes, text fields, spin boxes, lists, tables, tab bars, sliders)
must give assistive technology a name: the one Qt's accessibility layer reports, set
with ``setAccessibleName`` or taken from a button's text. Parts Qt builds inside a
named control (a spin box's or editable combo box's line edit, a tab widget's bar,
a table's header, which names its columns) are left out.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.screen_env import ScreenEnv
from ui.screenshots import AREAS, load_walk, render_all, seeded_server

HERE = "tests.ui.test_accessible_names_on_every_page"
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QSlider,
)
WALKED = ("user", "secure", "agent", "supervisor")
unnamed: dict[str, set[str]] = {}
checked: list[str] = []


def _inner_part(widget: QWidget) -> bool:
    """A sub-widget Qt makes inside a control that carries the name itself."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView)
        or (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox))
    )


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _check(area: str, page: str, widget: QWidget) -> None:
    top = widget.window()
    for control in [top, *top.findChildren(QWidget)]:
        if not isinstance(control, CONTROLS) or not control.isVisible() or _inner_part(control):
            continue
        checked.append(f"{area}-{page}")
        if not _name(control):
            what = f"{type(control).__name__} {control.objectName() or '(no object name)'}"
            unnamed.setdefault(what, set()).add(f"{area}-{page}")


def _checking(area: str) -> Any:
    async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
        report = type("R", (), {"skipped": [], "failures": []})()
        real = load_walk(area, AREAS[area], report)  # type: ignore[arg-type]
        assert real is not None, report.failures or report.skipped
        async for page, widget in real(env):
            _check(area, page, widget)
            yield page, widget

    return walk


user_walk = _checking("user")
secure_walk = _checking("secure")
agent_walk = _checking("agent")
supervisor_walk = _checking("supervisor")


@pytest.fixture(scope="module")
def demo_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    data_dir = tmp_path_factory.mktemp("a11y-server")
    with seeded_server(data_dir) as (url, demo):
        yield url, data_dir, demo


@pytest.mark.timeout(600)
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: dialogs
async def test_every_control_on_every_walked_page_has_an_accessible_name(
    demo_server: tuple[str, Path, dict[str, Any]], tmp_path: Path
) -> None:
    url, data_dir, demo = demo_server
    report = await render_all(
        tmp_path,
        url,
        data_dir,
        demo,
        languages=("en",),
        themes=("light",),
        areas={area: f"{HERE}:{area}_walk" for area in WALKED},
    )
    assert report.failures == [], report.failures
    pages = {path.stem for path in report.written}
    # Each area's walk went through its pages (not stopped after the first).
    for area in WALKED:
        assert sum(page.startswith(f"{area}-") for page in pages) >= 5, (area, sorted(pages))
    assert len(checked) > 300
    assert unnamed == {}, "controls without an accessible name: " + "; ".join(
        f"{what} on {sorted(where)}" for what, where in sorted(unnamed.items())
    )
