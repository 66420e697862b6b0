"""Step 3: prove it is you. The level so far in words, and the ways to prove more.

The server decides what each proof is worth (only contacts, authenticators and
backup codes that were on the account *before* the problem count); this page
only offers the methods and mirrors the level the server reports.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.cases import CaseStatusOut
from ui.user.page_base import FlowPage, wrapped_label

# Method offered → the proof kind the server reports once it passed.
METHODS = {
    "email_code": "email",
    "sms_code": "phone",
    "totp": "authenticator",
    "backup_code": "backup_code",
    "document": "document",
}


class VerifyPage(FlowPage):
    """Signals:
    methodChosen(str): one of :data:`METHODS`.
    helpRequested(): continue with a person (and the assistant).
    """

    methodChosen = Signal(str)
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: CaseStatusOut | None = None
        self.level_box = QFrame(self)
        self.level_box.setObjectName("levelBox")
        self.level_title = wrapped_label(self.level_box, "levelTitle")
        self.level_text = wrapped_label(self.level_box, "levelText", selectable=True)
        box = QVBoxLayout(self.level_box)
        box.addWidget(self.level_title)
        box.addWidget(self.level_text)
        self.choose_label = wrapped_label(self, "sectionLabel")
        self.methods: dict[str, QCommandLinkButton] = {}
        self.body.addWidget(self.level_box)
        self.body.addWidget(self.choose_label)
        for method in METHODS:
            button = QCommandLinkButton(self)
            button.setIcon(QIcon())  # the style's arrow is dark on dark themes
            button.setObjectName("methodChoice")
            button.clicked.connect(lambda _=False, m=method: self.methodChosen.emit(m))
            self.methods[method] = button
            self.body.addWidget(button)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("primaryButton")
        self.help_button.clicked.connect(self.helpRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.help_button)
        self.body.addLayout(row)
        buttons = [*self.methods.values(), self.help_button]
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        for button in self.methods.values():
            if button.isEnabled():
                return button
        return self.help_button

    @property
    def level(self) -> int:
        return self.status.verification.level if self.status else 0

    def set_status(self, status: CaseStatusOut) -> None:
        self.status = status
        self.retranslate()

    def level_words(self) -> tuple[str, str]:
        level = self.level
        if level <= 0:
            return (
                self.tr("No proof yet"),
                self.tr(
                    "One proof lets us help you reset your password. Choose one of the ways below."
                ),
            )
        if level == 1:
            return (
                self.tr("One proof so far"),
                self.tr(
                    "That is enough to sign out every other device and, if the account has no "
                    "two-step sign-in, to reset your password. One more proof of a different "
                    "kind lets us reset your password in every case and undo changes someone "
                    "else made."
                ),
            )
        if level == 2:
            return (
                self.tr("Two proofs"),
                self.tr(
                    "We can reset your password and undo changes someone else made to your "
                    "e-mail address or phone. Removing two-step sign-in also needs your ID "
                    "document and a selfie, checked by our team."
                ),
            )
        return (
            self.tr("Fully verified"),
            self.tr(
                "Your proofs and your ID check let us restore everything, including removing "
                "two-step sign-in."
            ),
        )

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Prove it is you"))
        self.heading.setText(self.tr("Prove it is you"))
        self.intro.setText(
            self.tr(
                "Each proof is something only the real owner has. Only e-mail addresses, "
                "phones and apps that were on the account before the problem started count."
            )
        )
        title, text = self.level_words()
        self.level_title.setText(title)
        self.level_text.setText(text)
        self.level_box.setAccessibleName(f"{title}. {text}")
        self.choose_label.setText(self.tr("Choose a way to prove it is you:"))
        texts = {
            "email_code": (
                self.tr("Code to an e-mail address"),
                self.tr("We send a code to the account's e-mail address from before."),
            ),
            "sms_code": (
                self.tr("Code by text message"),
                self.tr("We send a code to the account's phone number from before."),
            ),
            "totp": (
                self.tr("Authenticator app"),
                self.tr("Type the code your authenticator app shows for this account."),
            ),
            "backup_code": (
                self.tr("Backup code"),
                self.tr("Use one of the backup codes you saved when you set up two-step sign-in."),
            ),
            "document": (
                self.tr("ID document and selfie"),
                self.tr(
                    "Send a photo of your ID and a selfie holding a code we show you. "
                    "Our team checks them."
                ),
            ),
        }
        proofs = set(self.status.verification.proofs) if self.status else set()
        for method, (title, line) in texts.items():
            button = self.methods[method]
            done = METHODS[method] in proofs
            button.setEnabled(not done)
            button.setText(self.tr("{method} — done").format(method=title) if done else title)
            button.setDescription(line)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(line)
        self.help_button.setText(self.tr("Get &help from a person"))
        self.help_button.setAccessibleName(self.tr("Get help from a person"))
