"""The first page of each mode: what Recovery Desk does for this person."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def _label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QFrame):
    """A heading, an introduction and a numbered list of steps."""

    STEP_COUNT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label(self, "pageHeading")
        self.intro = _label(self, "pageIntro")
        self.steps = [_label(self, "pageStep") for _ in range(self.STEP_COUNT)]
        self.footnote = _label(self, "pageFootnote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for step in self.steps:
            layout.addWidget(step)
        layout.addSpacing(8)
        layout.addWidget(self.footnote)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def _set_steps(self, texts: list[str]) -> None:
        for number, (label, text) in enumerate(zip(self.steps, texts, strict=True), start=1):
            label.setText(f"{number}.  {text}")


class UserWelcomePage(_Page):
    """User mode: reassurance and the path from "locked out" to "secured"."""

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Get help with your account"))
        self.heading.setText(self.tr("Locked out of your account?"))
        self.intro.setText(
            self.tr(
                "Recovery Desk helps you prove that the account is yours and get back in, "
                "even if someone else has changed your e-mail, phone or sign-in app. "
                "It takes four steps:"
            )
        )
        self._set_steps(
            [
                self.tr("Tell us what happened."),
                self.tr("Prove it is you, with something only you have."),
                self.tr("Get help: our assistant, and a person when you need one."),
                self.tr("Secure your account: new password, sign-in app and backup codes."),
            ]
        )
        self.footnote.setText(
            self.tr(
                "We never ask for your password, and nobody at Recovery Desk can see the "
                "codes we send you."
            )
        )


class AgentWelcomePage(_Page):
    """Agent mode: what the workspace is and the rules it enforces."""

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Agent workspace"))
        self.heading.setText(self.tr("Agent workspace"))
        self.intro.setText(
            self.tr(
                "Support agents sign in here with their password and authenticator code "
                "to work the queue. The server enforces these rules:"
            )
        )
        self._set_steps(
            [
                self.tr("You see a person's data only while their case is assigned to you."),
                self.tr("Restore actions open only at the verification level they need."),
                self.tr("High-impact actions need a second agent's approval."),
                self.tr("Every action is written to a tamper-evident audit log."),
            ]
        )
        self.footnote.setText(
            self.tr("Codes, passwords and authenticator secrets are never shown to agents.")
        )
