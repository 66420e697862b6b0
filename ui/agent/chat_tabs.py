"""Several chats at once, as tabs.

Tabs rather than a side list: each chat sits beside its case panel and both need the
width; a tab bar costs one line of height, shows every chat's reference with its unread
count, and Ctrl+PgDown/PgUp (or Ctrl+Tab) move through it as in a browser. Tabs
scroll when 50 chats are open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.agent.chat_pane import ChatPane


class ChatTabs(QTabWidget):
    """One :class:`ChatPane` per open case, keyed by reference.

    Signals:
        countChanged(int): chats open.
    """

    countChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatTabs")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setMovable(True)
        self.panes: dict[str, ChatPane] = {}
        self.currentChanged.connect(self._current_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Open chats"))
        self.setToolTip(self.tr("Next chat: Ctrl+PgDown or Ctrl+Tab; previous: Ctrl+PgUp"))
        for pane in self.panes.values():
            self._update_title(pane)

    def add_pane(self, pane: ChatPane, *, focus: bool = False) -> None:
        self.panes[pane.reference] = pane
        index = self.addTab(pane, pane.reference)
        self._update_title(pane)
        if focus or self.count() == 1:
            self.setCurrentIndex(index)
        self.countChanged.emit(len(self.panes))

    def take_pane(self, reference: str) -> ChatPane | None:
        pane = self.panes.pop(reference, None)
        if pane is not None:
            self.removeTab(self.indexOf(pane))
            self.countChanged.emit(len(self.panes))
        return pane

    def current_pane(self) -> ChatPane | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, ChatPane) else None

    def message_arrived(self, reference: str) -> bool:
        """Count an unread message unless the chat is in front; True when counted."""
        pane = self.panes.get(reference)
        if pane is None or (pane is self.currentWidget() and self.window().isActiveWindow()):
            return False
        pane.unread += 1
        self._update_title(pane)
        return True

    def step(self, delta: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + delta) % self.count())
            pane = self.current_pane()
            if pane is not None:
                pane.focus_composer()

    def _current_changed(self, _index: int) -> None:
        pane = self.current_pane()
        if pane is not None and pane.unread:
            pane.unread = 0
            self._update_title(pane)

    def _update_title(self, pane: ChatPane) -> None:
        index = self.indexOf(pane)
        if index < 0:
            return
        title = pane.reference
        tip = pane.reference
        if pane.unread:
            title = f"{pane.reference} ({pane.unread})"
            tip = self.tr("%1: %n unread messages", "", pane.unread).replace("%1", pane.reference)
        self.setTabText(index, title)
        self.setTabToolTip(index, tip)
        self.setTabWhatsThis(index, tip)
