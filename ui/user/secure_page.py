"""User mode, after restoration: secure the account, step by step.

``SecurePage(context, case)`` — ``case`` is None when the person arrives with a
reset link from an e-mail ("I already have a reset link"); with a case, the
satisfaction survey is the last step. Steps: new password → sign in →
authenticator app → backup codes → sessions → recent changes → (survey) → done.
The stepper on the left shows where the person is; it can be used with the
keyboard to go back to any step already reached (steps that need a signed-in
session are reachable only once signed in).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from recovery_app.client.case_session import CaseSession
from recovery_app.client.platform import PlatformAccount
from ui.context import ClientContext
from ui.user.secure_common import StepFrame
from ui.user.secure_factors import BackupCodesStep, TotpStep
from ui.user.secure_password import ResetStep, SignInStep
from ui.user.secure_sessions import EventsStep, SessionsStep
from ui.user.secure_survey import SurveyStep


class DoneStep(StepFrame):
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finish = QPushButton(self)
        self.finish.setObjectName("primaryButton")
        self.finish.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.finish)
        row.addStretch(1)
        self.body.addLayout(row)
        self.finish.clicked.connect(self.finish_requested)
        self.retranslate()

    def enter(self) -> None:
        self.finish.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your account is secured"))
        self.intro.setText(
            self.tr(
                "Your password is new, your sign-in is protected and no one else is signed in. "
                "Keep your backup codes somewhere safe. If something looks wrong later, open a "
                "new recovery case."
            )
        )
        self.finish.setText(self.tr("&Finish"))
        self.finish.setAccessibleName(self.tr("Finish"))


class SecurePage(QWidget):
    """The stepper and its steps. Emits ``finished`` when the person is done."""

    finished = Signal()

    def __init__(
        self,
        context: ClientContext,
        case: CaseSession | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("securePage")
        self.context = context
        self.case = case
        self.account: PlatformAccount | None = None
        self.reset = ResetStep(context, case is not None, self)
        self.sign_in = SignInStep(context, self)
        self.totp = TotpStep(self)
        self.backup = BackupCodesStep(self)
        self.sessions = SessionsStep(self)
        self.events = EventsStep(self)
        self.survey = SurveyStep(context, case, self) if case is not None else None
        self.done = DoneStep(self)
        self.steps: list[StepFrame] = [
            self.reset,
            self.sign_in,
            self.totp,
            self.backup,
            self.sessions,
            self.events,
        ]
        if self.survey is not None:
            self.steps.append(self.survey)
        self.steps.append(self.done)
        self.reached = 0
        self.stepper = QListWidget(self)
        self.stepper.setObjectName("secureStepper")
        self.stepper.setMaximumWidth(260)
        self.stepper.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for step in self.steps:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(step)
            self.stack.addWidget(scroll)
            self.stepper.addItem(QListWidgetItem())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stepper)
        layout.addWidget(self.stack, 1)
        self.reset.completed.connect(lambda: self.go(self.sign_in))
        self.sign_in.signed_in.connect(self._signed_in)
        self.sign_in.completed.connect(lambda: self.go(self.totp))
        self.totp.enrolled.connect(self._totp_done)
        self.backup.completed.connect(self._codes_done)
        self.sessions.completed.connect(lambda: self.go(self.events))
        self.events.completed.connect(
            lambda: self.go(self.survey if self.survey is not None else self.done)
        )
        if self.survey is not None:
            self.survey.completed.connect(lambda: self.go(self.done))
        self.done.finish_requested.connect(self.finished)
        self.stepper.currentRowChanged.connect(self._stepper_moved)
        self.retranslate()
        self.go(self.reset)

    # -- navigation ------------------------------------------------------------------

    @property
    def current(self) -> StepFrame:
        return self.steps[self.stack.currentIndex()]

    def go(self, step: StepFrame) -> None:
        index = self.steps.index(step)
        self.reached = max(self.reached, index)
        self.stack.setCurrentIndex(index)
        self.stepper.blockSignals(True)
        self.stepper.setCurrentRow(index)
        self.stepper.blockSignals(False)
        self._mark_steps()
        step.enter()

    def _reachable(self, index: int) -> bool:
        needs_account = index >= self.steps.index(self.totp) and index < len(self.steps) - 1
        if self.survey is not None and self.steps[index] is self.survey:
            needs_account = False
        return index <= self.reached and (self.account is not None or not needs_account)

    def _stepper_moved(self, row: int) -> None:
        if row < 0:
            return
        if self._reachable(row):
            self.go(self.steps[row])
        else:
            self.stepper.blockSignals(True)
            self.stepper.setCurrentRow(self.stack.currentIndex())
            self.stepper.blockSignals(False)

    def _signed_in(self, account: PlatformAccount) -> None:
        self.account = account
        for step in (self.totp, self.backup, self.sessions, self.events):
            step.account = account

    def _totp_done(self, enrolled: bool) -> None:
        self.go(self.backup if enrolled else self.sessions)

    def _codes_done(self) -> None:
        self.backup.forget()
        self.go(self.sessions)

    # -- text ----------------------------------------------------------------------

    def _titles(self) -> list[str]:
        titles = [
            self.tr("New password"),
            self.tr("Sign in"),
            self.tr("Authenticator app"),
            self.tr("Backup codes"),
            self.tr("Sessions and devices"),
            self.tr("Recent changes"),
        ]
        if self.survey is not None:
            titles.append(self.tr("Your opinion"))
        titles.append(self.tr("Done"))
        return titles

    def _mark_steps(self) -> None:
        current = self.stack.currentIndex()
        for index, title in enumerate(self._titles()):
            item = self.stepper.item(index)
            if index == current:
                state = self.tr("current step")
            elif index < self.reached or (index == self.reached and index != current):
                state = self.tr("done")
            else:
                state = self.tr("not yet")
            marker = "▶" if index == current else ("✓" if index < self.reached else "○")
            item.setText(f"{marker}  {index + 1}. {title}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {title}, {state}")
            enabled = self._reachable(index) or index == current
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags if enabled else Qt.ItemFlag.NoItemFlags)

    def retranslate(self) -> None:
        self.stepper.setAccessibleName(self.tr("Steps to secure your account"))
        self._mark_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    async def aclose(self) -> None:
        """Stop background work; forget the secrets still on screen."""
        self.backup.forget()
        for step in self.steps:
            closer = getattr(step, "aclose", None)
            if closer is not None:
                await closer()
