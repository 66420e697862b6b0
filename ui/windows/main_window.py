"""The main window: header with the user/agent mode switch, the pages, the connection state."""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.api import ApiClient
from recovery_app.client.connection import ConnectionState, ConnectionStatus
from recovery_app.client.errors import ClientError
from ui.agent.workspace import AgentWorkspace
from ui.context import ClientContext
from ui.i18n import LANGUAGES, LanguageManager
from ui.notifications import Notifier
from ui.preferences import remember
from ui.tasks import BackgroundTasks
from ui.theme import THEMES, apply_theme
from ui.user.flow import UserFlow
from ui.widgets.connection_indicator import ConnectionIndicator
from ui.widgets.notice_banner import NoticeBanner

log = logging.getLogger(__name__)

MODES = ("user", "agent")


class MainWindow(QMainWindow):
    """One window, two modes. Network work happens in async slots, never blocking Qt.

    Signals:
        modeChanged(str): "user" or "agent".
    """

    modeChanged = Signal(str)

    def __init__(
        self,
        api: ApiClient,
        languages: LanguageManager,
        *,
        mode: str = "user",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.api = api
        self.languages = languages
        self.tasks = BackgroundTasks()
        self.context = ClientContext(api=api, languages=languages, notifier=Notifier(self))
        self.resize(1024, 680)
        self.setMinimumHeight(480)  # the width follows the header

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header(central))
        self.notice = NoticeBanner(central)
        layout.addWidget(self.notice)
        self.pages = QStackedWidget(central)
        self.user_page = UserFlow(self.context, self.pages)
        self.agent_page = AgentWorkspace(self.context, self.pages)
        self.pages.addWidget(self.user_page)
        self.pages.addWidget(self.agent_page)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.connection = ConnectionIndicator(self)
        self.server_label = QLabel(api.base_url, self)
        self.server_label.setObjectName("serverLabel")
        self.statusBar().addWidget(self.connection, 1)
        self.statusBar().addPermanentWidget(self.server_label)

        self._shortcuts = [
            QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.set_mode("user")),
            QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.set_mode("agent")),
        ]
        session = self.agent_page.session
        for changed in (session.signedIn, session.signedOut, session.expired):
            changed.connect(self._update_title)
        self.set_mode(mode)
        self.retranslate()

    # -- building -----------------------------------------------------------------

    def _build_header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(10)

        self.title = QLabel(header)
        self.title.setObjectName("appTitle")
        row.addWidget(self.title)
        row.addSpacing(16)

        self.mode_group = QButtonGroup(header)
        self.mode_group.setExclusive(True)
        self.user_mode_button = QPushButton(header)
        self.agent_mode_button = QPushButton(header)
        for index, button in enumerate((self.user_mode_button, self.agent_mode_button)):
            button.setCheckable(True)
            button.setObjectName("modeButton")
            self.mode_group.addButton(button, index)
            row.addWidget(button)
        self.mode_group.idClicked.connect(lambda index: self.set_mode(MODES[index]))
        row.addStretch(1)

        self.language_label = QLabel(header)
        self.language_combo = QComboBox(header)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.languages.language))
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.language_label.setBuddy(self.language_combo)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)

        self.theme_label = QLabel(header)
        self.theme_combo = QComboBox(header)
        self.theme_combo.setObjectName("themeCombo")
        for theme in THEMES:
            self.theme_combo.addItem("", theme)
        app = QApplication.instance()
        current = app.property("theme") if app else None
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        self.theme_combo.currentIndexChanged.connect(self._on_theme_chosen)
        self.theme_label.setBuddy(self.theme_combo)
        row.addWidget(self.theme_label)
        row.addWidget(self.theme_combo)

        self.setTabOrder(self.user_mode_button, self.agent_mode_button)
        self.setTabOrder(self.agent_mode_button, self.language_combo)
        self.setTabOrder(self.language_combo, self.theme_combo)
        return header

    # -- behaviour ----------------------------------------------------------------

    @property
    def mode(self) -> str:
        return MODES[self.pages.currentIndex()]

    def set_mode(self, mode: str) -> None:
        index = MODES.index(mode) if mode in MODES else 0
        self.pages.setCurrentIndex(index)
        button = self.mode_group.button(index)
        if button is not None:
            button.setChecked(True)
        self._update_title()
        self.modeChanged.emit(MODES[index])

    def _update_title(self) -> None:
        """A title that tells two windows apart in a task bar: the mode, and who is signed in."""
        session = self.agent_page.session
        if self.mode == "user":
            title = self.tr("Recovery Desk — Get help")
        elif session.active and session.agent is not None:
            if str(session.agent.role) == "supervisor":
                title = self.tr("Recovery Desk — Supervisor: %1")
            else:
                title = self.tr("Recovery Desk — Agent: %1")
            title = title.replace("%1", session.agent.display_name)
        else:
            title = self.tr("Recovery Desk — Agent")
        self.setWindowTitle(title)

    def show_connection(self, status: ConnectionStatus) -> None:
        was = self.connection.state
        self.connection.set_status(status)
        if status.state is ConnectionState.CONNECTED and was is not ConnectionState.CONNECTED:
            self.refresh_notices()

    def refresh_notices(self) -> None:
        self.tasks.spawn("notices", self._load_notices())

    async def _load_notices(self) -> None:
        try:
            notices = await self.api.notices()
        except ClientError as exc:
            # The connection indicator already tells the person; the banner can wait.
            log.info("notices not loaded: %s", exc.code)
            return
        self.notice.set_notices(notices, self.languages.language)

    async def aclose(self) -> None:
        """Cancel the window's background work; call before the event loop ends."""
        await self.user_page.aclose()
        await self.agent_page.aclose()
        await self.tasks.aclose()

    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != self.languages.language:
            self.languages.set_language(code)
            self.notice.set_language(self.languages.language)
            remember(language=self.languages.language)

    def set_theme(self, theme: str) -> None:
        """Apply ``theme`` to the whole app and show it in the theme box."""
        index = self.theme_combo.findData(theme)
        if index >= 0 and index != self.theme_combo.currentIndex():
            self.theme_combo.setCurrentIndex(index)  # applies through _on_theme_chosen
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _on_theme_chosen(self, index: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            remember(theme=apply_theme(app, self.theme_combo.itemData(index)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._update_title()
        self.title.setText(self.tr("Recovery Desk"))
        self.user_mode_button.setText(self.tr("&Get help"))
        self.user_mode_button.setToolTip(self.tr("Recover your own account (Ctrl+1)"))
        self.user_mode_button.setAccessibleName(self.tr("User mode: get help with your account"))
        self.agent_mode_button.setText(self.tr("&Agent"))
        self.agent_mode_button.setToolTip(self.tr("Work as a support agent (Ctrl+2)"))
        self.agent_mode_button.setAccessibleName(self.tr("Agent mode: support agent workspace"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        names = {
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "contrast": self.tr("High contrast"),
        }
        for index in range(self.theme_combo.count()):
            self.theme_combo.setItemText(index, names[self.theme_combo.itemData(index)])
        self.server_label.setAccessibleName(self.tr("Server address"))
        self.server_label.setToolTip(self.tr("The Recovery Desk server this app talks to"))
        with contextlib.suppress(RuntimeError):
            self.language_combo.setCurrentIndex(
                self.language_combo.findData(self.languages.language)
            )
