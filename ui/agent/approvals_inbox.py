"""The approvals inbox: other agents' restore requests to approve or refuse, and your own.

Only requests the server says you may decide are offered (never your own;
reinstatements only to supervisors); your own are listed as "waiting for
approval" without buttons. Each shows what the decision needs: the action and
its masked target, the case's proofs, the requester's reason and the hold.
The server refuses self-approval and role mismatches anyway.

Signals:
    countChanged(int): how many requests wait for your decision.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.agent_case import AgentAuthority, AgentCaseClient
from recovery_app.client.errors import ClientError
from recovery_app.schemas.approvals import ApprovalRequestOut
from ui.agent import case_panel_text as text
from ui.agent.case_panel_dialogs import ReasonDialog, run_dialog
from ui.agent.verification_panel import row_label
from ui.context import ClientContext
from ui.models.approvals_model import ApprovalsModel
from ui.tasks import BackgroundTasks

POLL_MS = 30_000  # each listing is an audited read of the cases it shows: not too often


class ApprovalsInbox(QFrame):
    """See the module docstring."""

    countChanged = Signal(int)

    def __init__(
        self, context: ClientContext, agent_api: AgentAuthority, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsInbox")
        self.context = context
        self.client = AgentCaseClient(agent_api)
        self.tasks = BackgroundTasks()
        self.dialog: ReasonDialog | None = None
        self.count = -1
        self.title = row_label(self, "casePanelTitle")
        self.refresh_button = QPushButton(self)
        self.notice = row_label(self, "casePanelNotice")
        self.notice.hide()
        self.to_decide_label = QLabel(self)
        self.to_decide_label.setObjectName("caseSubheading")
        self.model = ApprovalsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("approvalsList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.to_decide_label.setBuddy(self.list)
        self.empty = row_label(self, "caseEmpty")
        self.detail = row_label(self, "approvalDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("refuseButton")
        self.mine_label = QLabel(self)
        self.mine_label.setObjectName("caseSubheading")
        self.mine_model = ApprovalsModel(self)
        self.mine_list = QListView(self)
        self.mine_list.setObjectName("myRequestsList")
        self.mine_list.setModel(self.mine_model)
        self.mine_list.setWordWrap(True)
        self.mine_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.mine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mine_list.setMaximumHeight(120)
        self.mine_label.setBuddy(self.mine_list)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.approve_button)
        decide_row.addWidget(self.refuse_button)
        decide_row.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(decide_row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.to_decide_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mine_label)
        layout.addWidget(self.mine_list)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.poll.start()
        self.refresh_button.clicked.connect(lambda: self._start("refresh", self._refresh_clicked()))
        self.approve_button.clicked.connect(
            lambda: self._start("decide", self._decide_with_dialog(approve=True))
        )
        self.refuse_button.clicked.connect(
            lambda: self._start("decide", self._decide_with_dialog(approve=False))
        )
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.setTabOrder(self.refresh_button, self.list)
        self.setTabOrder(self.list, self.approve_button)
        self.setTabOrder(self.approve_button, self.refuse_button)
        self.setTabOrder(self.refuse_button, self.mine_list)
        self.retranslate()
        self._selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Approvals"))
        self.title.setText(self.tr("Approvals"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the approvals"))
        self.to_decide_label.setText(self.tr("&Waiting for your decision"))
        self.list.setAccessibleName(self.tr("Requests waiting for your decision"))
        self.empty.setText(self.tr("Nothing waits for your decision."))
        self.approve_button.setText(self.tr("&Approve…"))
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.refuse_button.setText(self.tr("Re&fuse…"))
        self.refuse_button.setAccessibleName(self.tr("Refuse the selected request"))
        self.mine_label.setText(self.tr("Your requests waiting for appro&val"))
        self.mine_list.setAccessibleName(self.tr("Your requests waiting for approval"))
        self.model.retranslate()
        self.mine_model.retranslate()
        self._selected()

    # -- loading -----------------------------------------------------------------

    async def refresh(self) -> None:
        """Load both lists; the selection is kept when the request is still there."""
        current = self.selected()
        try:
            to_decide = await self.client.pending_requests("decide")
            mine = await self.client.pending_requests("mine")
        except ClientError as exc:
            self._notice(text.error_words(exc), "error")
            return
        self.model.set_requests(to_decide)
        self.mine_model.set_requests(mine)
        self.empty.setVisible(not to_decide)
        self.mine_label.setVisible(bool(mine))
        self.mine_list.setVisible(bool(mine))
        if current is not None:
            row = next((i for i, r in enumerate(to_decide) if r.id == current.id), -1)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
        self._selected()
        if len(to_decide) != self.count:
            self.count = len(to_decide)
            self.countChanged.emit(self.count)

    def selected(self) -> ApprovalRequestOut | None:
        index = self.list.currentIndex()
        return self.model.request_at(index.row()) if index.isValid() else None

    def select(self, request_id: str) -> bool:
        for row, request in enumerate(self.model.requests):
            if request.id == request_id:
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _selected(self, *_: QItemSelection) -> None:
        request = self.selected()
        usable = request is not None and request.can_decide
        self.approve_button.setEnabled(usable)
        self.refuse_button.setEnabled(usable)
        self.detail.setText(
            self.describe(request) if request else self.tr("Choose a request to see its details.")
        )

    def describe(self, request: ApprovalRequestOut) -> str:
        """What the decision needs: the change, the proofs, the reason, the hold."""
        case = request.case
        lines = [
            text.word(text.ACTIONS, request.action.value),
            self.tr("Case %1: %2, in %3")
            .replace("%1", case.reference)
            .replace("%2", text.word(text.CASE_KINDS, case.kind.value))
            .replace("%3", text.word(text.LANGUAGES, case.language)),
            self.tr("Verification: %1. Proofs: %2.")
            .replace("%1", text.level_words(case.level))
            .replace("%2", self._proofs(request)),
        ]
        contact = request.contact
        if contact is not None:
            kind = (
                QCoreApplication.translate("CaseText", "E-mail")
                if contact.kind == "email"
                else QCoreApplication.translate("CaseText", "Phone")
            )
            line = self.tr("Contact: %1 %2, added %3").replace("%1", kind)
            line = line.replace("%2", contact.masked).replace("%3", text.when(contact.added_at))
            if contact.suspicious:
                line += " ⚠ " + self.tr("Suspicious: added during the reported compromise")
            if contact.original:
                line += " · " + self.tr("original contact")
            if contact.removed_at is not None:
                line += " · " + self.tr("removed %1").replace("%1", text.when(contact.removed_at))
            lines.append(line)
        lines.append(
            self.tr("Asked by %1, %2: “%3”")
            .replace("%1", request.requested_by)
            .replace("%2", text.when(request.requested_at))
            .replace("%3", request.reason)
        )
        if request.hold_hours > 0:
            lines.append(
                self.tr(
                    "After your approval the change waits %n hours; the owner's original "
                    "contacts are told and can cancel it.",
                    "",
                    round(request.hold_hours),
                )
            )
        if case.frozen:
            lines.append("⚠ " + self.tr("The case is frozen: the owner cancelled a change."))
        if request.requested_by_me:
            lines.append(self.tr("Your own request: someone else has to decide it."))
        return "\n".join(lines)

    @staticmethod
    def _proofs(request: ApprovalRequestOut) -> str:
        case = request.case
        parts = [text.word(text.PROOF_KINDS, kind) for kind in case.proofs]
        if case.document_approved:
            parts.append(QCoreApplication.translate("CaseText", "reviewed document"))
        if case.selfie_approved:
            parts.append(QCoreApplication.translate("CaseText", "reviewed selfie"))
        return ", ".join(parts) if parts else QCoreApplication.translate("CaseText", "no proof yet")

    def _notice(self, sentence: str, kind: str) -> None:
        self.notice.setProperty("kind", kind)
        self.notice.setText(sentence)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(sentence))

    def _poll(self) -> None:
        if self.isVisible() and not self.tasks.running("refresh"):
            self.tasks.spawn("refresh", self.refresh())

    def _start(self, name: str, coro: Coroutine[Any, Any, None]) -> None:
        """Run a button's work as a task that ``aclose()`` cancels (one per purpose)."""
        if self.tasks.running(name):
            coro.close()
            return
        self.tasks.spawn(name, coro)

    async def _refresh_clicked(self) -> None:
        self.refresh_button.setEnabled(False)
        try:
            self._notice("", "info")
            await self.refresh()
        finally:
            self.refresh_button.setEnabled(True)

    # -- deciding ------------------------------------------------------------------

    async def _decide_with_dialog(self, *, approve: bool) -> None:
        request = self.selected()
        if request is None or not request.can_decide:
            return
        if approve:
            self.dialog = ReasonDialog(
                self.tr("Approve the request"),
                self.tr("What did you check before approving? It is written to the audit log."),
                self.tr("&Approve"),
                min_length=3,
                parent=self,
            )
        else:
            self.dialog = ReasonDialog(
                self.tr("Refuse the request"),
                self.tr("Why do you refuse it? The requesting agent sees your note."),
                self.tr("Re&fuse"),
                min_length=3,
                parent=self,
            )
        if await run_dialog(self.dialog):
            await self.decide(request.id, approve=approve, note=self.dialog.text())

    async def decide(self, request_id: str, *, approve: bool, note: str) -> None:
        self.approve_button.setEnabled(False)
        self.refuse_button.setEnabled(False)
        try:
            result = await self.client.decide_request(request_id, approve=approve, note=note)
        except ClientError as exc:
            self._notice(text.error_words(exc), "error")
        else:
            status = text.word(text.RESTORE_STATUS, result.status.value)
            self._notice(
                self.tr("Decided: %1").replace(
                    "%1", status.replace("%1", text.when(result.hold_until))
                ),
                "info",
            )
        await self.refresh()

    async def aclose(self) -> None:
        self.poll.stop()
        if self.dialog is not None:
            self.dialog.reject()
        await self.tasks.aclose()
