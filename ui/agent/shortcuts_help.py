"""The "Keyboard shortcuts" help of the agent desk (F1)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_CTX = "AgentShortcuts"
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+PgDown", QT_TRANSLATE_NOOP("AgentShortcuts", "Next chat (also Ctrl+Tab)")),
    ("Ctrl+PgUp", QT_TRANSLATE_NOOP("AgentShortcuts", "Previous chat (also Ctrl+Shift+Tab)")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("AgentShortcuts", "Send the reply")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("AgentShortcuts", "Prepared replies (also Ctrl+/)")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("AgentShortcuts", "Private note on or off")),
    ("Ctrl+Shift+T", QT_TRANSLATE_NOOP("AgentShortcuts", "Transfer the chat")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("AgentShortcuts", "Escalate to a supervisor")),
    ("Ctrl+Shift+W", QT_TRANSLATE_NOOP("AgentShortcuts", "Close the case")),
    ("Ctrl+Shift+Q", QT_TRANSLATE_NOOP("AgentShortcuts", "Go to the waiting queue")),
    (
        "Ctrl+Shift+1 / 2 / 3",
        QT_TRANSLATE_NOOP("AgentShortcuts", "Chats and queue / approvals / supervision"),
    ),
    ("Ctrl+1 / Ctrl+2", QT_TRANSLATE_NOOP("AgentShortcuts", "User mode / agent mode")),
    ("F1", QT_TRANSLATE_NOOP("AgentShortcuts", "This list")),
)


class ShortcutsDialog(QDialog):
    """A two-column table: keys and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, (keys, text) in enumerate(SHORTCUTS):
            native = " / ".join(
                QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText)
                for part in keys.split("/")
            )
            self.table.setItem(row, 0, QTableWidgetItem(native))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate(_CTX, text)))
        self.table.resizeColumnToContents(0)
