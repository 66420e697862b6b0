"""Hand a chat over: transfer to another online agent, or escalate to a supervisor.

Both need a reason; it stays private to agents (the requester sees only that someone
else took over).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.agent_desk import ColleagueOut

TRANSFER, ESCALATE = "transfer", "escalate"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HandoverDialog(QDialog):
    """Who to (for a transfer) and why."""

    def __init__(
        self,
        mode: str,
        colleagues: list[ColleagueOut] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.mode = mode
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.target_label = QLabel(self)
        self.target = QComboBox(self)
        self.target_label.setBuddy(self.target)
        self.reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.target_label)
        layout.addWidget(self.target)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.colleagues = list(colleagues or [])
        self.target_label.setVisible(mode == TRANSFER)
        self.target.setVisible(mode == TRANSFER)
        self.resize(480, 340)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.mode == TRANSFER:
            self.setWindowTitle(self.tr("Transfer the chat"))
            self.intro.setText(
                self.tr(
                    "Hand this chat to another online agent with a free slot. Your note "
                    "is for agents only."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Transfer"))
        else:
            self.setWindowTitle(self.tr("Escalate to a supervisor"))
            self.intro.setText(
                self.tr(
                    "A supervisor who is online takes the case, or the next one to come "
                    "online. Say why; only agents see it."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Escalate"))
        self.target_label.setText(self.tr("&Agent"))
        self.target.setAccessibleName(self.tr("Agent to transfer to"))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason.setAccessibleName(self.tr("Reason for the handover"))
        self._fill_targets()

    def _fill_targets(self) -> None:
        chosen = self.target.currentData(ID_ROLE)
        self.target.clear()
        for colleague in self.colleagues:
            if colleague.presence == "online" and colleague.free_slots > 0:
                label = self.tr("%1 (online, %n free slots)", "", colleague.free_slots)
            elif colleague.presence == "online":
                label = self.tr("%1 (online, no free slot)")
            else:
                label = self.tr("%1 (not online)")
            self.target.addItem(label.replace("%1", colleague.display_name))
            index = self.target.count() - 1
            self.target.setItemData(index, colleague.id, ID_ROLE)
            usable = colleague.presence == "online" and colleague.free_slots > 0
            if not usable:
                item = self.target.model().item(index)  # type: ignore[attr-defined]
                item.setEnabled(False)
        for index in range(self.target.count()):
            wanted = chosen is None or self.target.itemData(index, ID_ROLE) == chosen
            if wanted and self.target.model().item(index).isEnabled():  # type: ignore[attr-defined]
                self.target.setCurrentIndex(index)
                break

    def agent_id(self) -> int | None:
        value = self.target.currentData(ID_ROLE)
        return int(value) if value is not None else None

    def note(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        if self.mode == TRANSFER:
            index = self.target.currentIndex()
            enabled = index >= 0 and self.target.model().item(index).isEnabled()  # type: ignore[attr-defined]
            if not enabled:
                self._error(self.tr("Nobody can take this chat now. Try again later or escalate."))
                return
        if not self.note():
            self._error(self.tr("Write a short reason for the next person."))
            self.reason.setFocus()
            return
        if len(self.note()) > 2000:
            self._error(self.tr("Keep the reason under 2,000 characters."))
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
