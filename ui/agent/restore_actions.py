"""Restore actions as buttons, each disabled with the reason when its gate is not met.

Availability comes from the server (``actions`` of the case: allowed, required
level, approver, blocked reason, targets, all computed by the domain gates), so
the client never re-implements a rule; the server refuses a bypass anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.agent_case import AgentCaseClient
from recovery_app.client.errors import ClientError
from recovery_app.schemas.cases import ActionOut, AgentCaseOut
from ui.agent import case_panel_text as text
from ui.agent.case_panel_dialogs import run_dialog
from ui.agent.restore_confirm_dialog import RestoreConfirmDialog
from ui.agent.verification_panel import row_label
from ui.tasks import BackgroundTasks

ORDER = (
    "revoke_sessions",
    "send_reset_link",
    "remove_contact",
    "remove_factor",
    "restore_contact",
    "remove_second_factor",
    "reinstate",
)


class RestoreActions(QGroupBox):
    """Signals: ``changed()`` after a request was made; ``done(str)``/``failed(str)`` sentences."""

    changed = Signal()
    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self, client: AgentCaseClient, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreActions")
        self.client, self.reference = client, reference
        self.case: AgentCaseOut | None = None
        self.dialog: RestoreConfirmDialog | None = None
        self.tasks = BackgroundTasks()
        self.buttons: dict[str, QPushButton] = {}
        self.reasons: dict[str, QLabel] = {}
        column = QVBoxLayout(self)
        column.setSpacing(2)
        for action in ORDER:
            button = QPushButton(self)
            button.setObjectName("restoreActionButton")
            button.setProperty("action", action)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, name=action: self._clicked(name))
            reason = row_label(self, "restoreActionReason")
            self.buttons[action], self.reasons[action] = button, reason
            reason.setContentsMargins(14, 0, 0, 6)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
            column.addWidget(reason)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Restore actions"))
        for action, button in self.buttons.items():
            button.setText(text.word(text.ACTIONS, action) + "…")
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: AgentCaseOut) -> None:
        self.case = case
        by_name = {a.action.value: a for a in case.actions}
        for name, button in self.buttons.items():
            action = by_name.get(name)
            label = text.word(text.ACTIONS, name)
            if action is None:
                button.setEnabled(False)
                self.reasons[name].setText("")
                continue
            reason = self.reason_for(action, case)
            button.setEnabled(action.allowed)
            button.setAccessibleName(label)
            button.setAccessibleDescription(reason)
            button.setToolTip(reason)
            self.reasons[name].setText(reason)
            self.reasons[name].setProperty("blocked", not action.allowed)
            self.reasons[name].style().unpolish(self.reasons[name])
            self.reasons[name].style().polish(self.reasons[name])

    def reason_for(self, action: ActionOut, case: AgentCaseOut) -> str:
        if not action.allowed:
            return text.blocked_words(action, case.verification)
        return text.approval_words(action)

    def _clicked(self, name: str) -> None:
        if not self.tasks.running("request"):  # one confirmation at a time
            self.tasks.spawn("request", self.request(name))

    async def request(self, name: str) -> None:
        """Confirm ``name`` in the dialog, then ask the server (which checks every gate)."""
        if self.case is None:
            return
        action = next(a for a in self.case.actions if a.action.value == name)
        self.dialog = RestoreConfirmDialog(self.case, action, self)
        if not await run_dialog(self.dialog):
            return
        button = self.buttons[name]
        button.setEnabled(False)
        try:
            result = await self.client.request_restore(
                self.reference, name, self.dialog.reason(), self.dialog.target()
            )
        except ClientError as exc:
            self.failed.emit(text.error_words(exc))
            self.changed.emit()  # the panel reloads: the case may have moved on
            return
        if result.status.value == "pending_approval":
            who = (
                self.tr("a supervisor")
                if action.approver == "supervisor"
                else self.tr("another agent")
            )
            self.done.emit(self.tr("Asked for approval; waiting for %1.").replace("%1", who))
        else:
            self.done.emit(
                self.tr("%1: %2")
                .replace("%1", text.word(text.ACTIONS, name))
                .replace("%2", text.word(text.RESTORE_STATUS, result.status.value))
            )
        self.changed.emit()

    async def aclose(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        await self.tasks.aclose()
