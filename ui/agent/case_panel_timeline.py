"""The account as recovery sees it, and the case's holds.

Suspicious changes (contacts or factors added during the reported compromise,
new devices) are marked with a warning sign and the word "Suspicious", not by
colour alone. Holds show their end time, and a frozen case says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from recovery_app.schemas.cases import AgentCaseOut, ContactOut
from ui.agent import case_panel_text as text
from ui.agent.verification_panel import clear_layout, row_label

WARN = "⚠"


def contact_words(contact: ContactOut) -> str:
    kind = (
        QCoreApplication.translate("CaseText", "E-mail")
        if contact.kind == "email"
        else QCoreApplication.translate("CaseText", "Phone")
    )
    return f"{kind} {contact.masked}"


class AccountTimeline(QGroupBox):
    """Contacts, the authenticator, devices and the account's security events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountTimeline")
        self.case: AgentCaseOut | None = None
        self.box = QVBoxLayout(self)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Account and timeline"))
        if self.case is not None:
            self.show_case(self.case)

    def _add(self, line: str, *, suspicious: bool = False, name: str = "timelineRow") -> QLabel:
        if suspicious:
            suspicious = self.tr("Suspicious")  # outside the f-string, where lupdate sees it
            line = f"{WARN} {suspicious}: {line}"
        label = row_label(self, name, line)
        label.setProperty("suspicious", suspicious)
        self.box.addWidget(label)
        return label

    def show_case(self, case: AgentCaseOut) -> None:
        self.case = case
        clear_layout(self.box)
        account = case.account
        if account is None:
            self._add(self.tr("No account is linked to this case yet."))
            return
        self._add(
            self.tr("Account %1 (%2), status: %3")
            .replace("%1", account.handle)
            .replace("%2", account.display_name)
            .replace("%3", text.word(text.ACCOUNT_STATUS, account.status)),
            name="caseSubheading",
        )
        self._add(
            self.tr("Reported compromise from %1").replace(
                "%1", text.when(case.compromise_window_start)
            )
        )
        self._add(self.tr("Contacts"), name="caseSubheading")
        for contact in account.contacts:
            self._add(self._contact_line(contact), suspicious=contact.suspicious)
        self._add(self.tr("Sign-in"), name="caseSubheading")
        if account.second_factor_since is None:
            self._add(self.tr("No authenticator app"))
        else:
            line = self.tr("Authenticator app since %1").replace(
                "%1", text.when(account.second_factor_since)
            )
            if account.second_factor_suspicious:
                line += " " + self.tr("(added during the reported compromise)")
            self._add(line, suspicious=account.second_factor_suspicious)
        for device in account.devices:
            line = self.tr("Device %1, first seen %2").replace("%1", device.label)
            line = line.replace("%2", text.when(device.first_seen_at))
            if device.suspicious:
                line += " " + self.tr("(new device during the reported compromise)")
            if device.revoked:
                line += " " + self.tr("(signed out)")
            self._add(line, suspicious=device.suspicious and not device.revoked)
        self._add(self.tr("Active sessions: %1").replace("%1", str(account.active_sessions)))
        self._add(self.tr("Security events, newest first"), name="caseSubheading")
        for event in sorted(account.events, key=lambda e: e.at, reverse=True):
            line = "%1 · %2 %3".replace("%1", text.when(event.at))
            line = line.replace("%2", text.word(text.EVENTS, event.kind))
            line = line.replace("%3", text.word(text.ACTORS, event.actor))
            self._add(line, suspicious=event.suspicious)

    def _contact_line(self, contact: ContactOut) -> str:
        line = self.tr("%1, added %2 %3")
        line = line.replace("%1", contact_words(contact))
        line = line.replace("%2", text.when(contact.added_at))
        line = line.replace("%3", text.word(text.ACTORS, contact.added_by))
        notes = []
        if contact.original:
            notes.append(self.tr("original"))
        if contact.suspicious:
            notes.append(self.tr("added during the reported compromise"))
        if contact.removed_at is not None:
            notes.append(self.tr("removed %1").replace("%1", text.when(contact.removed_at)))
        return f"{line} ({'; '.join(notes)})" if notes else line

    def suspicious_texts(self) -> list[str]:
        return [
            w.text()
            for i in range(self.box.count())
            if (w := self.box.itemAt(i).widget()) is not None and w.property("suspicious")
        ]


class HoldsView(QGroupBox):
    """Restore requests of the case: waiting for approval, on hold (until when), done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdsView")
        self.case: AgentCaseOut | None = None
        self.frozen = row_label(self, "caseFrozen")
        self.box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.frozen)
        layout.addLayout(self.box)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Changes and holds"))
        self.frozen.setText(
            f"{WARN} "
            + self.tr(
                'Frozen: the account owner answered "this wasn\'t me". Waiting changes were '
                "cancelled and nothing more can change until the case is reviewed."
            )
        )
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: AgentCaseOut) -> None:
        self.case = case
        self.frozen.setVisible(case.frozen)
        clear_layout(self.box)
        if not case.restores:
            self.box.addWidget(row_label(self, "caseEmpty", self.tr("No change requested yet.")))
        contacts = {c.id: c for c in case.account.contacts} if case.account else {}
        for restore in sorted(case.restores, key=lambda r: r.requested_at or case.opened_at):
            name = text.word(text.ACTIONS, restore.action.value)
            contact = contacts.get(int(restore.target.get("contact_id") or 0))
            if contact is not None:
                name += f" ({contact_words(contact)})"
            status = text.word(text.RESTORE_STATUS, restore.status.value).replace(
                "%1", text.when(restore.hold_until)
            )
            if restore.status.value == "pending_approval" and restore.requested_by_me:
                status = self.tr("Waiting for approval by someone else")
            label = row_label(self, "holdRow", f"{name}: {status}")
            label.setProperty("status", restore.status.value)
            self.box.addWidget(label)

    def texts(self) -> list[str]:
        return [
            w.text()
            for i in range(self.box.count())
            if (w := self.box.itemAt(i).widget()) is not None
        ]
