"""Shared pieces of the "secure your account" pages: a step frame and error sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from recovery_app.client.errors import ApiProblemError, ClientError
from ui.messages import message_for

_CONTEXT = "SecureErrors"
_MESSAGES: dict[str, str] = {
    "invalid_reset_link": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "This reset link no longer works: it was already used, it has expired, or a newer "
        "link replaced it. Ask for a new link in your recovery case.",
    ),
    "weak_password": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "This password is too easy to guess or contains your name. Choose a longer one, "
        "for example a few unrelated words.",
    ),
    "invalid_credentials": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "The account name or password is not right. Check them and try again.",
    ),
    "second_factor_required": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "Enter the current 6-digit code from your authenticator app, or one of your backup codes.",
    ),
    "too_many_failures": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "Too many wrong codes were entered for this account. Open a recovery case to get back in.",
    ),
    "account_disabled": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "This account cannot be used right now. Follow your recovery case or open a new one.",
    ),
    "invalid_totp_code": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "That code was not accepted. Enter the code your authenticator app shows now; if "
        "it was just used, wait for the next one.",
    ),
    "invalid_totp_seed": QT_TRANSLATE_NOOP(
        "SecureErrors", "The key was not accepted. Start the set-up again."
    ),
    "totp_attempts_exceeded": QT_TRANSLATE_NOOP(
        "SecureErrors", "Too many codes were tried. Wait 15 minutes, then try again."
    ),
    "recent_sign_in_required": QT_TRANSLATE_NOOP(
        "SecureErrors",
        "For this change you need to have signed in within the last 30 minutes. Sign in "
        "again, then repeat it.",
    ),
    "second_factor_missing": QT_TRANSLATE_NOOP(
        "SecureErrors", "Backup codes need an authenticator app. Set one up first."
    ),
    "invalid_backup_codes": QT_TRANSLATE_NOOP(
        "SecureErrors", "These backup codes were not accepted. Make a new set and try again."
    ),
    "current_session": QT_TRANSLATE_NOOP(
        "SecureErrors", "This is the session you are using now; it cannot be ended here."
    ),
    "current_device": QT_TRANSLATE_NOOP(
        "SecureErrors", "This is the device you are using now; it cannot be revoked here."
    ),
    "session_not_found": QT_TRANSLATE_NOOP(
        "SecureErrors", "That session is no longer there. The list was reloaded."
    ),
    "device_not_found": QT_TRANSLATE_NOOP(
        "SecureErrors", "That device is no longer there. The list was reloaded."
    ),
    "unauthenticated": QT_TRANSLATE_NOOP(
        "SecureErrors", "Your session has ended. Sign in again to continue."
    ),
}


def error_text(error: ClientError) -> str:
    """A sentence the person can act on, in their language, for a client or server error."""
    code = error.code if isinstance(error, ApiProblemError | ClientError) else None
    own = _MESSAGES.get(code or "")
    if own is not None:
        return QCoreApplication.translate(_CONTEXT, own)
    return message_for(code)


class StepFrame(QFrame):
    """One step: a heading, an introduction, the step's own widgets, and a message line.

    Subclasses build their widgets into ``self.body`` and implement ``retranslate``.
    ``completed`` asks the stepper to move on; ``enter()`` runs each time the step shows.
    """

    completed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secureStep")
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("secureMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("tone", "error")
        self.message.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_message(self, text: str, tone: str = "error") -> None:
        """Show ``text`` (tone ``error`` or ``ok``); screen readers get it as the label's name."""
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def enter(self) -> None:
        """Called each time the step becomes visible."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError
