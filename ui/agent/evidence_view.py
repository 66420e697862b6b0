"""Evidence review: ID documents and selfies, blurred until revealed with a reason.

The server sends a blurred copy; the original only after the agent gives a
reason, which the server writes to the audit log. Approving or rejecting also
needs a reason, and recomputes the case's level on the server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recovery_app.client.agent_case import AgentCaseClient, EvidenceImage
from recovery_app.client.errors import ClientError
from recovery_app.schemas.cases import AgentCaseOut, AgentEvidenceOut
from ui.agent import case_panel_text as text
from ui.agent.case_panel_dialogs import ReasonDialog, run_dialog
from ui.agent.case_panel_layout import FlowLayout
from ui.agent.verification_panel import clear_layout, row_label
from ui.tasks import BackgroundTasks

PREVIEW_SIDE = 240  # fits the case panel at its narrowest


def _decode(data: bytes) -> QImage:
    """Decode (off the GUI thread) and scale an image to the preview size."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        PREVIEW_SIDE,
        PREVIEW_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class EvidenceItem(QFrame):
    """One document or selfie: preview, what to check, reveal / approve / reject."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        client: AgentCaseClient,
        reference: str,
        evidence: AgentEvidenceOut,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceItem")
        self.client, self.reference, self.evidence = client, reference, evidence
        self.revealed = False
        self.dialog: ReasonDialog | None = None
        self.tasks = BackgroundTasks()
        self.title = row_label(self, "evidenceTitle")
        self.state = row_label(self, "evidenceState")
        self.preview = QLabel(self)
        self.preview.setObjectName("evidencePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setWordWrap(True)  # its sentences (loading, PDF, errors) wrap too
        self.reveal_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        buttons = FlowLayout()  # side by side while they fit, else on the next line
        for button in (self.reveal_button, self.approve_button, self.reject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self.reveal_button.clicked.connect(lambda: self._start(self._reveal_clicked()))
        self.approve_button.clicked.connect(
            lambda: self._start(self._decide_with_dialog(approve=True))
        )
        self.reject_button.clicked.connect(
            lambda: self._start(self._decide_with_dialog(approve=False))
        )
        self.retranslate()
        if evidence.stored:
            self.tasks.spawn("preview", self.load_masked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        item = self.evidence
        kind = text.word(text.METHODS, item.kind)
        title = (
            self.tr("%1, sent %2").replace("%1", kind).replace("%2", text.when(item.uploaded_at))
        )
        if item.kind == "selfie" and item.phrase:
            title += "\n" + self.tr("Check that the paper shows: %1").replace("%1", item.phrase)
        self.title.setText(title)
        decision = {
            None: self.tr("Not reviewed yet"),
            "approved": self.tr("✓ Approved"),
            "rejected": self.tr("✗ Rejected"),
        }.get(item.decision, item.decision or "")
        shown = self.tr("Original shown") if self.revealed else self.tr("Blurred until revealed")
        if not item.stored:
            shown = self.tr("Deleted after the retention period")
        self.state.setText(f"{decision} · {shown}")
        self.reveal_button.setText(self.tr("&Reveal original…"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the original: %1").replace("%1", kind))
        self.approve_button.setText(self.tr("&Approve…"))
        self.approve_button.setAccessibleName(self.tr("Approve: %1").replace("%1", kind))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.reject_button.setAccessibleName(self.tr("Reject: %1").replace("%1", kind))
        open_ = item.decision is None and item.stored
        self.reveal_button.setEnabled(item.stored and not self.revealed)
        self.approve_button.setEnabled(open_)
        self.reject_button.setEnabled(open_)
        self.setProperty("revealed", self.revealed)
        if self.preview.pixmap().isNull():
            self.preview.setText(self.tr("Loading the blurred preview…") if item.stored else "")

    def update_evidence(self, evidence: AgentEvidenceOut) -> None:
        self.evidence = evidence
        self.retranslate()

    async def load_masked(self) -> None:
        try:
            image = await self.client.masked_evidence(self.reference, self.evidence.id)
        except ClientError as exc:
            if getattr(exc, "code", "") == "conflict":  # a PDF has no blurred copy
                self.preview.setText(self.tr("A PDF has no preview: reveal it to read it."))
            else:
                self.preview.setText(text.error_words(exc))
            return
        await self._show(image)

    async def _show(self, image: EvidenceImage) -> None:
        if image.content_type == "application/pdf":
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                self.tr("The original is a PDF of %n KB.", "", max(1, len(image.data) // 1024))
            )
            return
        decoded = await asyncio.get_running_loop().run_in_executor(None, _decode, image.data)
        if not isValid(self.preview):  # the panel closed while the image was decoded
            return
        if decoded.isNull():
            self.preview.setText(self.tr("This image cannot be shown."))
            return
        self.preview.setPixmap(QPixmap.fromImage(decoded))
        self.preview.setAccessibleName(
            self.tr("Original image") if self.revealed else self.tr("Blurred image")
        )

    def _ask(self, title: str, prompt: str, confirm: str, minimum: int) -> ReasonDialog:
        self.dialog = ReasonDialog(title, prompt, confirm, min_length=minimum, parent=self)
        return self.dialog

    def _start(self, coro: Coroutine[Any, Any, None]) -> None:
        """One dialog at a time, as a task that ``aclose()`` cancels."""
        if self.tasks.running("action"):
            coro.close()
            return
        self.tasks.spawn("action", coro)

    async def _reveal_clicked(self) -> None:
        dialog = self._ask(
            self.tr("Reveal the original"),
            self.tr(
                "Why do you need to see the original? Your reason is written to the audit log."
            ),
            self.tr("&Reveal"),
            10,
        )
        if await run_dialog(dialog):
            await self.reveal(dialog.text())

    async def reveal(self, reason: str) -> None:
        self.reveal_button.setEnabled(False)
        try:
            image = await self.client.reveal_evidence(self.reference, self.evidence.id, reason)
        except ClientError as exc:
            self.failed.emit(text.error_words(exc))
            self.reveal_button.setEnabled(True)
            return
        self.revealed = True
        self.retranslate()
        await self._show(image)

    async def _decide_with_dialog(self, *, approve: bool) -> None:
        if approve:
            dialog = self._ask(
                self.tr("Approve the evidence"),
                self.tr(
                    "What did you check? (For example: the photo matches, the phrase is right.)"
                ),
                self.tr("&Approve"),
                3,
            )
        else:
            dialog = self._ask(
                self.tr("Reject the evidence"),
                self.tr("Why is it rejected? The requester can send a new one."),
                self.tr("Re&ject"),
                3,
            )
        if await run_dialog(dialog):
            await self.decide(approve=approve, reason=dialog.text())

    async def decide(self, *, approve: bool, reason: str) -> None:
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        try:
            await self.client.decide_evidence(
                self.reference, self.evidence.id, approve=approve, reason=reason
            )
        except ClientError as exc:
            self.failed.emit(text.error_words(exc))
            self.retranslate()
            return
        self.changed.emit()

    async def aclose(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        await self.tasks.aclose()


class EvidenceView(QGroupBox):
    """Every document and selfie of the case."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self, client: AgentCaseClient, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceView")
        self.client, self.reference = client, reference
        self.items: dict[str, EvidenceItem] = {}
        self.empty = row_label(self, "caseEmpty")
        self.box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self.box)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Evidence"))
        self.empty.setText(self.tr("No document or selfie has been sent."))

    def show_case(self, case: AgentCaseOut) -> None:
        self.empty.setVisible(not case.evidence)
        for evidence in case.evidence:
            item = self.items.get(evidence.id)
            if item is None:
                item = EvidenceItem(self.client, self.reference, evidence, self)
                item.changed.connect(self.changed)
                item.failed.connect(self.failed)
                self.items[evidence.id] = item
                self.box.addWidget(item)
            else:
                item.update_evidence(evidence)

    async def aclose(self) -> None:
        for item in self.items.values():
            await item.aclose()
        clear_layout(self.box)
