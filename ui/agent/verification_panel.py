"""The case's verification: its level in words, the proofs that raised it, and asking for more.

The agent picks one of the methods the server offers for this case; the
requester answers in their own client. The agent only ever sees "waiting…",
"passed" or "failed" and the new level, never a code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.agent_case import AgentCaseClient
from recovery_app.client.errors import ClientError
from recovery_app.schemas.cases import AgentCaseOut, AgentChallengeOut
from ui.agent import case_panel_text as text
from ui.tasks import BackgroundTasks

STATUS_MARKS = {"pending": "…", "passed": "✓", "failed": "✗", "locked": "✗", "expired": "–"}


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


def row_label(parent: QWidget, name: str, value: str = "") -> QLabel:
    label = QLabel(value, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VerificationPanel(QGroupBox):
    """Signals: ``started()`` after a challenge was asked for; ``failed(str)`` with a sentence."""

    started = Signal()
    failed = Signal(str)

    def __init__(
        self, client: AgentCaseClient, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verificationPanel")
        self.client, self.reference = client, reference
        self.case: AgentCaseOut | None = None
        self.level_label = row_label(self, "verificationLevel")
        self.proofs_heading = row_label(self, "caseSubheading")
        self.proofs_box = QVBoxLayout()
        self.ask_label = QLabel(self)
        self.ask_label.setWordWrap(True)
        self.methods = QComboBox(self)
        self.methods.setObjectName("challengeMethods")
        self.methods.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.methods.setMinimumContentsLength(8)
        self.ask_label.setBuddy(self.methods)
        self.ask_button = QPushButton(self)
        self.ask_button.setObjectName("askProofButton")
        self.requests_heading = row_label(self, "caseSubheading")
        self.requests_box = QVBoxLayout()
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.methods, 1)
        ask_row.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.level_label)
        layout.addWidget(self.proofs_heading)
        layout.addLayout(self.proofs_box)
        layout.addWidget(self.ask_label)
        layout.addLayout(ask_row)
        layout.addWidget(self.requests_heading)
        layout.addLayout(self.requests_box)
        self.tasks = BackgroundTasks()
        self.ask_button.clicked.connect(self._ask_clicked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verification"))
        self.proofs_heading.setText(self.tr("Proofs passed"))
        self.ask_label.setText(self.tr("Ask the requester for a &proof:"))
        self.methods.setAccessibleName(self.tr("Proof to ask for"))
        self.ask_button.setText(self.tr("As&k"))
        self.ask_button.setAccessibleName(self.tr("Ask the requester for this proof"))
        self.ask_button.setToolTip(
            self.tr("The requester answers in their own app; you see only the result.")
        )
        self.requests_heading.setText(self.tr("Proofs you asked for"))
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: AgentCaseOut) -> None:
        self.case = case
        level = case.verification
        self.level_label.setText(
            self.tr("Level: %1. Raised by: %2.")
            .replace("%1", text.level_words(level.level))
            .replace("%2", text.proof_words(level))
        )
        self.level_label.setAccessibleName(self.level_label.text())
        self._show_passed(case)
        self._show_methods(case)
        self._show_requests(case)

    def _show_passed(self, case: AgentCaseOut) -> None:
        clear_layout(self.proofs_box)
        passed = [c for c in case.challenges if c.purpose == "verify" and c.status == "passed"]
        if not passed:
            self.proofs_box.addWidget(row_label(self, "proofRow", self.tr("None yet.")))
        for challenge in sorted(passed, key=lambda c: c.completed_at or c.created_at):
            line = self.tr("✓ %1, passed %2").replace(
                "%1", text.word(text.METHODS, challenge.method.value)
            )
            line = line.replace("%2", text.when(challenge.completed_at or challenge.created_at))
            self.proofs_box.addWidget(row_label(self, "proofRow", line))

    def _show_methods(self, case: AgentCaseOut) -> None:
        current = self.methods.currentData()
        self.methods.clear()
        for method in case.offered_methods:
            self.methods.addItem(text.word(text.METHODS, method.value), method.value)
        index = self.methods.findData(current)
        if index >= 0:
            self.methods.setCurrentIndex(index)
        usable = bool(case.offered_methods)
        self.methods.setEnabled(usable)
        self.ask_button.setEnabled(usable)

    def _show_requests(self, case: AgentCaseOut) -> None:
        clear_layout(self.requests_box)
        mine = [c for c in case.challenges if c.by_agent and c.purpose == "verify"]
        self.requests_heading.setVisible(bool(mine))
        for challenge in sorted(mine, key=lambda c: c.created_at, reverse=True):
            self.requests_box.addWidget(self._request_row(challenge))

    def _request_row(self, challenge: AgentChallengeOut) -> QLabel:
        status = challenge.status
        line = "%1  %2: %3".replace("%1", STATUS_MARKS.get(status, "•"))
        line = line.replace("%2", text.word(text.METHODS, challenge.method.value))
        line = line.replace("%3", text.word(text.CHALLENGE_STATUS, status))
        label = row_label(self, "challengeRow", line)
        label.setProperty("status", status)
        return label

    def pending(self) -> bool:
        """Is an agent-asked proof still waiting for the requester (worth polling for)?"""
        return self.case is not None and any(
            c.by_agent and c.status == "pending" for c in self.case.challenges
        )

    def status_texts(self) -> list[str]:
        return [
            self.requests_box.itemAt(i).widget().text()  # type: ignore[union-attr]
            for i in range(self.requests_box.count())
        ]

    def _ask_clicked(self) -> None:
        method = self.methods.currentData()
        if method and not self.tasks.running("ask"):
            self.tasks.spawn("ask", self.ask(str(method)))

    async def aclose(self) -> None:
        await self.tasks.aclose()

    async def ask(self, method: str) -> None:
        self.ask_button.setEnabled(False)
        try:
            await self.client.start_challenge(self.reference, method)
        except ClientError as exc:
            self.failed.emit(text.error_words(exc))
        else:
            self.started.emit()
        finally:
            self.ask_button.setEnabled(True)
