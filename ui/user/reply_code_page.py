"""Step 2b: the code sent to the reply address, and the case reference to keep."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.user.code_entry import CodeEntry
from ui.user.page_base import FlowPage, wrapped_label


class ReferenceBox(QFrame):
    """The case reference, large, with a copy button and "keep this to come back later"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceBox")
        self.caption = wrapped_label(self, "referenceCaption")
        self.value = wrapped_label(self, "referenceValue", selectable=True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        self.hint = wrapped_label(self, "fieldHint")
        self.key_hint = wrapped_label(self, "keyHint")
        self.copy_key_button = QPushButton(self)
        self.copy_key_button.clicked.connect(self.copy_key)
        self._token = ""
        self.key_copied = False
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.copy_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_hint, 1)
        key_row.addWidget(self.copy_key_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addLayout(key_row)
        self.copied = False
        self.set_token_kept(True, "")
        self.retranslate()

    def set_reference(self, reference: str) -> None:
        self.value.setText(reference)
        self.value.setAccessibleName(reference)
        self.copied = False
        self.retranslate()

    def set_token_kept(self, kept: bool, token: str) -> None:
        """When the OS keyring cannot keep the case key, offer to copy it (never shown)."""
        self._token = "" if kept else token
        self.key_copied = False
        self.key_hint.setVisible(not kept)
        self.copy_key_button.setVisible(not kept)
        self.retranslate()

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self._token)
        self.key_copied = True
        self.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value.text())
        self.copied = True
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Your case reference"))
        self.copy_button.setText(self.tr("Copied") if self.copied else self.tr("C&opy"))
        self.copy_button.setAccessibleName(self.tr("Copy the case reference"))
        self.hint.setText(
            self.tr("Keep this to come back later: with it you can resume your case.")
        )
        self.key_hint.setText(
            self.tr(
                "This computer cannot keep the key to your case. Copy the case key and keep it "
                "somewhere safe: you need it with the reference to come back."
            )
        )
        self.copy_key_button.setText(
            self.tr("Key copied") if self.key_copied else self.tr("Copy case &key")
        )
        self.copy_key_button.setAccessibleName(self.tr("Copy the secret case key"))


class ReplyCodePage(FlowPage):
    """Signals:
    submitted(str): the code typed.
    resendRequested(): "send a new code".
    """

    submitted = Signal(str)
    resendRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply_contact = ""
        self.reference_box = ReferenceBox(self)
        self.entry = CodeEntry(self)
        self.entry.submitted.connect(self.submitted)
        self.entry.resendRequested.connect(self.resendRequested)
        self.body.addWidget(self.reference_box)
        self.body.addWidget(self.entry)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.entry.field

    def start(self, reference: str, reply_contact: str) -> None:
        self.reply_contact = reply_contact
        self.reference_box.set_reference(reference)
        self.entry.field.clear()
        self.entry.set_busy(False)
        self.entry.set_delivery(None)
        self.entry.start_countdown()
        self.clear_message()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Check your reply address"))
        self.heading.setText(self.tr("Check your e-mail or phone"))
        self.intro.setText(
            self.tr(
                "We sent a 6-digit code to {contact}. Type it here so we know we can reach "
                "you there. Nothing else happens to your account yet."
            ).format(contact=self.reply_contact)
        )
