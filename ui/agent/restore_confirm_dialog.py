"""Confirming a restore action: exactly what will change, the hold, who is told, who approves.

The dialog repeats what the server will do (DESIGN §3): which contact, factor
or sessions; for contact and factor changes the hold and when it ends; which of
the owner's original contacts are told (with a way to cancel); and whether
another agent or a supervisor must approve first. A reason is required.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.cases import ActionOut, AgentCaseOut, ContactOut
from ui.agent import case_panel_text as text
from ui.agent.case_panel_timeline import contact_words

MIN_REASON = 5


def told_contacts(case: AgentCaseOut) -> list[ContactOut]:
    """The owner's contacts from before the compromise (the ones the server notifies)."""
    if case.account is None:
        return []
    window = case.compromise_window_start
    return [
        c
        for c in case.account.contacts
        if c.original and (c.removed_at is None or c.removed_at >= window)
    ]


class RestoreConfirmDialog(QDialog):
    """Shows the change and asks for a reason; ``target()`` and ``reason()`` after accept."""

    def __init__(
        self, case: AgentCaseOut, action: ActionOut, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreConfirmDialog")
        self.case, self.action = case, action
        contacts = {c.id: c for c in case.account.contacts} if case.account else {}
        self.targets = [contacts[i] for i in action.targets if i in contacts]
        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.target_label = QLabel(self)
        self.target_box = QComboBox(self)
        self.target_box.setObjectName("restoreTarget")
        self.target_label.setBuddy(self.target_box)
        self.change = self._value("restoreChange")
        self.hold = self._value("restoreHold")
        self.told = self._value("restoreTold")
        self.approval = self._value("restoreApproval")
        self.change_label, self.hold_label = QLabel(self), QLabel(self)
        self.told_label, self.approval_label = QLabel(self), QLabel(self)
        self.reason_label = QLabel(self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("restoreReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if self.targets:
            form.addRow(self.target_label, self.target_box)
        else:
            self.target_label.hide()
            self.target_box.hide()
        form.addRow(self.change_label, self.change)
        form.addRow(self.hold_label, self.hold)
        form.addRow(self.told_label, self.told)
        form.addRow(self.approval_label, self.approval)
        form.addRow(self.reason_label, self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("restoreConfirm")
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        self.target_box.currentIndexChanged.connect(self._describe)
        self.setMinimumWidth(520)
        self.retranslate()
        self._update()

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = text.word(text.ACTIONS, self.action.action.value)
        self.setWindowTitle(self.tr("Confirm: %1").replace("%1", name))
        self.heading.setText(
            self.tr("%1 for case %2").replace("%1", name).replace("%2", self.case.reference)
        )
        self.target_label.setText(self.tr("&Which contact:"))
        self.target_box.setAccessibleName(self.tr("Which contact"))
        index = max(0, self.target_box.currentIndex())
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for contact in self.targets:
            self.target_box.addItem(contact_words(contact), contact.id)
        self.target_box.setCurrentIndex(index)
        self.target_box.blockSignals(False)
        self.change_label.setText(self.tr("What changes:"))
        self.hold_label.setText(self.tr("Hold:"))
        self.told_label.setText(self.tr("Who is told:"))
        self.approval_label.setText(self.tr("Approval:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setAccessibleName(self.tr("Reason for this change"))
        self.reason_edit.setPlaceholderText(self.tr("Why is this change right for this person?"))
        confirm = (
            self.tr("Ask for &approval") if self.action.needs_approval else self.tr("&Run it now")
        )
        self.confirm_button.setText(confirm)
        self.confirm_button.setAccessibleName(confirm.replace("&", ""))
        self._describe()

    def target(self) -> dict[str, int]:
        data = self.target_box.currentData()
        return {"contact_id": int(data)} if self.targets and data is not None else {}

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        self.confirm_button.setEnabled(len(self.reason()) >= MIN_REASON)

    def _describe(self) -> None:
        self.change.setText(self._change_text())
        self.hold.setText(self._hold_text())
        self.told.setText(self._told_text())
        self.approval.setText(text.approval_words(self.action))

    def _change_text(self) -> str:
        account = self.case.account
        action = self.action.action.value
        chosen = next((c for c in self.targets if c.id == self.target_box.currentData()), None)
        if action == "revoke_sessions":
            sessions = account.active_sessions if account else 0
            devices = [d.label for d in account.devices if not d.revoked] if account else []
            line = self.tr("Every session is signed out (active now: %1)").replace(
                "%1", str(sessions)
            )
            if devices:
                line += "; " + self.tr("devices forgotten: %1").replace("%1", ", ".join(devices))
            return line + "."
        if action == "send_reset_link":
            return self.tr(
                "A password-reset link goes to a contact the person proved in this case (or "
                "their verified reply address). You never set or see the password."
            )
        if action == "remove_contact" and chosen is not None:
            return (
                self.tr("%1, added %2, is removed from the account.")
                .replace("%1", contact_words(chosen))
                .replace("%2", text.when(chosen.added_at))
            )
        if action == "restore_contact" and chosen is not None:
            return (
                self.tr("%1, removed %2, is put back on the account.")
                .replace("%1", contact_words(chosen))
                .replace("%2", text.when(chosen.removed_at))
            )
        since = text.when(account.second_factor_since) if account else ""
        if action == "remove_factor":
            return self.tr(
                "The authenticator app added %1, during the reported compromise, is removed."
            ).replace("%1", since)
        if action == "remove_second_factor":
            return self.tr(
                "The authenticator app (since %1) is removed and unused backup codes stop working. "
                "The person sets up a new one after signing in."
            ).replace("%1", since)
        if action == "reinstate":
            status = text.word(text.ACCOUNT_STATUS, account.status) if account else ""
            return self.tr("The account's status changes from %1 to active.").replace("%1", status)
        return ""

    def _hold_text(self) -> str:
        if not self.action.hold or self.case.hold_hours <= 0:
            return self.tr("None: the change happens as soon as it is approved or run.")
        hours = round(self.case.hold_hours)
        return self.tr(
            "After approval the change waits %n hours, then runs by itself unless the owner "
            "cancels it. The end time is shown under Changes and holds.",
            "",
            hours,
        )

    def _told_text(self) -> str:
        if self.action.action.value == "send_reset_link":
            return self.tr("The person receives the link; nobody else is told.")
        told = told_contacts(self.case)
        if not told:
            return self.tr("Nobody: the account has no contact from before the compromise.")
        names = ", ".join(contact_words(c) for c in told)
        if self.action.hold:
            return self.tr(
                '%1, each with a link to cancel ("this wasn\'t me"), now and when it is done.'
            ).replace("%1", names)
        return self.tr("%1, when it is done.").replace("%1", names)

    def change_lines(self) -> list[str]:
        """Everything the dialog says will happen (for tests and screen readers)."""
        return [self.change.text(), self.hold.text(), self.told.text(), self.approval.text()]
