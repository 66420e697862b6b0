"""Dialogs of the case panel that ask for a reason, and awaiting a dialog without a nested loop.

``await run_dialog(dialog)`` opens the dialog window-modal with ``open()`` and
waits for it on the qasync loop: ``exec()`` would start a nested Qt loop inside
a running task, which qasync cannot survive (shared/ENVIRONMENT.md).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


async def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` and return True when it was accepted."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    try:
        return await done == QDialog.DialogCode.Accepted.value
    finally:
        dialog.finished.disconnect(finished)


class ReasonDialog(QDialog):
    """Asks for a reason of at least ``min_length`` characters; OK stays off until then.

    Used to reveal an original document, to approve or reject evidence, and to
    approve or refuse another agent's request. The reason goes to the audit log.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        confirm: str,
        *,
        min_length: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.min_length = min_length
        self._title, self._prompt, self._confirm = title, prompt, confirm
        self.prompt = QLabel(self)
        self.prompt.setObjectName("reasonPrompt")
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonText")
        self.reason.setTabChangesFocus(True)
        self.prompt.setBuddy(self.reason)
        self.hint = QLabel(self)
        self.hint.setObjectName("reasonHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("reasonConfirm")
        self.confirm_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.setMinimumWidth(420)
        self.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self.prompt.setText(self._prompt)
        self.confirm_button.setText(self._confirm)
        self.confirm_button.setAccessibleName(self._confirm.replace("&", ""))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.hint.setText(
            self.tr("At least %n characters. It is written to the audit log.", "", self.min_length)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        self.confirm_button.setEnabled(len(self.text()) >= self.min_length)
