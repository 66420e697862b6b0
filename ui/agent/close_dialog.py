"""Closing a case: what it does (ends the account's sessions, the requester gets the
survey "Was your access restored?") and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CloseDialog(QDialog):
    """Confirm completing the case."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self.reference = reference
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        # As tall as its text at this width: no empty band above or below.
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the case"))
        self.text.setText(
            self.tr(
                "Close case %1? Every session and device of the account is signed out, "
                'the chat ends, and the requester is asked "Was your access restored?".'
            ).replace("%1", self.reference)
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Close the case"))
        ok.setAccessibleName(self.tr("Close the case"))
