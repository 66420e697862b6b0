"""Prepared replies at the keyboard (Ctrl+K): type to filter, Enter puts the reply,
filled in for this case by the server, into the composer to check before sending."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from recovery_app.client.agent import AgentApi
from recovery_app.client.errors import ClientError
from recovery_app.schemas.chat import CannedOut
from ui.messages import message_for

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CannedPopup(QDialog):
    """A filter field over the list of prepared replies.

    Signals:
        chosen(str): the rendered text of the reply picked.
    """

    chosen = Signal(str)

    def __init__(
        self,
        agent_api: AgentApi,
        reference: str,
        language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPopup")
        self.agent_api = agent_api
        self.reference = reference
        self.language = language
        self.replies: list[CannedOut] = []
        self.filter = QLineEdit(self)
        self.filter.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("formError")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.resize(520, 380)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.accept_current)
        self.list.itemActivated.connect(lambda _item: self.accept_current())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepared replies"))
        self.filter.setPlaceholderText(self.tr("Type to search by shortcut, title or text"))
        self.filter.setAccessibleName(self.tr("Search prepared replies"))
        self.list.setAccessibleName(self.tr("Prepared replies"))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Up and Down in the filter field move through the list.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    async def load(self) -> None:
        """Fetch the replies for the case's language (then every language if none)."""
        try:
            replies = await self.agent_api.search_canned(language=self.language)
            if not replies and self.language:
                replies = await self.agent_api.search_canned()
        except ClientError as exc:
            self._error(message_for(exc.code))
            return
        self.replies = replies
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        self.list.clear()
        found = []
        for reply in self.replies:
            haystack = f"{reply.shortcut} {reply.title} {reply.body}".lower()
            if needle and not all(word in haystack for word in needle.split()):
                continue
            # Shortcut matches first, then titles, then the rest.
            if not needle or reply.shortcut.lower().startswith(needle):
                rank = 0
            else:
                rank = 1 if needle in reply.title.lower() else 2
            found.append((rank, reply))
        found.sort(key=lambda pair: pair[0])
        for _, reply in found:
            item = QListWidgetItem(f"/{reply.shortcut} — {reply.title}\n{reply.body[:140]}")
            item.setData(ID_ROLE, reply.id)
            item.setToolTip(reply.body)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    @asyncSlot()
    async def accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.filter.setEnabled(False)
        try:
            rendered = await self.agent_api.render_canned(self.reference, int(item.data(ID_ROLE)))
        except ClientError as exc:
            self._error(message_for(exc.code))
            return
        finally:
            self.filter.setEnabled(True)
        self.chosen.emit(rendered.text)
        self.accept()

    def _error(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
