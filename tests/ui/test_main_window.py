"""The main window: mode switch, runtime language and theme, keyboard and screen readers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from ui.i18n import LANGUAGES


def _interactive(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox) and w.isVisible()
    ]


async def test_mode_buttons_and_shortcuts_switch_between_user_and_agent(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    window = (await client_for(live_server.url)).window
    assert window.mode == "user"
    assert window.pages.currentWidget() is window.user_page
    window.agent_mode_button.click()
    assert window.mode == "agent"
    assert window.pages.currentWidget() is window.agent_page
    assert window.agent_mode_button.isChecked()
    assert not window.user_mode_button.isChecked()
    window.activateWindow()
    await eventually(window.isActiveWindow, what="window activation")
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    await eventually(lambda: window.mode == "user", what="Ctrl+1 to user mode")
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    await eventually(lambda: window.mode == "agent", what="Ctrl+2 to agent mode")


async def test_language_switches_at_runtime_from_the_language_box(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    client = await client_for(live_server.url)
    window = client.window
    assert window.user_page.heading.text() == "Locked out of your account?"
    expected = {
        "pl": "Nie możesz wejść na swoje konto?",
        "de": "Kein Zugang mehr zu Ihrem Konto?",
        "fr": "Vous n’avez plus accès à votre compte ?",
        "ru": "Нет доступа к аккаунту?",
        "en": "Locked out of your account?",
    }
    for code, heading in expected.items():
        window.language_combo.setCurrentIndex(window.language_combo.findData(code))
        await eventually(lambda h=heading: window.user_page.heading.text() == h, what=code)
        assert client.languages.language == code


# Words that are rightly the same as in English.
SAME_IN_BOTH = {("de", "&Code:")}


async def test_every_language_translates_every_visible_text(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    client = await client_for(live_server.url)
    window = client.window

    def texts() -> dict[str, str]:
        found = {}
        for widget in window.findChildren(QWidget):
            text = getattr(widget, "text", None)
            if callable(text) and widget.objectName() not in ("serverLabel", "connectionDot"):
                value = text()
                if isinstance(value, str) and value.strip():
                    found[f"{widget.objectName()}:{id(widget)}"] = value
        return found

    english = texts()
    for code in LANGUAGES:
        if code == "en":
            continue
        client.languages.set_language(code)
        await asyncio.sleep(0.1)  # LanguageChange events are posted, not sent
        translated = texts()
        untranslated = [
            english[key]
            for key in english
            if translated.get(key) == english[key]
            and english[key] not in LANGUAGES.values()
            and english[key] != "Recovery Desk"
            and (code, english[key]) not in SAME_IN_BOTH
        ]
        assert untranslated == [], f"{code}: still English: {untranslated}"
    client.languages.set_language("en")


async def test_every_control_has_an_accessible_name_and_is_reachable_by_tab(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    window = (await client_for(live_server.url)).window
    controls = _interactive(window)
    assert controls, "no controls found"
    for control in controls:
        assert control.accessibleName(), f"{control.objectName()} has no accessible name"
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()
    # Walk the tab chain from the first control: every control must come up.
    seen: list[QWidget] = []
    widget: QWidget = window.user_mode_button
    for _ in range(50):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.user_mode_button:
            break
    missing = [c.objectName() for c in controls if c not in seen]
    assert missing == []
    order = [w for w in seen if w in controls]
    assert order.index(window.user_mode_button) < order.index(window.agent_mode_button)
    assert order.index(window.agent_mode_button) < order.index(window.language_combo)
    assert order.index(window.language_combo) < order.index(window.theme_combo)


async def test_theme_box_changes_the_stylesheet_and_palette(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    window = (await client_for(live_server.url)).window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.theme_combo.setCurrentIndex(window.theme_combo.findData("dark"))
    assert app.property("theme") == "dark"
    assert app.palette().window().color().name() == "#1b1f27"
    window.set_theme("contrast")
    assert window.theme_combo.currentData() == "contrast"
    assert app.palette().window().color().name() == "#000000"
    assert "#ffff00" in app.styleSheet()
    window.set_theme("light")
    assert app.palette().window().color().name() == "#f5f6f8"


async def test_service_notice_banner_shows_in_the_chosen_language(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy.ext.asyncio import async_sessionmaker

    from recovery_app.storage.database import create_engine, normalize_url
    from recovery_app.storage.notices import add_notice

    engine = create_engine(normalize_url(live_server.settings.effective_database_url))
    async with async_sessionmaker(engine)() as session, session.begin():
        await add_notice(
            session,
            "outage",
            {"en": "SMS codes are delayed", "fr": "Les codes SMS arrivent en retard"},
            datetime.now(UTC) - timedelta(minutes=1),
        )
    await engine.dispose()
    client = await client_for(live_server.url)
    banner = client.window.notice
    await eventually(lambda: banner.isVisible(), what="notice banner")
    assert banner.text() == "SMS codes are delayed"
    client.window.language_combo.setCurrentIndex(client.window.language_combo.findData("fr"))
    await eventually(lambda: banner.text() == "Les codes SMS arrivent en retard")
    client.window.language_combo.setCurrentIndex(client.window.language_combo.findData("de"))
    await eventually(lambda: banner.text() == "SMS codes are delayed", what="English fallback")
