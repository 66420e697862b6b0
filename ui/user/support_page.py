"""User mode: support. The assistant first, an honest word on what each tier gets, then
the request, the queue (subscribers) or the written case (free), and the chat.

::

    page = SupportPage(context, case)
    page.secureRequested.connect(flow.show_secure_page)
    ...
    await page.aclose()

The tier is the server's decision (from the account), never the client's: the page shows
whatever ``POST /cases/{ref}/support`` and ``GET /cases/{ref}/queue`` answer. Queue
positions come live (``queue`` events) and by polling every few seconds.
"""

from __future__ import annotations

import contextlib
import math
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.case_session import CaseSession
from recovery_app.client.chat import RequesterChat, SupportClient
from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.schemas.live import OtherEvent, RequesterAuth
from recovery_app.schemas.queue import AssistantOut, QueueStatusOut
from ui.context import ClientContext
from ui.live_bridge import LiveBridge
from ui.messages import message_for
from ui.tasks import BackgroundTasks
from ui.user.support_text import assistant_blocks, hours_text, next_step_text
from ui.widgets.chat_view import ChatView

SUPPORTED_STATES = frozenset({"queued", "in_chat", "restoring", "restored", "on_hold"})
CLOSED_STATES = frozenset({"restored", "rejected", "abandoned"})


