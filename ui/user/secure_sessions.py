"""Steps 5 and 6: sessions and devices, and recent security changes.

Suspicious changes are highlighted *and* carry a warning icon and the word
"Check" in their first column, with the reasons in words, so colour is never
the only sign.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.client.platform import PlatformAccount
from recovery_app.schemas.platform import (
    PlatformSessionOut,
    PlatformSessionsOut,
    SecurityChangeOut,
)
from ui.tasks import BackgroundTasks
from ui.user.secure_common import StepFrame, error_text

SUSPICIOUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


def _table(parent: QWidget, stretch: tuple[bool, ...]) -> QTableWidget:
    """A read-only table; columns marked True share the width and wrap, the rest fit."""
    table = QTableWidget(0, len(stretch), parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column, stretches in enumerate(stretch):
        mode = (
            QHeaderView.ResizeMode.Stretch if stretches else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTabKeyNavigation(False)
    table.setMinimumHeight(240)
    return table


class SessionsStep(StepFrame):
    """Where the account is signed in; end a session, revoke a device, end all others."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: PlatformAccount | None = None
        self.tasks = BackgroundTasks()
        self.overview: PlatformSessionsOut | None = None
        self.rows: list[PlatformSessionOut] = []
        self.table = _table(self, (False, True, False, False, True))
        self.table.setObjectName("sessionsTable")
        self.show_ended = QCheckBox(self)
        self.end_one = QPushButton(self)
        self.revoke = QPushButton(self)
        self.end_all = QPushButton(self)
        self.refresh = QPushButton(self)
        self.proceed = QPushButton(self)
        self.proceed.setObjectName("primaryButton")
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.show_ended)
        actions = QHBoxLayout()
        for button in (self.end_one, self.revoke, self.end_all):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh)
        self.body.addLayout(actions)
        row = QHBoxLayout()
        row.addWidget(self.proceed)
        row.addStretch(1)
        self.body.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update)
        self.show_ended.toggled.connect(self._fill)
        self.end_one.clicked.connect(lambda: self.tasks.spawn("act", self.end_selected()))
        self.revoke.clicked.connect(lambda: self.tasks.spawn("act", self.revoke_selected()))
        self.end_all.clicked.connect(lambda: self.tasks.spawn("act", self.end_others()))
        self.refresh.clicked.connect(lambda: self.tasks.spawn("load", self.load()))
        self.proceed.clicked.connect(self.completed)
        self.setTabOrder(self.table, self.show_ended)
        self.setTabOrder(self.show_ended, self.end_one)
        self.setTabOrder(self.end_one, self.revoke)
        self.setTabOrder(self.revoke, self.end_all)
        self.setTabOrder(self.end_all, self.refresh)
        self.setTabOrder(self.refresh, self.proceed)
        self.retranslate()

    def enter(self) -> None:
        self.tasks.spawn("load", self.load())
        self.table.setFocus()

    async def load(self) -> bool:
        if self.account is None:
            return False
        try:
            self.overview = await self.account.sessions()
        except ClientError as exc:
            self.show_message(error_text(exc))
            return False
        self._fill()
        return True

    def _labels(self) -> dict[int, str]:
        return {d.id: d.label for d in self.overview.devices} if self.overview else {}

    def _fill(self) -> None:
        sessions = self.overview.sessions if self.overview else []
        shown = [
            s for s in sessions if s.current or s.revoked_at is None or self.show_ended.isChecked()
        ]
        self.rows = shown
        labels = self._labels()
        self.table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            if item.current:
                state = self.tr("This session (you)")
            elif item.revoked_at is not None:
                state = self.tr("Ended")
            else:
                state = self.tr("Signed in")
            device = labels.get(item.device_id or -1, self.tr("Unknown device"))
            cells = [
                state,
                device,
                _when(item.last_seen_at),
                item.ip or self.tr("unknown"),
                item.user_agent or self.tr("unknown"),
            ]
            for column, text in enumerate(cells):
                cell = _item(text)
                if item.current:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._update()

    def selected(self) -> PlatformSessionOut | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select_where(self, user_agent: str) -> bool:
        """Select the first listed session whose user agent contains ``user_agent``."""
        for row, item in enumerate(self.rows):
            if user_agent in (item.user_agent or ""):
                self.table.selectRow(row)
                return True
        return False

    def _update(self) -> None:
        chosen = self.selected()
        live = chosen is not None and not chosen.current and chosen.revoked_at is None
        self.end_one.setEnabled(live)
        self.revoke.setEnabled(
            chosen is not None and not chosen.current and chosen.device_id is not None
        )
        others = bool(self.overview) and any(
            not s.current and s.revoked_at is None
            for s in (self.overview.sessions if self.overview else [])
        )
        self.end_all.setEnabled(others)

    async def _act(self, what: str) -> bool:
        assert self.account is not None
        chosen = self.selected()
        self.clear_message()
        try:
            if what == "session" and chosen is not None:
                if chosen.current:  # the server refuses too; never even ask
                    return False
                await self.account.end_session(chosen.id)
                self.show_message(self.tr("The session was ended."), tone="ok")
            elif what == "device" and chosen is not None and chosen.device_id is not None:
                if chosen.current:
                    return False
                await self.account.revoke_device(chosen.device_id)
                self.show_message(
                    self.tr("The device was revoked and its sessions ended."), tone="ok"
                )
            elif what == "others":
                ended = await self.account.end_other_sessions()
                self.show_message(self.tr("%n other session(s) ended.", "", ended.ended), tone="ok")
            else:
                return False
        except ClientError as exc:
            self.show_message(error_text(exc))
            if isinstance(exc, ApiProblemError) and exc.code.endswith("_not_found"):
                await self.load()
            return False
        message = self.message.text()
        await self.load()
        self.show_message(message, tone="ok")
        return True

    async def end_selected(self) -> bool:
        return await self._act("session")

    async def revoke_selected(self) -> bool:
        return await self._act("device")

    async def end_others(self) -> bool:
        return await self._act("others")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Where you are signed in"))
        self.intro.setText(
            self.tr(
                "Check every session and device. End any you do not recognise: whoever uses "
                "it is signed out at once. The session you are using now is marked and "
                "cannot be ended here."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Device"),
                self.tr("Last seen"),
                self.tr("IP address"),
                self.tr("Browser or app"),
            ]
        )
        self.table.setAccessibleName(self.tr("Sessions"))
        self.show_ended.setText(self.tr("Show &ended sessions"))
        self.show_ended.setAccessibleName(self.tr("Show ended sessions"))
        self.end_one.setText(self.tr("&End session"))
        self.end_one.setAccessibleName(self.tr("End the selected session"))
        self.revoke.setText(self.tr("Revoke &device"))
        self.revoke.setAccessibleName(self.tr("Revoke the selected session's device"))
        self.end_all.setText(self.tr("End &all other sessions"))
        self.end_all.setAccessibleName(self.tr("End all other sessions"))
        self.refresh.setText(self.tr("&Reload"))
        self.refresh.setAccessibleName(self.tr("Reload the list"))
        self.proceed.setText(self.tr("&Continue"))
        self.proceed.setAccessibleName(self.tr("Continue"))
        if self.overview is not None:
            self._fill()

    async def aclose(self) -> None:
        await self.tasks.aclose()


