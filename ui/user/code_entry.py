"""Typing a code: e-mail and SMS codes (with "send a new code" and its countdown, and a
sentence when the message with the code is delayed), authenticator codes and backup codes.

:class:`CodeEntry` is the field, its submit button and the resend button;
:class:`CodeEntryPage` is a verification step built around one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.user.page_base import FlowPage, wrapped_label

RESEND_WAIT_SECONDS = 60


class CodeEntry(QWidget):
    """Signals:
    submitted(str): the code as typed (trimmed).
    resendRequested(): the person asked for a new code (only once the countdown is over).
    """

    submitted = Signal(str)
    resendRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, resend: bool = True) -> None:
        super().__init__(parent)
        self._left = 0
        self._busy = False
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("codeField")
        self.field.setMaxLength(64)
        self.label.setBuddy(self.field)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("primaryButton")
        self.submit_button.setDefault(True)
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("linkButton")
        self.resend_button.setVisible(resend)
        self.countdown = wrapped_label(self, "countdownLabel")
        self.countdown.setVisible(False)
        # How the message with the code is doing, as the server says (delivery state).
        self.delivery = ""
        self.delivery_note = wrapped_label(self, "deliveryNote", selectable=True)
        self.delivery_note.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.field.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.resend_button.clicked.connect(self._resend)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.submit_button)
        resend_row = QHBoxLayout()
        resend_row.addWidget(self.resend_button)
        resend_row.addWidget(self.countdown, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addLayout(resend_row)
        layout.addWidget(self.delivery_note)
        QWidget.setTabOrder(self.field, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.resend_button)
        self.retranslate()

    @property
    def seconds_left(self) -> int:
        return self._left

    def start_countdown(self, seconds: int = RESEND_WAIT_SECONDS) -> None:
        """No new code for ``seconds``; the label counts down and the button waits."""
        self._left = max(0, seconds)
        if self._left:
            self.timer.start()
        self._update_resend()

    def stop(self) -> None:
        self.timer.stop()

    def set_delivery(self, state: str | None) -> None:
        """Show what the server says about the message with the code: a sentence when it
        is ``delayed``, ``failed`` or ``expired``; nothing when it is on its way or sent."""
        self.delivery = state or ""
        self._update_delivery()

    def delivery_text(self) -> str:
        if self.delivery == "delayed":
            return self.tr(
                "Sending the code is taking longer than usual. We keep trying until the code "
                "expires, so it can still arrive in the next minutes."
            )
        if self.delivery == "failed":
            return self.tr(
                "We could not deliver the code to this address. Check the address, or start "
                "again with another one."
            )
        if self.delivery == "expired":
            return self.tr("The code could not be delivered before it expired. Ask for a new code.")
        return ""

    def _update_delivery(self) -> None:
        text = self.delivery_text()
        self.delivery_note.setText(text)
        self.delivery_note.setAccessibleName(text)
        self.delivery_note.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.field.setReadOnly(busy)
        self.submit_button.setEnabled(not busy)
        self._update_resend()

    def _tick(self) -> None:
        self._left = max(0, self._left - 1)
        if not self._left:
            self.timer.stop()
        self._update_resend()

    def _update_resend(self) -> None:
        self.resend_button.setEnabled(not self._busy and self._left == 0)
        self.countdown.setVisible(self._left > 0 and self.resend_button.isVisibleTo(self))
        self.countdown.setText(self.tr("You can ask for a new code in %n seconds.", "", self._left))

    def _submit(self) -> None:
        if self._busy:
            return
        code = self.field.text().strip()
        if code:
            self.submitted.emit(code)
        else:
            self.field.setFocus()

    def _resend(self) -> None:
        if not self._busy and self._left == 0:
            self.resendRequested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Code:"))
        self.field.setAccessibleName(self.tr("Code"))
        self.submit_button.setText(self.tr("C&heck code"))
        self.submit_button.setAccessibleName(self.tr("Check the code"))
        self.resend_button.setText(self.tr("&Send a new code"))
        self.resend_button.setAccessibleName(self.tr("Send a new code"))
        self._update_resend()
        self._update_delivery()


class CodeEntryPage(FlowPage):
    """One verification step answered with a code: ``email_code``, ``sms_code``, ``totp``
    or ``backup_code``. The flow starts the challenge and answers it.

    Signals:
    submitted(str), resendRequested(): from the :class:`CodeEntry`.
    """

    submitted = Signal(str)
    resendRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = "email_code"
        self.challenge_id: str | None = None
        self.entry = CodeEntry(self)
        self.entry.submitted.connect(self.submitted)
        self.entry.resendRequested.connect(self.resendRequested)
        self.body.addWidget(self.entry)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.entry.field

    def set_method(self, method: str) -> None:
        """Prepare for ``method``; an earlier answer is cleared, since it was for another code."""
        if method != self.method:
            self.entry.field.clear()
        self.method = method
        self.challenge_id = None
        self.entry.resend_button.setVisible(method in ("email_code", "sms_code"))
        self.entry.set_delivery(None)
        self.entry.stop()
        self.entry.start_countdown(0)
        self.clear_message()
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "email_code": (
                self.tr("Code sent by e-mail"),
                self.tr(
                    "If the account had an e-mail address before the problem started, we sent "
                    "a 6-digit code there. Codes for this step go only to addresses that were "
                    "on the account before, never to a new one. The code works for 30 minutes."
                ),
            ),
            "sms_code": (
                self.tr("Code sent by text message"),
                self.tr(
                    "If the account had a phone number before the problem started, we sent a "
                    "6-digit code there by text message. The code works for 10 minutes."
                ),
            ),
            "totp": (
                self.tr("Code from your authenticator app"),
                self.tr(
                    "Open the authenticator app you set up for this account and type the "
                    "6-digit code it shows now."
                ),
            ),
            "backup_code": (
                self.tr("Backup code"),
                self.tr(
                    "Type one of the backup codes you saved when you set up two-step sign-in, "
                    "e.g. abcd-efgh-ijkl-mnop. Each code works once."
                ),
            ),
        }
        heading, intro = texts.get(self.method, texts["email_code"])
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.setAccessibleName(heading)