def _label(parent: QWidget, name: str, *, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SupportPage(QWidget):
    """Signals: secureRequested() — the person should secure the account now."""

    secureRequested = Signal()

    def __init__(
        self, context: ClientContext, case: CaseSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportPage")
        self.context = context
        self.case = case
        self.client = SupportClient(context.api, case)
        self.tasks = BackgroundTasks()
        self.bridge: LiveBridge | None = None
        self.chat: ChatView | None = None
        self.state: str | None = None
        self.tier: str | None = None
        self.queue: QueueStatusOut | None = None
        self.answers: AssistantOut | None = None
        self.poll_seconds = 3.0
        self._closed = False

        # --- before support: the assistant, the tiers, the request
        self.heading = _label(self, "pageHeading")
        self.intro = _label(self, "pageIntro")
        self.assistant_box = QFrame(self)
        self.assistant_box.setObjectName("supportAssistant")
        self.assistant_title = _label(self.assistant_box, "supportSectionTitle")
        self.question = QLineEdit(self.assistant_box)
        self.question.setObjectName("supportQuestion")
        self.question.setMaxLength(1000)
        self.ask_button = QPushButton(self.assistant_box)
        self.ask_button.setObjectName("supportAsk")
        self.answers_label = _label(self.assistant_box, "supportAnswers")
        self.answers_label.setVisible(False)
        self.next_step_label = _label(self.assistant_box, "supportNextStep")
        self.next_step_label.setVisible(False)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.question, 1)
        ask_row.addWidget(self.ask_button)
        box = QVBoxLayout(self.assistant_box)
        box.addWidget(self.assistant_title)
        box.addLayout(ask_row)
        box.addWidget(self.answers_label)
        box.addWidget(self.next_step_label)

        self.tiers_box = QFrame(self)
        self.tiers_box.setObjectName("supportTiers")
        self.tiers_title = _label(self.tiers_box, "supportSectionTitle")
        self.tier_everyone = _label(self.tiers_box, "supportTier")
        self.tier_free = _label(self.tiers_box, "supportTier")
        self.tier_live = _label(self.tiers_box, "supportTier")
        tiers = QVBoxLayout(self.tiers_box)
        for widget in (self.tiers_title, self.tier_everyone, self.tier_free, self.tier_live):
            tiers.addWidget(widget)
        self.request_button = QPushButton(self)
        self.request_button.setObjectName("supportRequest")

        self.before = QWidget(self)
        before = QVBoxLayout(self.before)
        before.setContentsMargins(0, 0, 0, 0)
        before.addWidget(self.assistant_box)
        before.addWidget(self.tiers_box)
        before.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignLeft)
        before.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.before)

        # --- after the request: queue or written case, the secure button, the chat
        self.status_box = QFrame(self)
        self.status_box.setObjectName("supportStatus")
        self.status_title = _label(self.status_box, "supportSectionTitle")
        self.position_label = _label(self.status_box, "supportPosition")
        self.wait_label = _label(self.status_box, "supportWait")
        self.reply_label = _label(self.status_box, "supportReply")
        self.hours_label = _label(self.status_box, "supportHours")
        self.away_label = _label(self.status_box, "supportAway")
        self.secure_button = QPushButton(self.status_box)
        self.secure_button.setObjectName("supportSecure")
        self.secure_button.setVisible(False)
        status = QVBoxLayout(self.status_box)
        for widget in (
            self.status_title,
            self.position_label,
            self.wait_label,
            self.reply_label,
            self.hours_label,
            self.away_label,
        ):
            status.addWidget(widget)
            widget.setVisible(False)
        self.status_title.setVisible(True)
        status.addWidget(self.secure_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status_box.setVisible(False)
        self.chat_holder = QVBoxLayout()

        self.error_label = _label(self, "supportError")
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status_box)
        layout.addLayout(self.chat_holder, 3)

        self.ask_button.clicked.connect(self._ask)
        self.question.returnPressed.connect(self._ask)
        self.request_button.clicked.connect(self._request)
        self.secure_button.clicked.connect(self.secureRequested)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._poll_now)
        self.setTabOrder(self.question, self.ask_button)
        self.setTabOrder(self.ask_button, self.request_button)
        self.retranslate()
        self.tasks.spawn("load", self._load())

    # --- public -----------------------------------------------------------------------

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        await self.tasks.aclose()
        if self.chat is not None:
            await self.chat.aclose()
        if self.bridge is not None:
            await self.bridge.aclose()

    async def ask(self, text: str) -> AssistantOut | None:
        """Ask the assistant (the button's work); None when it failed (a sentence says why)."""
        text = text.strip()
        if not text:
            return None
        self.ask_button.setEnabled(False)
        try:
            answer = await self.client.ask_assistant(text)
        except ClientError as exc:
            self._show_error(exc)
            return None
        finally:
            self.ask_button.setEnabled(True)
        self.answers = answer
        self._hide_error()
        self._show_answers()
        return answer

    async def request_support(self) -> bool:
        self.request_button.setEnabled(False)
        try:
            status = await self.client.request_support()
        except ClientError as exc:
            self._show_error(exc)
            self.request_button.setEnabled(True)
            return False
        self._hide_error()
        self.tier, self.state = status.tier, status.state
        await self._refresh_queue()
        self._enter_support()
        return True

    # --- Qt -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Support"))
        self.heading.setText(self.tr("Get help"))
        self.intro.setText(
            self.tr(
                "Case %1. Keep this reference: you can come back to your case with it."
            ).replace("%1", self.case.reference)
        )
        self.assistant_title.setText(self.tr("Ask the assistant first"))
        self.question.setPlaceholderText(self.tr("Describe what happened in a few words"))
        self.question.setAccessibleName(self.tr("Your question for the assistant"))
        self.ask_button.setText(self.tr("As&k"))
        self.ask_button.setAccessibleName(self.tr("Ask the assistant"))
        self.tiers_title.setText(self.tr("What help you can get"))
        self.tier_everyone.setText(
            self.tr(
                "Everyone: the assistant answers common questions at once, and often you can "
                "recover your account yourself once you have proved it is yours."
            )
        )
        hours = self._hours()
        target = self.queue.reply_target_hours if self.queue else None
        if target:
            free = self.tr(
                "Free accounts: a specialist answers your case in writing within %n hours, "
                "during business hours (%1). Outside them you get an away message; the "
                "answer arrives in this chat.",
                "",
                math.ceil(target),
            ).replace("%1", hours)
        else:
            free = self.tr(
                "Free accounts: a specialist answers your case in writing, during business "
                "hours. Outside them you get an away message; the answer arrives in this chat."
            )
        self.tier_free.setText(free)
        self.tier_live.setText(
            self.tr(
                "Verified subscribers: a live specialist in this chat. You see your place in "
                "line and the expected wait."
            )
        )
        self.request_button.setText(self.tr("&Request support"))
        self.request_button.setAccessibleName(self.tr("Request support from a specialist"))
        self.secure_button.setText(self.tr("&Secure your account now"))
        self.secure_button.setAccessibleName(self.tr("Secure your account now"))
        self._show_answers()
        self._show_queue()

    # --- work ---------------------------------------------------------------------------

    def _ask(self) -> None:
        self.tasks.spawn("ask", self.ask(self.question.text()))

    def _request(self) -> None:
        self.tasks.spawn("request", self.request_support())

    async def _load(self) -> None:
        try:
            status = await self.client.status()
        except ClientError as exc:
            self._show_error(exc)
            return
        self.tier, self.state = status.tier, status.state
        with contextlib.suppress(ClientError):
            self.queue = await self.client.queue()
        self.retranslate()
        if self.state in SUPPORTED_STATES:
            self._enter_support()

    def _enter_support(self) -> None:
        if self._closed:
            return
        self.scroll.setVisible(False)
        self.status_box.setVisible(True)
        if self.chat is None:
            self.bridge = LiveBridge(
                self.context.live_url,
                RequesterAuth(case=self.case.reference, token=self.case.token),
                self,
            )
            self.bridge.other.connect(self._on_other)
            self.bridge.message.connect(self._on_message)
            self.chat = ChatView(
                self.context,
                self.bridge,
                self.case.reference,
                RequesterChat(self.context.api, self.case),
                viewer="requester",
                parent=self,
            )
            self.chat_holder.addWidget(self.chat)
            self.bridge.start()
        self._show_queue()
        self._poll.start(int(self.poll_seconds * 1000))

    def _poll_now(self) -> None:
        if not self.tasks.running("poll"):
            self.tasks.spawn("poll", self._refresh())

    async def _refresh(self) -> None:
        with contextlib.suppress(ClientError):
            status = await self.client.status()
            self.tier, self.state = status.tier, status.state
        await self._refresh_queue()
        if self.state in CLOSED_STATES and self.state != "restored":
            self._poll.stop()

    async def _refresh_queue(self) -> None:
        with contextlib.suppress(ClientError):
            self.queue = await self.client.queue()
            self.tier, self.state = self.queue.tier, self.queue.state
        self._show_queue()

    def _on_other(self, event: OtherEvent) -> None:
        data = event.data
        if event.type != "queue" or data.get("conversation") != self.case.reference.upper():
            return
        if self.queue is not None:
            merged: dict[str, Any] = self.queue.model_dump()
            merged.update({k: v for k, v in data.items() if k in merged})
            with contextlib.suppress(ValueError):
                self.queue = QueueStatusOut.model_validate(merged)
                self.state = self.queue.state
        self._show_queue()

    def _on_message(self, frame: Any) -> None:
        if frame.conversation == self.case.reference.upper() and frame.kind == "system":
            if any(word in frame.body for word in ("reset_link", "restored")):
                self.state = "restored" if "restored" in frame.body else self.state
                self.secure_button.setVisible(True)
            self._poll_now()

    # --- showing ------------------------------------------------------------------------

    def _hours(self) -> str:
        if self.queue is None:
            return ""
        return hours_text(self.queue.business_hours, QLocale())

    def _show_answers(self) -> None:
        if self.answers is None:
            return
        self.answers_label.setText(assistant_blocks(self.answers))
        self.answers_label.setVisible(True)
        self.next_step_label.setText(next_step_text(self.answers.next_step.code))
        self.next_step_label.setVisible(True)

    def _show_queue(self) -> None:
        queue, state = self.queue, self.state
        for label in (
            self.position_label,
            self.wait_label,
            self.reply_label,
            self.hours_label,
            self.away_label,
        ):
            label.setVisible(False)
        restored = state == "restored"
        self.secure_button.setVisible(restored or self.secure_button.isVisible())
        if restored:
            self.status_title.setText(self.tr("Your access is restored."))
        elif state == "in_chat":
            self.status_title.setText(self.tr("A specialist is with you in this chat."))
        elif state == "restoring":
            self.status_title.setText(self.tr("The specialist is restoring your access."))
        elif state == "on_hold":
            self.status_title.setText(
                self.tr("Your case is on hold for a safety waiting period; we will write here.")
            )
        elif queue is not None and queue.tier == "verified":
            self.status_title.setText(self.tr("You are in line for a live specialist."))
            if queue.position is not None:
                self.position_label.setText(
                    self.tr("You are number %n in line.", "", queue.position)
                )
                self.position_label.setVisible(True)
            if queue.expected_wait_seconds is not None:
                minutes = max(1, math.ceil(queue.expected_wait_seconds / 60))
                self.wait_label.setText(self.tr("Expected wait: about %n minutes.", "", minutes))
                self.wait_label.setVisible(True)
        elif queue is not None:
            self.status_title.setText(self.tr("Your case is with our team."))
            if queue.reply_target_hours:
                text = self.tr(
                    "We reply within %n hours, here in this chat.",
                    "",
                    math.ceil(queue.reply_target_hours),
                )
                if queue.reply_due_at is not None:
                    due = QLocale().toString(
                        queue.reply_due_at.astimezone(), QLocale.FormatType.ShortFormat
                    )
                    text += " " + self.tr("At the latest by %1.").replace("%1", due)
                self.reply_label.setText(text)
                self.reply_label.setVisible(True)
            self.hours_label.setText(self.tr("Business hours: %1.").replace("%1", self._hours()))
            self.hours_label.setVisible(True)
            if queue.away_message_code:
                opens = queue.business_hours.next_opening_at
                text = self.tr(
                    "We are outside business hours now. Your case is kept and answered in order."
                )
                if opens is not None:
                    when = QLocale().toString(opens.astimezone(), QLocale.FormatType.ShortFormat)
                    text += " " + self.tr("We open again %1.").replace("%1", when)
                self.away_label.setText(text)
                self.away_label.setVisible(True)
        else:
            self.status_title.setText(self.tr("Your request is being sent…"))
        self.status_box.setAccessibleName(self.status_title.text())

    def _show_error(self, exc: ClientError) -> None:
        code = exc.code if isinstance(exc, ApiProblemError) else getattr(exc, "code", None)
        text = message_for(code)
        if isinstance(exc, ApiProblemError) and code in ("step_out_of_order", "conflict"):
            text = self.tr("This is not possible at this step of your case. %1").replace(
                "%1", exc.problem.detail or ""
            )
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.error_label.setAccessibleName(text)

    def _hide_error(self) -> None:
        self.error_label.setVisible(False)
