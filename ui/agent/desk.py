"""The signed-in agent desk: status and capacity, open chats, the waiting queue.

Work arrives only by assignment: an ``assigned`` frame on the live socket opens a chat
tab, with a desktop notification and a sound when the window is not in front. The
queue refreshes when the server says it changed (debounced) and every few seconds
anyway; each refresh is one small request (counts and the first rows) and a model
update without a reset, so the window stays responsive with 10,000 waiting.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from recovery_app.client.agent import AgentApi
from recovery_app.client.errors import ClientError
from recovery_app.schemas.agent_desk import MyCaseOut
from recovery_app.schemas.live import AssignedFrame, MessageFrame, OtherEvent, UnassignedFrame
from ui.agent.canned_popup import CannedPopup
from ui.agent.chat_pane import ChatPane
from ui.agent.chat_tabs import ChatTabs
from ui.agent.close_dialog import CloseDialog
from ui.agent.handover_dialog import ESCALATE, TRANSFER, HandoverDialog
from ui.agent.queue_view import QueueView
from ui.agent.shortcuts_help import SHORTCUTS, ShortcutsDialog
from ui.agent.status_bar import AgentStatusBar
from ui.context import ClientContext
from ui.live_bridge import AgentAuth, LiveBridge
from ui.messages import message_for
from ui.tasks import BackgroundTasks

log = logging.getLogger(__name__)

QUEUE_POLL_MS = 5000
QUEUE_DEBOUNCE_MS = 400
QUEUE_ROWS = 200
CHATS_SHARE = 75  # per cent of the desk's height for the chats at first
CHATS_MIN_HEIGHT = 260


class AgentDesk(QWidget):
    """Everything a signed-in agent works with.

    Signals:
        signOutRequested(): the agent asked to sign out.
    """

    signOutRequested = Signal()

    def __init__(
        self,
        context: ClientContext,
        agent_api: AgentApi,
        display_name: str,
        parent: QWidget | None = None,
        *,
        bridge: Any = None,
        queue_poll_ms: int = QUEUE_POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agentDesk")
        self.context = context
        self.agent_api = agent_api
        self.tasks = BackgroundTasks()
        self.drafts: dict[str, str] = {}
        self.cases: dict[str, MyCaseOut] = {}
        self.bridge = bridge or LiveBridge(context.live_url, AgentAuth(token=agent_api.token), self)

        self.status = AgentStatusBar(self)
        self.status.set_agent(display_name)
        self.notice = QLabel(self)
        self.notice.setObjectName("deskNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.tabs = ChatTabs(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("deskEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chats = QStackedWidget(self)
        self.chats.addWidget(self.empty)
        self.chats.addWidget(self.tabs)
        self.queue = QueueView(self)
        # The chats get most of the height from the start (the queue table would
        # otherwise ask for two thirds); the agent can still drag the handle.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("deskSplitter")
        splitter.addWidget(self.chats)
        splitter.addWidget(self.queue)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.chats.setMinimumHeight(CHATS_MIN_HEIGHT)
        splitter.setSizes([CHATS_SHARE, 100 - CHATS_SHARE])
        self.work_splitter = splitter
        self._work_sized = False  # the shares are set again once the real height is known
        splitter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        # Work, the approvals inbox, and (supervisors only) supervision, one tab each.
        self.sections = QTabWidget(self)
        self.sections.setObjectName("deskSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(splitter, "")
        self.approvals = self._make_approvals()
        self.approvals_count = 0
        self.sections.addTab(self.approvals, "")
        self.supervision = self._make_supervision()
        if self.supervision is not None:
            self.sections.addTab(self.supervision, "")
        self.sections.currentChanged.connect(self._section_changed)
        layout.addWidget(self.sections, 1)

        self.status.presenceChosen.connect(self.choose_presence)
        self.status.capacityChosen.connect(self.choose_capacity)
        self.status.signOutRequested.connect(self.signOutRequested)
        self.status.helpRequested.connect(self.show_shortcuts)
        self.tabs.countChanged.connect(self._count_changed)
        self.bridge.assigned.connect(self.on_assigned)
        self.bridge.unassigned.connect(self.on_unassigned)
        self.bridge.message.connect(self.on_message)
        self.bridge.other.connect(self.on_other)

        self._queue_soon = QTimer(self)
        self._queue_soon.setSingleShot(True)
        self._queue_soon.setInterval(QUEUE_DEBOUNCE_MS)
        self._queue_soon.timeout.connect(self.refresh_queue)
        self._poll = QTimer(self)
        self._poll.setInterval(queue_poll_ms)
        self._poll.timeout.connect(self.refresh_queue)
        self._shortcuts = self._make_shortcuts()
        self.retranslate()

    def _make_approvals(self) -> QWidget:
        from ui.agent.approvals_inbox import ApprovalsInbox

        inbox = ApprovalsInbox(self.context, self.agent_api, self)
        inbox.countChanged.connect(self._approvals_counted)
        return inbox

    def _make_supervision(self) -> QWidget | None:
        """The supervisors' view, only for a supervisor (the server checks every call again)."""
        from recovery_app.client.supervisor import can_supervise

        if not can_supervise(self.agent_api):
            return None
        from ui.supervisor.supervisor_view import SupervisorView

        return SupervisorView(self.context, self.agent_api, self)

    def show_section(self, index: int) -> None:
        if 0 <= index < self.sections.count():
            self.sections.setCurrentIndex(index)

    def _focus_queue(self) -> None:
        self.show_section(0)
        self.queue.focus_table()

    def _section_changed(self, index: int) -> None:
        widget = self.sections.widget(index)
        refresh = getattr(widget, "refresh", None)
        if widget is not self.sections.widget(0) and refresh is not None:
            self.tasks.spawn(f"section-{index}", refresh())

    def _approvals_counted(self, count: int) -> None:
        self.approvals_count = max(0, count)
        self._title_sections()

    def _title_sections(self) -> None:
        self.sections.setTabText(0, self.tr("Chats and queue"))
        self.sections.setTabToolTip(0, self.tr("Your chats and the waiting queue (Ctrl+Shift+1)"))
        if self.approvals_count:
            title = self.tr("Approvals (%n)", "", self.approvals_count)
        else:
            title = self.tr("Approvals")
        self.sections.setTabText(1, title)
        self.sections.setTabToolTip(
            1, self.tr("Restore requests waiting for a second person (Ctrl+Shift+2)")
        )
        if self.supervision is not None:
            self.sections.setTabText(2, self.tr("Supervision"))
            self.sections.setTabToolTip(
                2, self.tr("Queue, agents, alerts, dashboard and audit log (Ctrl+Shift+3)")
            )
        self.sections.setAccessibleName(self.tr("Desk sections"))

    def _make_shortcuts(self) -> list[QShortcut]:
        def bind(keys: str, slot: Any) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return shortcut

        pane = self.tabs.current_pane
        return [
            bind("Ctrl+PgDown", lambda: self.tabs.step(1)),
            bind("Ctrl+Tab", lambda: self.tabs.step(1)),
            bind("Ctrl+PgUp", lambda: self.tabs.step(-1)),
            bind("Ctrl+Shift+Tab", lambda: self.tabs.step(-1)),
            bind("Ctrl+K", lambda: self.act("canned")),
            bind("Ctrl+/", lambda: self.act("canned")),
            bind("Ctrl+Shift+N", lambda: pane() and pane().toggle_note()),  # type: ignore[union-attr]
            bind("Ctrl+Shift+T", lambda: self.act("transfer")),
            bind("Ctrl+Shift+E", lambda: self.act("escalate")),
            bind("Ctrl+Shift+W", lambda: self.act("close")),
            bind("Ctrl+Shift+Q", self._focus_queue),
            bind("Ctrl+Shift+1", lambda: self.show_section(0)),
            bind("Ctrl+Shift+2", lambda: self.show_section(1)),
            bind("Ctrl+Shift+3", lambda: self.show_section(2)),
            bind("F1", self.show_shortcuts),
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.work_splitter
            and event.type() == QEvent.Type.Resize
            and not self._work_sized
        ):
            assert isinstance(event, QResizeEvent)
            self._share_work_height(event.size().height())
        return super().eventFilter(watched, event)

    def _share_work_height(self, height: int) -> None:
        """Give the chats ``CHATS_SHARE`` % of the height, once the splitter has one.

        Only the first time: afterwards the agent's own drag (and the stretch factors
        on a window resize) decide; nothing is remembered on disk.
        """
        total = height - self.work_splitter.handleWidth()
        if total <= 0 or not self.work_splitter.isVisible():
            return
        self._work_sized = True
        chats = max(self.chats.minimumHeight(), total * CHATS_SHARE // 100)
        self.work_splitter.setSizes([chats, max(0, total - chats)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Agent desk"))
        self._title_sections()
        self.empty.setText(
            self.tr(
                "No open chats. While you are online with a free slot, new chats open "
                "here by themselves."
            )
        )

    # -- life ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect the live socket, load my cases, capacity and the queue."""
        self.bridge.start()
        self._poll.start()
        await self.refresh_capacity()
        try:
            cases = await self.agent_api.my_cases()
        except ClientError as exc:
            self.show_notice(message_for(exc.code))
            cases = []
        for case in cases:
            self.open_chat(case.reference, case=case)
        self.tasks.spawn("queue", self._load_queue())

    async def aclose(self) -> None:
        self._poll.stop()
        self._queue_soon.stop()
        await self.tasks.aclose()
        for pane in list(self.tabs.panes.values()):
            await pane.aclose()
        for section in (self.approvals, self.supervision):
            if section is not None:
                with contextlib.suppress(Exception):
                    await section.aclose()  # type: ignore[attr-defined]
        with contextlib.suppress(Exception):
            await self.bridge.aclose()

    def collect_drafts(self) -> dict[str, str]:
        """Unsent text of every chat (replies and notes), by case reference."""
        found = dict(self.drafts)
        for reference, pane in self.tabs.panes.items():
            text = pane.draft()
            if text.strip():
                found[reference] = text
            note = pane.note.toPlainText()
            if note.strip():
                found[f"{reference}#note"] = note
        return found

    # -- chats -------------------------------------------------------------------------

    def open_chat(
        self, reference: str, *, case: MyCaseOut | None = None, focus: bool = False
    ) -> ChatPane:
        existing = self.tabs.panes.get(reference)
        if existing is not None:
            return existing
        if case is not None:
            self.cases[reference] = case
        pane = ChatPane(self.context, self.bridge, self.agent_api, reference, case, self.tabs)
        pane.actionRequested.connect(self.act)
        self.tabs.add_pane(pane, focus=focus)
        draft = self.drafts.pop(reference, "")
        if draft:
            pane.set_draft(draft)
        note = self.drafts.pop(f"{reference}#note", "")
        if note:
            pane.note.setPlainText(note)
            pane.note_button.setChecked(True)
        self.tasks.spawn(f"pane:{reference}", pane.start())
        return pane

    def on_assigned(self, frame: AssignedFrame) -> None:
        reference = frame.conversation
        if reference in self.tabs.panes:
            return
        self.open_chat(reference, focus=self.tabs.current_pane() is None)
        # Forced: the agent may be typing in another chat and must notice new work.
        self.context.notifier.notify(
            self.tr("New chat assigned"),
            self.tr("Case %1 is now yours.").replace("%1", reference),
            force=True,
        )
        self.tasks.spawn("capacity", self.refresh_capacity())

    def on_unassigned(self, frame: UnassignedFrame) -> None:
        self._remove(frame.conversation)
        self.show_notice(
            self.tr("Case %1 is no longer assigned to you.").replace("%1", frame.conversation)
        )

    def _remove(self, reference: str) -> None:
        pane = self.tabs.take_pane(reference)
        if pane is not None:
            self.tasks.spawn(f"close:{reference}", pane.aclose())
            pane.deleteLater()
        self.cases.pop(reference, None)

    def on_message(self, frame: MessageFrame) -> None:
        if not frame.sender.startswith("requester"):
            return
        if self.tabs.message_arrived(frame.conversation) or not self.window().isActiveWindow():
            self.context.notifier.notify(
                self.tr("New message"),
                self.tr("A new message in case %1.").replace("%1", frame.conversation),
            )

    def on_other(self, event: OtherEvent) -> None:
        if event.type in ("queue_changed", "queue"):
            if not self._queue_soon.isActive():
                self._queue_soon.start()
        elif event.type == "presence":
            self.status.set_presence(str(event.data.get("status", "")))

    def _count_changed(self, count: int) -> None:
        self.chats.setCurrentWidget(self.tabs if count else self.empty)
        self.status.set_open_chats(count)

    # -- queue, presence, capacity --------------------------------------------------------

    def refresh_queue(self) -> None:
        if not self.tasks.running("queue"):
            self.tasks.spawn("queue", self._load_queue())

    async def _load_queue(self) -> None:
        try:
            snapshot = await self.agent_api.queue(QUEUE_ROWS)
        except ClientError as exc:
            log.info("queue refresh failed: %s", exc.code)
            return
        self.queue.set_snapshot(snapshot)

    async def refresh_capacity(self) -> None:
        try:
            capacity = await self.agent_api.capacity()
        except ClientError as exc:
            self.show_notice(message_for(exc.code))
            return
        self.status.set_capacity(capacity.max_chats, capacity.limit, capacity.open_chats)
        self.status.set_presence(capacity.presence)

    @asyncSlot(str)
    async def choose_presence(self, status: str) -> None:
        await self.bridge.set_presence(status)  # type: ignore[arg-type]

    @asyncSlot(int)
    async def choose_capacity(self, max_chats: int) -> None:
        self.status.capacity.setEnabled(False)
        try:
            capacity = await self.agent_api.set_capacity(max_chats)
        except ClientError as exc:
            self.show_notice(message_for(exc.code))
            return
        finally:
            self.status.capacity.setEnabled(True)
        self.status.set_capacity(capacity.max_chats, capacity.limit, capacity.open_chats)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).open()

    # -- actions on the chat in front -----------------------------------------------------

    def act(self, action: str) -> None:
        pane = self.tabs.current_pane()
        if pane is None:
            return
        if action == "canned":
            self.open_canned(pane)
        elif action in (TRANSFER, ESCALATE):
            self.tasks.spawn("handover", self._handover(pane, action))
        elif action == "close":
            self.tasks.spawn("close-case", self._close_case(pane))

    def open_canned(self, pane: ChatPane) -> CannedPopup:
        case = self.cases.get(pane.reference)
        popup = CannedPopup(self.agent_api, pane.reference, case.language if case else None, self)
        popup.chosen.connect(pane.insert_text)
        self.canned_popup = popup
        popup.open()
        self.tasks.spawn("canned", popup.load())
        return popup

    async def _handover(self, pane: ChatPane, mode: str) -> None:
        colleagues = []
        if mode == TRANSFER:
            try:
                colleagues = await self.agent_api.colleagues()
            except ClientError as exc:
                self.show_notice(message_for(exc.code))
                return
        dialog = HandoverDialog(mode, colleagues, self)
        self.handover_dialog = dialog
        if await _run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            if mode == TRANSFER:
                agent_id = dialog.agent_id()
                assert agent_id is not None
                await self.agent_api.transfer(pane.reference, agent_id, dialog.note())
                text = self.tr("Case %1 was handed over.")
            else:
                await self.agent_api.escalate(pane.reference, dialog.note())
                text = self.tr("Case %1 was passed to a supervisor.")
        except ClientError as exc:
            self.show_notice(_problem_text(exc))
            return
        self._remove(pane.reference)
        self.show_notice(text.replace("%1", pane.reference))
        self.tasks.spawn("capacity", self.refresh_capacity())

    async def _close_case(self, pane: ChatPane) -> None:
        dialog = CloseDialog(pane.reference, self)
        self.close_dialog = dialog
        if await _run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            await self.agent_api.complete(pane.reference)
        except ClientError as exc:
            QMessageBox.information(self, self.tr("Close the case"), _problem_text(exc))
            return
        self._remove(pane.reference)
        self.show_notice(
            self.tr("Case %1 is closed; the requester was asked for their feedback.").replace(
                "%1", pane.reference
            )
        )
        self.tasks.spawn("capacity", self.refresh_capacity())


def _problem_text(exc: ClientError) -> str:
    """The server's own sentence for a refused action (409/422 say what to do), else ours."""
    problem = getattr(exc, "problem", None)
    if problem is not None and problem.status in (404, 409, 422) and problem.detail:
        return str(problem.detail)
    return message_for(exc.code)


async def _run_dialog(dialog: QDialog) -> int:
    """Show a modal dialog without a nested event loop (qasync-safe) and wait for it."""
    import asyncio

    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: done.done() or done.set_result(code))
    dialog.open()
    try:
        return await done
    finally:
        dialog.deleteLater()


__all__ = ["SHORTCUTS", "AgentDesk"]
