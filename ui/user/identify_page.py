"""Step 2: which account, and a fresh address where we can reply.

What follows looks the same whether or not the account exists: the page never
says "no such account", and the server answers the same either way.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.user.page_base import FlowPage, wrapped_label


class IdentifyPage(FlowPage):
    """Signals:
    submitted(str, str, str): account identifier, reply contact, language code.
    """

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "forgot_password"
        self.kind_label = wrapped_label(self, "kindLabel")
        self.account_label = QLabel(self)
        self.account_field = QLineEdit(self)
        self.account_field.setObjectName("accountField")
        self.account_hint = wrapped_label(self, "fieldHint")
        self.reply_label = QLabel(self)
        self.reply_field = QLineEdit(self)
        self.reply_field.setObjectName("replyField")
        self.reply_hint = wrapped_label(self, "fieldHint")
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        for label, field in (
            (self.account_label, self.account_field),
            (self.reply_label, self.reply_field),
            (self.language_label, self.language_combo),
        ):
            label.setBuddy(field)
            label.setWordWrap(True)
        # Labels above their fields: long German and Russian labels never squeeze or clip.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.account_label, self.account_field)
        form.addRow(self.account_hint)
        form.addRow(self.reply_label, self.reply_field)
        form.addRow(self.reply_hint)
        form.addRow(self.language_label, self.language_combo)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.submit)
        self.account_field.returnPressed.connect(self.submit)
        self.reply_field.returnPressed.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        self.body.addWidget(self.kind_label)
        self.body.addLayout(form)
        self.body.addLayout(row)
        QWidget.setTabOrder(self.account_field, self.reply_field)
        QWidget.setTabOrder(self.reply_field, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.continue_button)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.account_field

    def set_kind(self, kind: str, language: str) -> None:
        self.kind = kind
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.account_field, self.reply_field, self.language_combo):
            widget.setEnabled(not busy)
        self.continue_button.setEnabled(not busy)

    def submit(self) -> None:
        account = self.account_field.text().strip()
        reply = self.reply_field.text().strip()
        if not account:
            self.show_message(self.tr("Enter the account's name, e-mail address or phone number."))
            self.account_field.setFocus()
            return
        if len(reply) < 3 or ("@" not in reply and sum(c.isdigit() for c in reply) < 6):
            self.show_message(
                self.tr(
                    "Enter an e-mail address or a phone number (with country code) where we "
                    "can reach you now."
                )
            )
            self.reply_field.setFocus()
            return
        self.clear_message()
        self.submitted.emit(account, reply, self.language_combo.currentData())

    def kind_text(self) -> str:
        return {
            "forgot_password": self.tr("You forgot your password."),
            "lost_second_factor": self.tr("You lost your authenticator."),
            "hacked": self.tr("Your account was hacked."),
            "disabled": self.tr("Your account was disabled."),
        }.get(self.kind, "")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your account and how to reach you"))
        self.heading.setText(self.tr("Which account is it?"))
        self.intro.setText(
            self.tr(
                "Tell us which account you want back and where we can reach you now. "
                "We send a code to that address to check it is yours."
            )
        )
        self.kind_label.setText(self.kind_text())
        self.account_label.setText(self.tr("Acc&ount:"))
        self.account_field.setPlaceholderText(self.tr("Name, e-mail address or phone number"))
        self.account_field.setAccessibleName(self.tr("The account you want back"))
        self.account_hint.setText(
            self.tr("The name you sign in with, or an e-mail address or phone number it used.")
        )
        self.reply_label.setText(self.tr("&Reply to:"))
        self.reply_field.setPlaceholderText(self.tr("e.g. name@example.org or +48 600 100 200"))
        self.reply_field.setAccessibleName(self.tr("Where we can reach you now"))
        self.reply_hint.setText(
            self.tr(
                "An e-mail address or phone number you can use right now. If someone took over "
                "your account, do not use an address they changed."
            )
        )
        self.language_label.setText(self.tr("La&nguage of our messages:"))
        self.language_combo.setAccessibleName(self.tr("Language of our messages"))
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue: send me a code"))
