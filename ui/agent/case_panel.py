"""The agent's case panel beside each chat.

Shows the requester's language, the verification level in words and the proofs
that raised it (asking for more in a verification session), the evidence
(blurred until revealed with a reason), restore actions (disabled with the
reason when their gate is not met, confirmed with exactly what will change),
the case's holds and the account's timeline with suspicious changes marked.

Every rule is the server's: the panel shows what ``GET /agent/cases/{ref}``
says and refreshes after each action, and polls briefly while a proof the agent
asked for is still waiting for the requester. It never shows a code.

Signals:
    closed(): the agent closed the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.agent_case import AgentAuthority, AgentCaseClient
from recovery_app.client.errors import ClientError
from recovery_app.schemas.cases import AgentCaseOut
from ui.agent import case_panel_text as text
from ui.agent.case_panel_layout import FlowLayout
from ui.agent.case_panel_timeline import AccountTimeline, HoldsView
from ui.agent.evidence_view import EvidenceView
from ui.agent.restore_actions import RestoreActions
from ui.agent.verification_panel import VerificationPanel, row_label
from ui.context import ClientContext
from ui.tasks import BackgroundTasks

POLL_MS = 2000  # while a proof the agent asked for is waiting
MIN_WIDTH = 320  # the panel never gets narrower than this beside the chat


class CasePanel(QFrame):
    """Everything an agent needs to decide on one case (see the module docstring)."""

    closed = Signal()

    def __init__(
        self,
        context: ClientContext,
        agent_api: AgentAuthority,
        reference: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.context, self.reference = context, reference
        self.client = AgentCaseClient(agent_api)
        self.case: AgentCaseOut | None = None
        self.tasks = BackgroundTasks()
        self.title = row_label(self, "casePanelTitle")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("casePanelRefresh")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("casePanelClose")
        self.notice = row_label(self, "casePanelNotice")
        self.notice.hide()
        self.summary = row_label(self, "casePanelSummary")
        self.verification = VerificationPanel(self.client, reference)
        self.evidence = EvidenceView(self.client, reference)
        self.restore_actions = RestoreActions(self.client, reference)
        self.holds = HoldsView()
        self.timeline = AccountTimeline()
        body = QWidget()
        body.setObjectName("casePanelBody")
        sections = QVBoxLayout(body)
        for section in (
            self.summary,
            self.verification,
            self.evidence,
            self.restore_actions,
            self.holds,
            self.timeline,
        ):
            sections.addWidget(section)
        sections.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("casePanelScroll")
        self.scroll_area.setWidgetResizable(True)
        # Rows wrap to the panel's width; a horizontal bar appears only if something
        # still cannot shrink (never a silent clip on the right).
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        self.body = body
        # The title on its own line and unwrapped, so the reference never breaks.
        self.title.setWordWrap(False)
        header_buttons = FlowLayout()
        header_buttons.addWidget(self.refresh_button)
        header_buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(header_buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll_area, 1)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.refresh_button.clicked.connect(
            lambda: self.tasks.spawn("refresh", self._refresh_clicked())
        )
        self.close_button.clicked.connect(self.closed)
        for part in (self.verification, self.evidence, self.restore_actions):
            part.failed.connect(self.show_error)
        self.restore_actions.done.connect(self.show_info)
        self.verification.started.connect(self._changed)
        self.evidence.changed.connect(self._changed)
        self.restore_actions.changed.connect(self._changed)
        self.setTabOrder(self.refresh_button, self.close_button)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        """At least ``MIN_WIDTH`` and wide enough for the widest row that cannot wrap."""
        hint = super().minimumSizeHint()
        body = self.body.minimumSizeHint().width()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        need = body + bar + margins + 12
        return QSize(max(MIN_WIDTH, need, hint.width()), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Case panel"))
        self.title.setText(self.tr("Case %1").replace("%1", self.reference))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the case panel"))
        self.close_button.setText(self.tr("Close panel"))
        self.close_button.setAccessibleName(self.tr("Close the case panel"))
        if self.case is not None:
            self._show_summary(self.case)
        else:
            self.summary.setText(self.tr("Loading the case…"))

    # -- loading -----------------------------------------------------------------

    async def refresh(self) -> None:
        """Load the case (an audited read) and show it; errors become a sentence."""
        try:
            case = await self.client.case(self.reference)
        except ClientError as exc:
            self.show_error(text.error_words(exc))
            self.poll.stop()
            return
        self.show_case(case)

    def show_case(self, case: AgentCaseOut) -> None:
        self.case = case
        self._show_summary(case)
        for part in (
            self.verification,
            self.evidence,
            self.restore_actions,
            self.holds,
            self.timeline,
        ):
            part.show_case(case)
        if self.verification.pending():
            if not self.poll.isActive():
                self.poll.start()
        else:
            self.poll.stop()

    def _show_summary(self, case: AgentCaseOut) -> None:
        lines = [
            self.tr("%1 · %2")
            .replace("%1", text.word(text.CASE_KINDS, case.kind.value))
            .replace("%2", text.word(text.CASE_STATES, case.state.value)),
            self.tr("The requester writes in %1.").replace(
                "%1", text.word(text.LANGUAGES, case.language)
            ),
            self.tr("Verified subscriber") if case.tier == "verified" else self.tr("Free tier"),
        ]
        if case.frozen:
            lines.append("⚠ " + self.tr("Frozen for review: the owner cancelled a change."))
        self.summary.setText("\n".join(lines))

    def show_error(self, sentence: str) -> None:
        self.notice.setProperty("kind", "error")
        self._notice(sentence)

    def show_info(self, sentence: str) -> None:
        self.notice.setProperty("kind", "info")
        self._notice(sentence)

    def _notice(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.setAccessibleName(sentence)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(sentence))

    def _changed(self) -> None:
        self.tasks.spawn("refresh", self.refresh())

    def _poll(self) -> None:
        if not self.tasks.running("refresh"):
            self.tasks.spawn("refresh", self.refresh())

    async def _refresh_clicked(self) -> None:
        self.refresh_button.setEnabled(False)
        try:
            self._notice("")
            await self.refresh()
        finally:
            self.refresh_button.setEnabled(True)

    # -- for tests and screen readers ---------------------------------------------

    def visible_texts(self) -> list[str]:
        """Every text the panel shows (labels, buttons, group titles, tooltips)."""
        found: list[str] = []
        for widget in [self, *self.findChildren(QWidget)]:
            for getter in ("text", "title", "toolTip", "accessibleName", "accessibleDescription"):
                value = getattr(widget, getter, None)
                if callable(value):
                    result = value()
                    if isinstance(result, str) and result:
                        found.append(result)
        return found

    async def aclose(self) -> None:
        self.poll.stop()
        await self.tasks.aclose()
        await self.verification.aclose()
        await self.restore_actions.aclose()
        await self.evidence.aclose()


__all__ = ["CasePanel"]
