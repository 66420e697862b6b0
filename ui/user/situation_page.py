"""Step 1: what happened? Four situations, resuming a case, or a reset link already in hand."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QPushButton, QWidget

from ui.user.page_base import FlowPage

KINDS = ("forgot_password", "lost_second_factor", "hacked", "disabled")


class SituationPage(FlowPage):
    """Signals:
    chosen(str): the case kind the person picked.
    resumeRequested(): "Resume a case".
    resetLinkRequested(): "I already have a reset link".
    """

    chosen = Signal(str)
    resumeRequested = Signal()
    resetLinkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, QCommandLinkButton] = {}
        for kind in KINDS:
            button = QCommandLinkButton(self)
            button.setIcon(QIcon())  # the style's arrow is dark on dark themes
            button.setObjectName("situationChoice")
            button.clicked.connect(lambda _=False, k=kind: self.chosen.emit(k))
            self.choices[kind] = button
            self.body.addWidget(button)
        row = QHBoxLayout()
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("linkButton")
        self.resume_button.clicked.connect(self.resumeRequested)
        self.reset_link_button = QPushButton(self)
        self.reset_link_button.setObjectName("linkButton")
        self.reset_link_button.clicked.connect(self.resetLinkRequested)
        row.addWidget(self.resume_button)
        row.addWidget(self.reset_link_button)
        row.addStretch(1)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        buttons = [*self.choices.values(), self.resume_button, self.reset_link_button]
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.choices[KINDS[0]]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("What happened?"))
        self.heading.setText(self.tr("Locked out of your account?"))
        self.intro.setText(
            self.tr(
                "Tell us what happened. We will help you prove that the account is yours "
                "and get back in. We never ask for your password."
            )
        )
        texts = {
            "forgot_password": (
                self.tr("I forgot my password"),
                self.tr("You still have your e-mail or phone, but not the password."),
            ),
            "lost_second_factor": (
                self.tr("I lost my authenticator"),
                self.tr("Your phone with the sign-in app is lost, reset or broken."),
            ),
            "hacked": (
                self.tr("My account was hacked"),
                self.tr("Someone else changed your password, e-mail, phone or sign-in app."),
            ),
            "disabled": (
                self.tr("My account was disabled"),
                self.tr("Your account was suspended or locked and you think it is a mistake."),
            ),
        }
        for kind, (title, line) in texts.items():
            button = self.choices[kind]
            button.setText(title)
            button.setDescription(line)
            button.setAccessibleName(title)
            button.setAccessibleDescription(line)
        self.resume_button.setText(self.tr("&Resume a case"))
        self.resume_button.setAccessibleName(self.tr("Resume a case you opened before"))
        self.reset_link_button.setText(self.tr("I already have a reset lin&k"))
        self.reset_link_button.setAccessibleName(
            self.tr("I already have a password reset link: secure my account")
        )
