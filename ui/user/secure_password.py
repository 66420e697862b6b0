"""Steps 1 and 2: a new password with the reset link, then signing in with it.

The strength meter runs zxcvbn off the GUI thread (``run_in_executor``) after a
short pause in typing; the verdict and hints are our own translated sentences,
chosen from what zxcvbn found (a common word, a sequence, a date, a repeat...).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from zxcvbn import zxcvbn  # type: ignore[import-untyped]

from recovery_app.client import platform as api_platform
from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.domain.password_policy import MIN_LENGTH
from ui.context import ClientContext
from ui.tasks import BackgroundTasks
from ui.user.secure_common import StepFrame, error_text

DEBOUNCE_MS = 250


def strength_of(password: str, user_inputs: list[str]) -> tuple[int, set[str]]:
    """(score 0-4, hint keys) — blocking; call in an executor."""
    if not password:
        return 0, set()
    result: dict[str, Any] = zxcvbn(password[:100], user_inputs=user_inputs)
    patterns = {match.get("pattern", "") for match in result.get("sequence", [])}
    hints: set[str] = set()
    if len(password) < MIN_LENGTH:
        hints.add("length")
    if result["score"] < 3:
        hints |= {
            p for p in patterns if p in ("dictionary", "sequence", "repeat", "date", "spatial")
        }
        hints.add("words")
    return int(result["score"]), hints


class StrengthMeter(QWidget):
    """A bar, a verdict in plain words, and hints. ``evaluated`` fires with each new score."""

    evaluated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = -1
        self.hints: set[str] = set()
        self._password = ""
        self._inputs: list[str] = []
        self._tasks = BackgroundTasks()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._evaluate)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setWordWrap(True)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("strengthHints")
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint_label)
        self._show()

    def set_password(self, password: str, user_inputs: list[str] | None = None) -> None:
        self._password = password
        self._inputs = [i for i in (user_inputs or []) if i]
        self._timer.start()

    def _evaluate(self) -> None:
        self._tasks.spawn("strength", self._run(self._password, list(self._inputs)))

    async def _run(self, password: str, inputs: list[str]) -> None:
        loop = asyncio.get_running_loop()
        score, hints = await loop.run_in_executor(None, strength_of, password, inputs)
        if password != self._password:
            return  # superseded while computing
        self.score = score if password else -1
        self.hints = hints
        self._show()
        self.evaluated.emit(self.score)

    def _show(self) -> None:
        verdicts = [
            self.tr("Very weak: this would be guessed almost at once."),
            self.tr("Weak: easy to guess."),
            self.tr("Fair: could be guessed with some effort."),
            self.tr("Strong: hard to guess."),
            self.tr("Very strong: very hard to guess."),
        ]
        if self.score < 0:
            text = self.tr("Type a password to see how strong it is.")
        else:
            text = verdicts[self.score]
        self.bar.setValue(max(self.score, 0))
        self.bar.setProperty("level", str(max(self.score, 0)))
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.verdict.setText(text)
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.bar.setAccessibleDescription(text)
        hint_texts = {
            "length": self.tr("Use at least 12 characters."),
            "dictionary": self.tr("Avoid common words, names and well-known passwords."),
            "sequence": self.tr("Avoid sequences such as abc or 1234."),
            "repeat": self.tr("Avoid repeated characters or words."),
            "date": self.tr("Avoid dates and years."),
            "spatial": self.tr("Avoid keyboard patterns such as qwerty."),
            "words": self.tr("A few unrelated words make a strong password you can remember."),
        }
        order = ["length", "dictionary", "sequence", "repeat", "date", "spatial", "words"]
        lines = [hint_texts[key] for key in order if key in self.hints]
        self.hint_label.setText("\n".join(f"• {line}" for line in lines))
        self.hint_label.setVisible(bool(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._show()

    async def aclose(self) -> None:
        self._timer.stop()
        await self._tasks.aclose()


class ResetStep(StepFrame):
    """The reset link (or its token), the new password twice, and the meter."""

    def __init__(
        self, context: ClientContext, has_case: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.has_case = has_case
        self.tasks = BackgroundTasks()
        self.link = QLineEdit(self)
        self.link.setObjectName("resetLink")
        self.link_state = QLabel(self)
        self.link_state.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self)
        self.meter = StrengthMeter(self)
        self.match_state = QLabel(self)
        self.match_state.setWordWrap(True)
        self.submit = QPushButton(self)
        self.submit.setObjectName("primaryButton")
        self.submit.setDefault(True)
        self.skip = QPushButton(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.link_caption = QLabel(self)
        self.password_caption = QLabel(self)
        self.repeat_caption = QLabel(self)
        for caption, field in (
            (self.link_caption, self.link),
            (self.password_caption, self.password),
            (self.repeat_caption, self.repeat),
        ):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.link_state)
        self.body.addLayout(self.form)
        self.body.addWidget(self.show_password)
        self.body.addWidget(self.meter)
        self.body.addWidget(self.match_state)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        self.body.addLayout(buttons)
        self.link.textChanged.connect(self._update)
        self.password.textChanged.connect(self._password_changed)
        self.repeat.textChanged.connect(self._update)
        self.show_password.toggled.connect(self._toggle_echo)
        self.submit.clicked.connect(self._submit_clicked)
        self.skip.clicked.connect(self.completed)
        self.setTabOrder(self.link, self.password)
        self.setTabOrder(self.password, self.repeat)
        self.setTabOrder(self.repeat, self.show_password)
        self.setTabOrder(self.show_password, self.submit)
        self.setTabOrder(self.submit, self.skip)
        self.retranslate()
        self._update()

    def token(self) -> str | None:
        return api_platform.token_from_link(self.link.text())

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _password_changed(self, text: str) -> None:
        self.meter.set_password(text)
        self._update()

    def _update(self) -> None:
        text = self.link.text().strip()
        token = self.token()
        if not text:
            self.link_state.setText(
                self.tr("Paste the whole link from the e-mail or text message.")
            )
        elif token is None:
            self.link_state.setText(
                self.tr("No reset code was found in this text. Copy the whole link again.")
            )
        else:
            self.link_state.setText(self.tr("Reset link recognised."))
        password, repeat = self.password.text(), self.repeat.text()
        if repeat and password != repeat:
            self.match_state.setText(self.tr("The two passwords are not the same yet."))
        elif password and len(password) < MIN_LENGTH:
            self.match_state.setText(self.tr("Use at least 12 characters."))
        else:
            self.match_state.setText("")
        self.match_state.setVisible(bool(self.match_state.text()))
        self.submit.setEnabled(
            token is not None and len(password) >= MIN_LENGTH and password == repeat
        )

    def _submit_clicked(self) -> None:
        self.tasks.spawn("reset", self.submit_reset())

    async def submit_reset(self) -> bool:
        token = self.token()
        if token is None:
            return False
        self.clear_message()
        self.submit.setEnabled(False)
        try:
            await api_platform.reset_password(self.context.api, token, self.password.text())
        except ClientError as exc:
            text = error_text(exc)
            if isinstance(exc, ApiProblemError) and exc.code == "invalid_reset_link":
                text = self._expired_text()
            self.show_message(text)
            return False
        finally:
            self._update()
        self.password.clear()
        self.repeat.clear()
        self.link.clear()
        self.completed.emit()
        return True

    def _expired_text(self) -> str:
        if self.has_case:
            return self.tr(
                "This reset link no longer works: it was already used, it has expired, or a "
                "newer link replaced it. Ask the agent in your recovery case to send a new one."
            )
        return self.tr(
            "This reset link no longer works: it was already used, it has expired, or a newer "
            "link replaced it. Open your recovery case with its reference and ask for a new "
            "link, or open a new case."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose a new password"))
        self.intro.setText(
            self.tr(
                "Paste the reset link we sent you, then choose a new password. After this, "
                "every session is signed out, including the one that was not yours."
            )
        )
        self.link_caption.setText(self.tr("Reset &link:"))
        self.password_caption.setText(self.tr("&New password:"))
        self.repeat_caption.setText(self.tr("&Repeat password:"))
        self.link.setPlaceholderText(self.tr("https://… or the code after #"))
        self.link.setAccessibleName(self.tr("Reset link or code"))
        self.password.setAccessibleName(self.tr("New password"))
        self.repeat.setAccessibleName(self.tr("Repeat new password"))
        self.show_password.setText(self.tr("&Show passwords"))
        self.show_password.setAccessibleName(self.tr("Show passwords"))
        self.submit.setText(self.tr("&Set new password"))
        self.submit.setAccessibleName(self.tr("Set new password"))
        self.skip.setText(self.tr("I already chose a new password"))
        self.skip.setAccessibleName(self.tr("Skip: I already chose a new password"))
        self.meter.retranslate()
        self._update()

    async def aclose(self) -> None:
        await self.tasks.aclose()
        await self.meter.aclose()


_DIGITS = re.compile(r"^\d{6}$")


class SignInStep(StepFrame):
    """Sign in with the new password; a second step appears when the account has one."""

    signed_in = Signal(object)  # PlatformAccount

    def __init__(self, context: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = BackgroundTasks()
        self.identifier = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(self)
        self.code.setObjectName("signInCode")
        self.identifier_caption = QLabel(self)
        self.password_caption = QLabel(self)
        self.code_caption = QLabel(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, field in (
            (self.identifier_caption, self.identifier),
            (self.password_caption, self.password),
            (self.code_caption, self.code),
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.code.hide()
        self.code_caption.hide()
        self.submit = QPushButton(self)
        self.submit.setDefault(True)
        self.submit.setObjectName("primaryButton")
        self.body.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.submit)
        row.addStretch(1)
        self.body.addLayout(row)
        for field in (self.identifier, self.password, self.code):
            field.textChanged.connect(self._update)
            field.returnPressed.connect(self._submit_clicked)
        self.submit.clicked.connect(self._submit_clicked)
        self.setTabOrder(self.identifier, self.password)
        self.setTabOrder(self.password, self.code)
        self.setTabOrder(self.code, self.submit)
        self.retranslate()
        self._update()

    def enter(self) -> None:
        (self.password if self.identifier.text() else self.identifier).setFocus()

    def _update(self) -> None:
        needs_code = not self.code.isHidden()
        ready = bool(self.identifier.text().strip() and self.password.text())
        self.submit.setEnabled(ready and (not needs_code or bool(self.code.text().strip())))

    def _submit_clicked(self) -> None:
        if self.submit.isEnabled():
            self.tasks.spawn("sign-in", self.submit_sign_in())

    async def submit_sign_in(self) -> bool:
        code = self.code.text().strip().replace(" ", "") if not self.code.isHidden() else ""
        totp = code if _DIGITS.match(code) else None
        backup = code if code and totp is None else None
        self.clear_message()
        self.submit.setEnabled(False)
        try:
            account = await api_platform.sign_in(
                self.context.api,
                self.identifier.text().strip(),
                self.password.text(),
                totp=totp,
                backup_code=backup,
                device_label=self.tr("Recovery Desk app"),
            )
        except ClientError as exc:
            if isinstance(exc, ApiProblemError) and exc.code == "second_factor_required":
                first = self.code.isHidden()
                self.code.show()
                self.code_caption.show()
                self.code.setFocus()
                if first:
                    self.show_message(
                        self.tr(
                            "Your account has a second step. Enter the current code from "
                            "your authenticator app, or one of your backup codes."
                        ),
                        tone="info",
                    )
                    return False
            self.show_message(error_text(exc))
            return False
        finally:
            self._update()
        self.password.clear()
        self.code.clear()
        self.signed_in.emit(account)
        self.completed.emit()
        return True

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sign in with your new password"))
        self.intro.setText(
            self.tr(
                "For your safety nobody is signed in after a password change. Sign in again "
                "so you can check your sessions and set up your second step."
            )
        )
        self.identifier_caption.setText(self.tr("&Account name or e-mail:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.code_caption.setText(self.tr("&Code or backup code:"))
        self.identifier.setAccessibleName(self.tr("Account name or e-mail"))
        self.password.setAccessibleName(self.tr("Password"))
        self.code.setAccessibleName(self.tr("Authenticator code or backup code"))
        self.code.setPlaceholderText(self.tr("123456 or abcd-efgh-ijkl-mnop"))
        self.submit.setText(self.tr("Sign &in"))
        self.submit.setAccessibleName(self.tr("Sign in"))

    async def aclose(self) -> None:
        await self.tasks.aclose()