class EventsStep(StepFrame):
    """Recent changes to the account's security; suspicious ones highlighted and labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: PlatformAccount | None = None
        self.tasks = BackgroundTasks()
        self.events: list[SecurityChangeOut] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("eventsSummary")
        self.summary.setWordWrap(True)
        self.table = _table(self, (False, False, True, False, True))
        self.table.setObjectName("eventsTable")
        self.table.setMinimumHeight(320)
        self.proceed = QPushButton(self)
        self.proceed.setObjectName("primaryButton")
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.proceed)
        row.addStretch(1)
        self.body.addLayout(row)
        self.proceed.clicked.connect(self.completed)
        self.setTabOrder(self.table, self.proceed)
        self.retranslate()

    def enter(self) -> None:
        self.tasks.spawn("load", self.load())
        self.table.setFocus()

    async def load(self) -> bool:
        if self.account is None:
            return False
        try:
            self.events = (await self.account.security_events()).events
        except ClientError as exc:
            self.show_message(error_text(exc))
            return False
        self._fill()
        return True

    def kind_text(self, kind: str) -> str:
        texts = {
            "account_created": self.tr("Account created"),
            "password_reset": self.tr("Password changed with a reset link"),
            "password_changed": self.tr("Password changed"),
            "contact_added": self.tr("E-mail address or phone number added"),
            "contact_removed": self.tr("E-mail address or phone number removed"),
            "contact_restored": self.tr("E-mail address or phone number put back"),
            "totp_enrolled": self.tr("Authenticator app set up"),
            "totp_removed": self.tr("Authenticator app removed"),
            "backup_codes_issued": self.tr("New backup codes made"),
            "backup_code_used": self.tr("Backup code used"),
            "new_device": self.tr("Sign-in from a new device"),
            "sessions_revoked": self.tr("Every session signed out"),
            "session_ended": self.tr("A session was ended"),
            "device_revoked": self.tr("A device was revoked"),
            "other_sessions_ended": self.tr("All other sessions ended"),
            "reset_link_issued": self.tr("Reset link sent"),
            "status_changed": self.tr("Account status changed"),
        }
        return texts.get(kind, kind.replace("_", " "))

    def reason_text(self, reason: str) -> str:
        texts = {
            "unknown_actor": self.tr("made by someone who was not you"),
            "before_report": self.tr("made while your account was not under your control"),
            "ended_session": self.tr("made from a session or device you ended"),
        }
        return texts.get(reason, reason.replace("_", " "))

    def actor_text(self, actor: str) -> str:
        texts = {
            "owner": self.tr("you or your account"),
            "agent": self.tr("support agent"),
            "system": self.tr("Recovery Desk"),
            "unknown": self.tr("someone unknown"),
        }
        return texts.get(actor, actor)

    def _fill(self) -> None:
        flagged = sum(1 for e in self.events if e.suspicious)
        if flagged:
            self.summary.setText(
                self.tr(
                    "%n change(s) need your attention. If you did not make them, tell the agent "
                    "in your recovery case.",
                    "",
                    flagged,
                )
            )
        else:
            self.summary.setText(self.tr("Nothing here looks suspicious."))
        self.summary.setProperty("tone", "warning" if flagged else "ok")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        highlight = QColor(255, 176, 0, 90)
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            where = ", ".join(part for part in (event.ip, event.user_agent) if part)
            what = self.kind_text(event.kind)
            shown = event.detail.get("value") or event.detail.get("label")
            if isinstance(shown, str) and shown:
                what = f"{what}: {shown}"
            reasons = "; ".join(self.reason_text(r) for r in event.reasons)
            mark = self.tr("Check") if event.suspicious else ""
            cells = [mark, _when(event.at), what, self.actor_text(event.actor), where or reasons]
            if event.suspicious:
                cells[4] = reasons + (f" ({where})" if where else "")
            for column, text in enumerate(cells):
                cell = _item(text)
                cell.setData(SUSPICIOUS_ROLE, event.suspicious)
                if event.suspicious:
                    cell.setBackground(highlight)
                    cell.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("Suspicious: %1").replace("%1", text) if column == 0 else text,
                    )
                self.table.setItem(row, column, cell)
            first = self.table.item(row, 0)
            if event.suspicious and first is not None:
                first.setIcon(warning)
        self.table.resizeRowsToContents()

    def suspicious_rows(self) -> list[int]:
        rows = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            if first is not None and first.data(SUSPICIOUS_ROLE):
                rows.append(row)
        return rows

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Recent security changes"))
        self.intro.setText(
            self.tr(
                "These changes were made to how your account is signed in to and reached. "
                'Rows marked "Check" were made by an intruder, while your account was not '
                "under your control, or from a session you ended."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Check"),
                self.tr("When"),
                self.tr("What changed"),
                self.tr("By"),
                self.tr("Why marked / where"),
            ]
        )
        self.table.setAccessibleName(self.tr("Recent security changes"))
        self.proceed.setText(self.tr("&Continue"))
        self.proceed.setAccessibleName(self.tr("Continue"))
        if self.events:
            self._fill()

    async def aclose(self) -> None:
        await self.tasks.aclose()
