"""The audit log for supervisors: search by case reference, acting agent, action and
time range; rows page in as the table scrolls; "Verify chain" walks the hash chain on
the server and names the first bad row. Rows hold no secret (the server writes none)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QItemSelection, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.errors import ClientError
from recovery_app.client.supervisor import AuditQuery, SupervisorClient
from recovery_app.schemas.agents import AuditRowOut, AuditVerifyOut
from recovery_app.schemas.supervision import AgentBoardOut
from ui.messages import message_for
from ui.models.audit_model import AuditModel, actor_text, detail_text
from ui.supervisor import format as fmt

KNOWN_ACTIONS = (
    "agent.signed_in",
    "agent.signed_out",
    "agent.sign_in_failed",
    "agent.presence_changed",
    "alert.raised",
    "alert.acknowledged",
    "case.opened",
    "case.queued",
    "case.assigned",
    "case.transferred",
    "case.escalated",
    "case.viewed",
    "case.restored",
    "contact.revealed",
    "evidence.revealed",
    "note.added",
    "restore.requested",
    "restore.approved",
    "restore.executed",
    "transcript.exported",
)
CASE_REF = re.compile(r"^[A-Za-z0-9-]{1,32}$")
ACTION = re.compile(r"^[a-z0-9_.]{1,64}$")


class AuditView(QWidget):
    """Signals: ``verified(object)`` with the :class:`AuditVerifyOut` shown."""

    verified = Signal(object)

    def __init__(
        self,
        client: SupervisorClient | None,
        spawn: Callable[[str, Any], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.client = client
        self._spawn = spawn
        self.started = False
        self.last_verify: AuditVerifyOut | None = None
        self.model = AuditModel(lambda coro: spawn("audit-page", coro), self)
        self.model.loadingChanged.connect(self._loading_changed)
        self.model.failed.connect(self._failed)

        self.heading = QLabel(self)
        self.heading.setObjectName("supervisorHeading")
        self.case_label = QLabel(self)
        self.case_edit = QLineEdit(self)
        self.case_edit.setObjectName("auditCaseEdit")
        self.case_edit.setMaxLength(32)
        self.case_label.setBuddy(self.case_edit)
        self.agent_label = QLabel(self)
        self.agent_combo = QComboBox(self)
        self.agent_combo.setObjectName("auditAgentCombo")
        self.agent_combo.addItem("", None)
        self.agent_label.setBuddy(self.agent_combo)
        self.action_label = QLabel(self)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditActionCombo")
        self.action_combo.setEditable(True)
        self.action_combo.addItem("")
        self.action_combo.addItems(list(KNOWN_ACTIONS))
        self.action_label.setBuddy(self.action_combo)
        self.from_box = QCheckBox(self)
        self.from_box.setObjectName("auditFromBox")
        self.from_edit = QDateTimeEdit(self)
        self.from_edit.setObjectName("auditFromEdit")
        self.to_box = QCheckBox(self)
        self.to_box.setObjectName("auditToBox")
        self.to_edit = QDateTimeEdit(self)
        self.to_edit.setObjectName("auditToEdit")
        today = QDateTime.currentDateTime()
        today.setTime(QTime(0, 0))
        for box, edit, value in (
            (self.from_box, self.from_edit, today),
            (self.to_box, self.to_edit, today.addDays(1)),
        ):
            edit.setCalendarPopup(True)
            edit.setDateTime(value)
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("auditSearchButton")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("auditClearButton")
        self.clear_button.clicked.connect(self.clear_filters)
        self.case_edit.returnPressed.connect(self.search)
        self.action_combo.lineEdit().returnPressed.connect(self.search)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)  # details, elided
        self.model.rowsInserted.connect(self._fit_columns)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(120)
        self.status = QLabel(self)
        self.status.setObjectName("supervisorStatus")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("supervisorError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyChainButton")
        self.verify_button.clicked.connect(self.request_verify)
        self.verify_result = QLabel(self)
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_result.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        filters = QGridLayout()
        form_left = QFormLayout()
        form_left.addRow(self.case_label, self.case_edit)
        form_left.addRow(self.agent_label, self.agent_combo)
        form_left.addRow(self.action_label, self.action_combo)
        form_right = QFormLayout()
        form_right.addRow(self.from_box, self.from_edit)
        form_right.addRow(self.to_box, self.to_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form_right.addRow(buttons)
        filters.addLayout(form_left, 0, 0)
        filters.addLayout(form_right, 0, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        verify = QHBoxLayout()
        verify.addWidget(self.verify_button)
        verify.addWidget(self.verify_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(verify)
        order = [
            self.case_edit,
            self.agent_combo,
            self.action_combo,
            self.from_box,
            self.from_edit,
            self.to_box,
            self.to_edit,
            self.search_button,
            self.clear_button,
            self.table,
            self.detail,
            self.verify_button,
            self.verify_result,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.case_label.setText(self.tr("&Case reference:"))
        self.case_edit.setPlaceholderText(self.tr("e.g. RD-7KQ2-XM4P"))
        self.case_edit.setAccessibleName(self.tr("Case reference"))
        self.agent_label.setText(self.tr("A&gent:"))
        self.agent_combo.setItemText(0, self.tr("Any agent"))
        self.agent_combo.setAccessibleName(self.tr("Acting agent"))
        self.action_label.setText(self.tr("Act&ion:"))
        self.action_combo.setItemText(0, "")
        self.action_combo.lineEdit().setPlaceholderText(self.tr("Any action"))
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.from_box.setText(self.tr("&From:"))
        self.from_box.setAccessibleName(self.tr("Only rows from this time on"))
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_box.setText(self.tr("&Until:"))
        self.to_box.setAccessibleName(self.tr("Only rows before this time"))
        self.to_edit.setAccessibleName(self.tr("Until"))
        self.search_button.setText(self.tr("&Search"))
        self.search_button.setAccessibleName(self.tr("Search the audit log"))
        self.clear_button.setText(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear the search filters"))
        self.table.setAccessibleName(self.tr("Audit rows, newest first"))
        self.detail.setAccessibleName(self.tr("Details of the selected row"))
        self.detail.setPlaceholderText(self.tr("Select a row to see its details."))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit log's hash chain"))
        self.verify_result.setAccessibleName(self.tr("Result of the chain check"))
        self.model.retranslate()
        self._show_count()
        if self.last_verify is not None:
            self._show_verify(self.last_verify)

    # -- filters ---------------------------------------------------------------

    def set_agents(self, agents: list[AgentBoardOut]) -> None:
        """Fill the agent filter (keeps the current choice) and name actors in rows."""
        current = self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        while self.agent_combo.count() > 1:
            self.agent_combo.removeItem(1)
        for agent in agents:
            self.agent_combo.addItem(f"{agent.display_name} ({agent.username})", agent.id)
        index = self.agent_combo.findData(current) if current is not None else 0
        self.agent_combo.setCurrentIndex(max(0, index))
        self.agent_combo.blockSignals(False)
        self.model.agent_names = {a.id: a.display_name for a in agents}

    def query(self) -> AuditQuery | None:
        """The filters as a query, or None (with a sentence shown) when one is not valid."""
        case_ref = self.case_edit.text().strip().upper() or None
        action = self.action_combo.currentText().strip().lower() or None
        if case_ref is not None and not CASE_REF.match(case_ref):
            self._show_error(self.tr("A case reference has only letters, digits and dashes."))
            self.case_edit.setFocus()
            return None
        if action is not None and not ACTION.match(action):
            self._show_error(
                self.tr("An action has only small letters, digits, dots and underscores.")
            )
            self.action_combo.setFocus()
            return None
        start = self._moment(self.from_edit) if self.from_box.isChecked() else None
        end = self._moment(self.to_edit) if self.to_box.isChecked() else None
        if start is not None and end is not None and start >= end:
            self._show_error(self.tr("The end of the time range must be after its start."))
            self.to_edit.setFocus()
            return None
        agent = self.agent_combo.currentData()
        return AuditQuery(
            case_ref=case_ref,
            action=action,
            agent_id=int(agent) if agent is not None else None,
            start=start,
            end=end,
        )

    @staticmethod
    def _moment(edit: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)

    def clear_filters(self) -> None:
        self.case_edit.clear()
        self.agent_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self.action_combo.setEditText("")
        self.from_box.setChecked(False)
        self.to_box.setChecked(False)
        self.search()

    # -- search and paging -------------------------------------------------------

    def search(self) -> None:
        """Start a new search with the filters (the first page; more as the table scrolls)."""
        if self.client is None:
            return
        query = self.query()
        if query is None:
            return
        self._show_error(None)
        self.started = True
        client = self.client

        async def load(before_id: int | None) -> list[AuditRowOut]:
            return await client.audit(query, before_id=before_id)

        self.detail.clear()
        self.model.start(load)

    def ensure_started(self) -> None:
        if not self.started:
            self.search()

    def _fit_columns(self) -> None:
        for column in range(6):
            self.table.resizeColumnToContents(column)

    def _loading_changed(self, _loading: bool) -> None:
        self._show_count()  # a new search replaces a running one: the button stays usable

    def _show_count(self) -> None:
        if self.model.loading:
            self.status.setText(self.tr("Loading…"))
        elif not self.started:
            self.status.setText("")
        elif not self.model.rows:
            self.status.setText(self.tr("No audit rows match this search."))
        elif self.model.exhausted:
            self.status.setText(self.tr("%n row(s) match.", "", len(self.model.rows)))
        else:
            self.status.setText(
                self.tr(
                    "Showing the newest %n rows; scroll down for older ones.",
                    "",
                    len(self.model.rows),
                )
            )

    def _failed(self, exc: object) -> None:
        code = exc.code if isinstance(exc, ClientError) else None
        self._show_error(message_for(code))
        self._show_count()

    def _show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        row = self.model.rows[rows[0].row()]
        lines = [
            self.tr("Row %1 at %2")
            .replace("%1", str(row.id))
            .replace("%2", fmt.local_time(row.at)),
            self.tr("Who: %1").replace("%1", actor_text(row, self.model.agent_names)),
            self.tr("Action: %1").replace("%1", row.action),
            self.tr("Details: %1").replace("%1", detail_text(row)),
            self.tr("Hash: %1").replace("%1", row.hash),
        ]
        self.detail.setPlainText("\n".join(lines))

    # -- verify ----------------------------------------------------------------

    def request_verify(self) -> None:
        if self.client is not None:
            self._spawn("audit-verify", self.verify())

    async def verify(self) -> None:
        if self.client is None:
            return
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Checking every row…"))
        try:
            report = await self.client.verify_audit()
        except ClientError as exc:
            self.verify_result.setText(message_for(exc.code))
            return
        finally:
            self.verify_button.setEnabled(True)
        self.last_verify = report
        self._show_verify(report)
        self.verified.emit(report)

    def _show_verify(self, report: AuditVerifyOut) -> None:
        self.verify_result.setProperty("verdict", "ok" if report.ok else "broken")
        self.verify_result.style().unpolish(self.verify_result)
        self.verify_result.style().polish(self.verify_result)
        if report.ok:
            self.verify_result.setText(self.tr("Chain intact (%n rows)", "", report.rows))
            return
        text = self.tr("Chain broken: the first bad row is %1.").replace(
            "%1", str(report.first_bad_id) if report.first_bad_id is not None else "?"
        )
        if report.problem:
            text += " " + self.tr("Server's finding: %1").replace("%1", report.problem)
        self.verify_result.setText(text)
        if report.first_bad_id is not None:
            found = self.model.row_of_id(report.first_bad_id)
            if found is not None:
                self.table.selectRow(found)
