"""A verification the specialist asked for, as a card inside the chat.

The requester answers in place (code field + Submit) and sees the result on the card.
The agent's card shows only the method and "waiting", "passed" or "failed" — never a
code (the server never gives one to agents anyway).
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE_METHODS = frozenset({"email_code", "sms_code", "totp", "backup_code"})


class ChallengeCard(QFrame):
    """Signals: submitted(challenge_id, answer)."""

    submitted = Signal(str, str)

    def __init__(
        self,
        card: dict[str, Any],
        viewer: Literal["requester", "agent"],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatChallengeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.card = dict(card)
        self.viewer = viewer
        self.title = QLabel(self)
        self.title.setObjectName("chatChallengeTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("chatChallengeResult")
        self.result.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("chatChallengeCode")
        self.code.setMaxLength(64)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.submit = QPushButton(self)
        self.submit.setObjectName("chatChallengeSubmit")
        self.code.returnPressed.connect(self._submit)
        self.submit.clicked.connect(self._submit)
        self.code.textChanged.connect(self._update_enabled)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.result)
        answerable = viewer == "requester" and self.card.get("method") in CODE_METHODS
        self.code.setVisible(answerable)
        self.submit.setVisible(answerable)
        self.busy = False
        self.retranslate()

    @property
    def challenge_id(self) -> str:
        return str(self.card.get("id", ""))

    @property
    def status(self) -> str:
        return str(self.card.get("status", "pending"))

    def set_status(self, status: str, attempts_left: int | None = None) -> None:
        self.card["status"] = status
        if attempts_left is not None:
            self.card["attempts_left"] = attempts_left
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.code.setReadOnly(busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        open_ = self.status in ("pending", "wrong")
        self.code.setEnabled(open_)
        self.submit.setEnabled(open_ and not self.busy and bool(self.code.text().strip()))

    def _submit(self) -> None:
        answer = self.code.text().strip()
        if not answer or self.busy or self.status not in ("pending", "wrong"):
            return
        self.set_busy(True)
        self.submitted.emit(self.challenge_id, answer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def method_text(self) -> str:
        if self.viewer == "agent":
            agent_names = {
                "email_code": self.tr("e-mail code"),
                "sms_code": self.tr("text message code"),
                "totp": self.tr("authenticator app code"),
                "backup_code": self.tr("backup code"),
                "known_device": self.tr("known device"),
                "document": self.tr("ID document"),
                "selfie": self.tr("selfie"),
            }
            return agent_names.get(str(self.card.get("method")), self.tr("verification"))
        names = {
            "email_code": self.tr("a code sent to your e-mail"),
            "sms_code": self.tr("a code sent by text message"),
            "totp": self.tr("a code from your authenticator app"),
            "backup_code": self.tr("one of your backup codes"),
            "known_device": self.tr("a sign-in from a device you used before"),
            "document": self.tr("a photo of an ID document"),
            "selfie": self.tr("a selfie with a phrase"),
        }
        return names.get(str(self.card.get("method")), self.tr("a verification step"))

    def retranslate(self) -> None:
        method = self.method_text()
        status = self.status
        if self.viewer == "agent":
            self.title.setText(self.tr("Verification requested: %1").replace("%1", method))
            self.hint.setText(self.tr("You will see only whether it passed or failed."))
        else:
            self.title.setText(self.tr("The specialist asks you to confirm it is you"))
            if self.card.get("method") in CODE_METHODS:
                self.hint.setText(self.tr("Enter %1 here and press Submit.").replace("%1", method))
            else:
                self.hint.setText(
                    self.tr(
                        "This step needs %1: follow the verification step of your case."
                    ).replace("%1", method)
                )
        self.code.setAccessibleName(self.tr("Verification code"))
        self.code.setPlaceholderText(self.tr("Code"))
        self.submit.setText(self.tr("&Submit"))
        self.submit.setAccessibleName(self.tr("Submit the verification code"))
        if status == "passed":
            text = self.tr("Passed")
        elif status in ("failed", "locked", "expired"):
            text = (
                self.tr("Failed")
                if self.viewer == "agent"
                else {
                    "failed": self.tr("Failed"),
                    "locked": self.tr("Failed: too many wrong answers. Ask for a new code."),
                    "expired": self.tr("Failed: the code expired. Ask for a new code."),
                }[status]
            )
        elif status == "wrong" and self.viewer == "requester":
            left = int(self.card.get("attempts_left") or 0)
            text = self.tr("That code is not right. %n tries left.", "", left)
        elif self.viewer == "agent":
            text = self.tr("Waiting for the answer")
        else:
            text = ""
        self.result.setText(text)
        self.result.setVisible(bool(text))
        self.result.setProperty("outcome", status)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.setAccessibleName(f"{self.title.text()}. {text}".strip())
        self._update_enabled()
