"""Agent sign-in: user name, password and the 6-digit authenticator code.

Every wrong answer gets one generic sentence (the server never says which factor was
wrong, nor whether the user exists). The token stays in memory unless the agent asks
to be remembered and the computer has a real OS keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from recovery_app.client.errors import ApiProblemError, ClientError
from ui.agent.session import AgentSession, keyring_available
from ui.messages import message_for


class SignInPage(QFrame):
    """The first page of agent mode.

    Signals:
        signedIn(): the session started.
    """

    signedIn = Signal()

    def __init__(self, session: AgentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentSignIn")
        self.session = session
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("signInNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.username = QLineEdit(self)
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.totp = QLineEdit(self)
        self.totp.setMaxLength(6)
        self.totp.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self))
        self.totp.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.remember = QCheckBox(self)
        self.remember.setEnabled(keyring_available())
        self.error = QLabel(self)
        # Looks like the user flow's error messages (a framed line, see agent*.qss).
        self.error.setObjectName("signInError")
        self.error.setProperty("tone", "error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)

        self.username_label = QLabel(self)
        self.password_label = QLabel(self)
        self.totp_label = QLabel(self)
        for label, field in (
            (self.username_label, self.username),
            (self.password_label, self.password),
            (self.totp_label, self.totp),
        ):
            label.setBuddy(field)
            label.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.totp_label, self.totp)
        form.addRow("", self.remember)

        card = QWidget(self)
        card.setObjectName("signInCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addWidget(self.notice)
        inner.addLayout(form)
        inner.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        row = QHBoxLayout()
        row.addWidget(card, 1)
        row.addStretch(0)
        outer.addLayout(row)
        outer.addStretch(1)

        self.submit_button.clicked.connect(self.submit)
        for field in (self.username, self.password, self.totp):
            field.returnPressed.connect(self.submit)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.totp)
        QWidget.setTabOrder(self.totp, self.remember)
        QWidget.setTabOrder(self.remember, self.submit_button)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Agent sign-in"))
        self.heading.setText(self.tr("Sign in to the agent desk"))
        self.intro.setText(
            self.tr(
                "Use your agent user name, your password and the 6-digit code your "
                "authenticator app shows now."
            )
        )
        self.username_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.totp_label.setText(self.tr("Authenticator &code"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.totp.setAccessibleName(self.tr("Authenticator code, 6 digits"))
        self.totp.setPlaceholderText(self.tr("6 digits"))
        self.remember.setText(self.tr("&Remember me on this computer"))
        self.remember.setAccessibleName(self.tr("Remember me on this computer"))
        if self.remember.isEnabled():
            self.remember.setToolTip(
                self.tr("Keeps the session in this computer's password store until it ends.")
            )
        else:
            self.remember.setToolTip(
                self.tr("This computer has no password store, so the session stays in memory.")
            )
        self.submit_button.setText(self.tr("&Sign in"))
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        if self.session.was_expired:
            self.show_expired_notice()

    def show_expired_notice(self) -> None:
        self.notice.setText(
            self.tr(
                "Your session has ended. Sign in again: your unsent replies are kept and "
                "come back when you do."
            )
        )
        self.notice.show()

    def reset(self) -> None:
        """Ready for the next sign-in: the code is single use, the rest stays typed."""
        self.totp.clear()
        self.error.hide()
        self.notice.setVisible(self.session.was_expired)
        if self.session.was_expired:
            self.show_expired_notice()

    def _problem(self) -> str | None:
        if not self.username.text().strip() or not self.password.text():
            return self.tr("Enter your user name and password.")
        if len(self.totp.text()) != 6:
            return self.tr("Enter the 6 digits your authenticator app shows.")
        return None

    def _show_error(self, text: str, focus: QWidget) -> None:
        self.error.setText(text)
        # A screen reader hears the sentence: as the label's name and description, and
        # as an announcement (the focus moves to a field, not to the label).
        self.error.setAccessibleName(self.tr("Sign-in error"))
        self.error.setAccessibleDescription(text)
        self.error.show()
        focus.setFocus()
        announce(self.error, text)

    def error_for(self, exc: ClientError) -> str:
        if isinstance(exc, ApiProblemError) and exc.status == 401:
            return self.tr(
                "The user name, password or code is not right. Check them and try again "
                "with a new code."
            )
        if isinstance(exc, ApiProblemError) and exc.status == 422:
            return self.tr("Enter the 6 digits your authenticator app shows.")
        return message_for(exc.code)

    @asyncSlot()
    async def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            self._show_error(problem, self.totp if self.username.text() else self.username)
            return
        self.submit_button.setEnabled(False)
        self.error.hide()
        try:
            await self.session.sign_in(
                self.username.text(),
                self.password.text(),
                self.totp.text(),
                remember=self.remember.isChecked() and self.remember.isEnabled(),
            )
        except ClientError as exc:
            self._show_error(self.error_for(exc), self.totp)
            self.totp.selectAll()
            return
        finally:
            self.submit_button.setEnabled(True)
        self.password.clear()
        self.totp.clear()
        self.notice.hide()
        self.signedIn.emit()


def announce(widget: QWidget, text: str) -> None:
    """Ask assistive technology to read ``text`` now (assertive: it is an error)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
