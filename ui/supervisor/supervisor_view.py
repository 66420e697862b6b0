"""The supervisors' view of agent mode: live board, approvals, alerts, dashboard, audit log.

The agent workspace adds it as a tab when the signed-in agent is a supervisor (or an
admin): ``SupervisorView(context, agent_api)``. The server refuses every supervisor
endpoint to a plain agent (403); the view mirrors that and, for a plain agent, shows
one sentence and never calls the server.

The live board and the alerts refresh every few seconds while the view exists; an
alert that was not there before is announced through ``context.notifier`` (a desktop
notification when the window is not focused).
"""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.client.supervisor import AgentSession, SupervisorClient, can_supervise
from recovery_app.schemas.agents import AlertOut
from recovery_app.schemas.supervision import AgentBoardOut
from ui.context import ClientContext
from ui.messages import message_for
from ui.models.alerts_model import describe, kind_name
from ui.supervisor.alerts_view import AlertsView
from ui.supervisor.audit_view import AuditView
from ui.supervisor.dashboard import Dashboard
from ui.supervisor.live_board import LiveBoard
from ui.tasks import BackgroundTasks

POLL_MS = 5000
APPROVALS_MODULE = "ui.agent.approvals_inbox"


class SupervisorView(QWidget):
    """Signals: ``alertsChanged(int)`` open alerts; ``refreshed()`` after each poll."""

    alertsChanged = Signal(int)
    refreshed = Signal()

    def __init__(
        self, context: ClientContext, agent_api: AgentSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorView")
        self.context = context
        self.agent_api = agent_api
        self.allowed = can_supervise(agent_api)
        self.client = SupervisorClient(agent_api) if self.allowed else None
        self.tasks = BackgroundTasks()
        self.agents: list[AgentBoardOut] = []
        self.alerts: list[AlertOut] = []
        self._seen_alerts: set[int] | None = None  # None until the first poll
        self._closed = False
        self.approvals: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.forbidden = QLabel(self)
        self.forbidden.setObjectName("supervisorForbidden")
        self.forbidden.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("supervisorError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("supervisorTabs")
        self.board = LiveBoard(self.tabs)
        self.approvals_page = QWidget(self.tabs)
        self.approvals_page.setObjectName("approvalsPage")
        self._approvals_layout = QVBoxLayout(self.approvals_page)
        self.approvals_placeholder = QLabel(self.approvals_page)
        self.approvals_placeholder.setObjectName("approvalsPlaceholder")
        self.approvals_placeholder.setWordWrap(True)
        self._approvals_layout.addWidget(self.approvals_placeholder)
        self._approvals_layout.addStretch(1)
        self.alerts_view = AlertsView(self.tabs)
        self.dashboard = Dashboard(self.client, self.tasks.spawn, self.tabs)
        self.audit = AuditView(self.client, self.tasks.spawn, self.tabs)
        for page in (self.board, self.approvals_page, self.alerts_view, self.dashboard, self.audit):
            self.tabs.addTab(page, "")
        layout.addWidget(self.forbidden)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.forbidden.setVisible(not self.allowed)
        self.tabs.setVisible(self.allowed)

        self.alerts_view.acknowledgeRequested.connect(self._acknowledge)
        self.alerts_view.showAcknowledgedChanged.connect(lambda _: self._poll_now())
        self.tabs.currentChanged.connect(self._tab_changed)
        self._shortcuts = []
        for n in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+Shift+{n + 1}"), self)
            shortcut.activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))
            self._shortcuts.append(shortcut)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll_now)
        self.retranslate()
        if self.allowed:
            self.timer.start()
            self._poll_now()

    # -- lifecycle -------------------------------------------------------------

    async def refresh(self) -> None:
        """Fetch the live board and alerts now, and whichever page is open."""
        if not self.allowed:
            return
        await self.poll()
        current = self.tabs.currentWidget()
        if current is self.dashboard:
            await self.dashboard.refresh()
        elif current is self.audit:
            self.audit.search()
        elif current is self.approvals_page and self.approvals is not None:
            await self.approvals.refresh()

    async def aclose(self) -> None:
        """Stop polling and every request of the view."""
        self._closed = True
        self.timer.stop()
        await self.tasks.aclose()
        if self.approvals is not None and hasattr(self.approvals, "aclose"):
            await self.approvals.aclose()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Supervision"))
        self.forbidden.setText(
            self.tr(
                "This view is for supervisors. Ask an administrator if you need it for your work."
            )
        )
        self.approvals_placeholder.setText(
            self.tr("The approvals inbox is not available in this version of the app.")
        )
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        count = sum(1 for a in self.alerts if a.acknowledged_at is None)
        alerts = self.tr("&Alerts (%1)").replace("%1", str(count)) if count else self.tr("&Alerts")
        approvals_count = getattr(self, "_approvals_count", 0)
        approvals = (
            self.tr("A&pprovals (%1)").replace("%1", str(approvals_count))
            if approvals_count
            else self.tr("A&pprovals")
        )
        titles = [
            self.tr("&Live board"),
            approvals,
            alerts,
            self.tr("&Dashboard"),
            self.tr("Audi&t log"),
        ]
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)
            self.tabs.setTabToolTip(n, self.tr("Alt+Shift+%1").replace("%1", str(n + 1)))

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.audit:
            self.audit.ensure_started()
        elif page is self.approvals_page:
            self.ensure_approvals()

    # -- approvals (built by another part of the client) -------------------------

    def ensure_approvals(self) -> bool:
        """Embed the approvals inbox the first time its tab opens; a sentence if missing."""
        if self.approvals is not None or not self.allowed:
            return self.approvals is not None
        try:
            module = importlib.import_module(APPROVALS_MODULE)
            inbox_class = module.ApprovalsInbox
        except (ImportError, AttributeError):
            return False
        self.approvals = inbox_class(self.context, self.agent_api, self.approvals_page)
        self.approvals_placeholder.setVisible(False)
        self._approvals_layout.insertWidget(0, self.approvals, 1)
        counted = getattr(self.approvals, "countChanged", None)
        if counted is not None:
            counted.connect(self._approvals_counted)
        refresh = getattr(self.approvals, "refresh", None)
        if refresh is not None:
            self.tasks.spawn("approvals", refresh())
        return True

    def _approvals_counted(self, count: int) -> None:
        self._approvals_count = count
        self._update_tab_titles()

    # -- polling ---------------------------------------------------------------

    def _poll_now(self) -> None:
        if self.allowed and not self._closed and not self.tasks.running("poll"):
            self.tasks.spawn("poll", self.poll())

    async def poll(self) -> None:
        """The queue now, the agents and the alerts, at once."""
        assert self.client is not None
        show_all = self.alerts_view.show_acknowledged.isChecked()
        try:
            queue, agents, alerts = await asyncio.gather(
                self.client.queue_now(),
                self.client.agents(),
                self.client.alerts(include_acknowledged=show_all),
            )
        except ClientError as exc:
            self._show_error(exc)
            return
        self._show_error(None)
        self.agents = agents
        names = {a.id: a.display_name for a in agents}
        open_alerts = [a for a in alerts if a.acknowledged_at is None]
        breaches = sum(1 for a in open_alerts if a.kind == "sla_breach")
        self.board.set_data(queue, agents, breaches)
        self.audit.set_agents(agents)
        self._announce(open_alerts, names)
        self.alerts = alerts
        self.alerts_view.set_alerts(alerts, names)
        self._update_tab_titles()
        self.alertsChanged.emit(len(open_alerts))
        self.refreshed.emit()

    def _announce(self, open_alerts: list[AlertOut], names: dict[int, str]) -> None:
        """A desktop notification for each alert not seen by an earlier poll."""
        ids = {a.id for a in open_alerts}
        if self._seen_alerts is None:
            self._seen_alerts = ids
            return
        new = [a for a in open_alerts if a.id not in self._seen_alerts]
        self._seen_alerts |= ids
        for alert in new:
            self.context.notifier.notify(
                self.tr("New alert: %1").replace("%1", kind_name(alert.kind)),
                describe(alert, names),
            )

    def _show_error(self, exc: Exception | None) -> None:
        if exc is None:
            self.error.setVisible(False)
            return
        code = exc.code if isinstance(exc, ClientError) else None
        if isinstance(exc, ApiProblemError) and code == "forbidden":
            text = self.tr("Only supervisors can see this. Your session may have changed role.")
        else:
            text = message_for(code)
        self.error.setText(text)
        self.error.setVisible(True)

    # -- acknowledging -----------------------------------------------------------

    def _acknowledge(self, alert_id: int) -> None:
        self.tasks.spawn("acknowledge", self.acknowledge(alert_id))

    async def acknowledge(self, alert_id: int) -> bool:
        assert self.client is not None
        button = self.alerts_view.acknowledge_button
        button.setEnabled(False)
        try:
            await self.client.acknowledge(alert_id)
        except ClientError as exc:
            if isinstance(exc, ApiProblemError) and exc.code == "own_alert":
                text = self.tr("This alert is about you: another supervisor must acknowledge it.")
            else:
                text = message_for(exc.code)
            self.alerts_view.show_error(text)
            button.setEnabled(True)
            return False
        self.alerts_view.show_error(None)
        await self.poll()
        self.alerts_view.status.setText(self.tr("Alert acknowledged."))
        return True
