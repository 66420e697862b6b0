"""One chat on the desk: the conversation (the shared ``ChatView``), a private-note field,
the case panel beside it, and the actions: prepared replies, transfer, escalate, close.

``ChatView`` and ``CasePanel`` come from other modules of the client; when one is not
available this pane shows a small built-in chat or a placeholder instead, so the desk
always works.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from recovery_app.client.agent import AgentApi
from recovery_app.client.errors import ClientError
from recovery_app.schemas.agent_desk import MyCaseOut
from recovery_app.schemas.live import MessageFrame
from ui.context import ClientContext
from ui.messages import message_for

log = logging.getLogger(__name__)

PANEL_SHARE = 40  # per cent of the pane's width for the case panel at first


def _optional(module: str, name: str) -> Any:
    """A class from another part of the client, or None while it is not there."""
    try:
        imported = __import__(module, fromlist=[name])
        return getattr(imported, name)
    except Exception as exc:  # absent or half-written: use the fallback
        log.info("%s.%s not available: %s", module, name, type(exc).__name__)
        return None


class SimpleChat(QWidget):
    """A plain chat (history and composer) used when the shared ChatView is absent."""

    def __init__(
        self, bridge: Any, reference: str, agent_api: AgentApi, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.reference = reference
        self.agent_api = agent_api
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.composer = QPlainTextEdit(self)
        self.composer.setTabChangesFocus(True)
        self.composer.setMaximumHeight(110)
        self.send_button = QPushButton(self)
        self._seen: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addWidget(self.composer, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.send_button.clicked.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.composer, self.send)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        bridge.message.connect(self.on_message)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.history.setAccessibleName(self.tr("Conversation"))
        self.composer.setAccessibleName(self.tr("Your reply"))
        self.composer.setPlaceholderText(self.tr("Write a reply (Ctrl+Enter sends)"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))

    async def load(self) -> None:
        with contextlib.suppress(ClientError):
            for message in await self.agent_api.messages(self.reference):
                self._add(message.seq, message.sender_role, message.kind, message.body)

    def on_message(self, frame: MessageFrame) -> None:
        if frame.conversation == self.reference:
            role = frame.sender.split(":")[0]
            self._add(frame.seq, role, frame.kind, frame.body)

    def _add(self, seq: int, role: str, kind: str, body: str) -> None:
        if seq in self._seen:
            return
        self._seen.add(seq)
        who = {"requester": self.tr("Requester"), "agent": self.tr("Agent")}.get(role, role)
        if kind == "note":
            who = self.tr("Private note")
        self.history.appendPlainText(f"{who}: {body}")

    def insert_text(self, text: str) -> None:
        self.composer.insertPlainText(text)
        self.composer.setFocus()

    @asyncSlot()
    async def send(self) -> None:
        text = self.composer.toPlainText().strip()
        if not text:
            return
        await self.bridge.send(self.reference, text)
        self.composer.clear()


class ChatPane(QWidget):
    """The conversation, note field and case panel of one case.

    Signals:
        actionRequested(str): "canned", "transfer", "escalate" or "close".
    """

    actionRequested = Signal(str)

    def __init__(
        self,
        context: ClientContext,
        bridge: Any,
        agent_api: AgentApi,
        reference: str,
        case: MyCaseOut | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPane")
        self.context = context
        self.bridge = bridge
        self.agent_api = agent_api
        self.reference = reference
        self.case = case
        self.unread = 0
        self.chat = self._make_chat()
        self.case_panel = self._make_case_panel()

        self.canned_button = QPushButton(self)
        self.note_button = QPushButton(self)
        self.note_button.setCheckable(True)
        self.transfer_button = QPushButton(self)
        self.escalate_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeCaseButton")
        actions = QHBoxLayout()
        for button in (
            self.canned_button,
            self.note_button,
            self.transfer_button,
            self.escalate_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        self.canned_button.clicked.connect(lambda: self.actionRequested.emit("canned"))
        self.transfer_button.clicked.connect(lambda: self.actionRequested.emit("transfer"))
        self.escalate_button.clicked.connect(lambda: self.actionRequested.emit("escalate"))
        self.close_button.clicked.connect(lambda: self.actionRequested.emit("close"))
        self.note_button.toggled.connect(self._note_toggled)

        self.note_box = QWidget(self)
        self.note_box.setObjectName("noteBox")
        self.note_label = QLabel(self.note_box)
        self.note_label.setWordWrap(True)
        self.note = QPlainTextEdit(self.note_box)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_label.setBuddy(self.note)
        self.save_note_button = QPushButton(self.note_box)
        self.note_status = QLabel(self.note_box)
        self.note_status.setWordWrap(True)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.setContentsMargins(0, 4, 0, 0)
        note_layout.addWidget(self.note_label)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_note_button)
        note_layout.addLayout(note_row)
        note_layout.addWidget(self.note_status)
        self.note_box.hide()
        self.save_note_button.clicked.connect(self.save_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note, self.save_note)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.chat, 1)
        left_layout.addWidget(self.note_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.case_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The case panel starts at about 40 % of the width (the agent may drag it);
        # CasePanel itself keeps a minimum width so nothing in it is cut off.
        self.splitter.setSizes([100 - PANEL_SHARE, PANEL_SHARE])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _make_chat(self) -> QWidget:
        chat_view = _optional("ui.widgets.chat_view", "ChatView")
        agent_chat = _optional("recovery_app.client.chat", "AgentChat")
        if chat_view is not None and agent_chat is not None:
            try:
                backend = agent_chat(self.agent_api.api, self.reference, self.agent_api.token)
                widget: QWidget = chat_view(
                    self.context, self.bridge, self.reference, backend, viewer="agent"
                )
                widget.setParent(self)
                return widget
            except Exception:
                log.exception("ChatView could not be built; using the simple chat")
        return SimpleChat(self.bridge, self.reference, self.agent_api, self)

    def _make_case_panel(self) -> QWidget:
        case_panel = _optional("ui.agent.case_panel", "CasePanel")
        if case_panel is not None:
            try:
                panel: QWidget = case_panel(
                    self.context, self.agent_api, self.reference, parent=self
                )
                return panel
            except Exception:
                log.exception("CasePanel could not be built; showing a placeholder")
        placeholder = QLabel(self)
        placeholder.setObjectName("casePanelPlaceholder")
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return placeholder

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.canned_button.setText(self.tr("Prepared &replies…"))
        self.canned_button.setToolTip(self.tr("Search prepared replies (Ctrl+K)"))
        self.note_button.setText(self.tr("Private &note"))
        self.note_button.setToolTip(self.tr("Write a note only agents see (Ctrl+Shift+N)"))
        self.transfer_button.setText(self.tr("&Transfer…"))
        self.transfer_button.setToolTip(self.tr("Hand the chat to another agent (Ctrl+Shift+T)"))
        self.escalate_button.setText(self.tr("&Escalate…"))
        self.escalate_button.setToolTip(self.tr("Pass the case to a supervisor (Ctrl+Shift+E)"))
        self.close_button.setText(self.tr("C&lose case…"))
        self.close_button.setToolTip(self.tr("Finish the case and send the survey (Ctrl+Shift+W)"))
        for button in (
            self.canned_button,
            self.note_button,
            self.transfer_button,
            self.escalate_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.note_label.setText(self.tr("Private note (only agents see it; Ctrl+Enter saves)"))
        self.note.setAccessibleName(self.tr("Private note"))
        self.save_note_button.setText(self.tr("Save note"))
        if isinstance(self.case_panel, QLabel):
            self.case_panel.setText(self.tr("The case panel is not available in this version."))

    async def start(self) -> None:
        if isinstance(self.chat, SimpleChat):
            await self.chat.load()
        refresh = getattr(self.case_panel, "refresh", None)
        if refresh is not None:
            with contextlib.suppress(Exception):
                await refresh()

    async def aclose(self) -> None:
        for part in (self.chat, self.case_panel):
            closer = getattr(part, "aclose", None)
            if closer is not None:
                with contextlib.suppress(Exception):
                    await closer()

    # -- the composer and drafts ---------------------------------------------------------

    def composer(self) -> QPlainTextEdit | QTextEdit | None:
        found = getattr(self.chat, "composer", None)
        if isinstance(found, QPlainTextEdit | QTextEdit):
            return found
        for child in self.chat.findChildren(QPlainTextEdit) + self.chat.findChildren(QTextEdit):
            if not child.isReadOnly():
                return child
        return None

    def draft(self) -> str:
        box = self.composer()
        return box.toPlainText() if box is not None else ""

    def set_draft(self, text: str) -> None:
        box = self.composer()
        if box is not None and text:
            box.setPlainText(text)

    def insert_text(self, text: str) -> None:
        insert = getattr(self.chat, "insert_text", None)
        if insert is not None:
            insert(text)
            return
        box = self.composer()
        if box is not None:
            box.insertPlainText(text)
            box.setFocus()

    def focus_composer(self) -> None:
        box = self.composer()
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- notes ------------------------------------------------------------------------------

    def toggle_note(self) -> None:
        self.note_button.toggle()

    def _note_toggled(self, on: bool) -> None:
        self.note_box.setVisible(on)
        if on:
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_composer()

    @asyncSlot()
    async def save_note(self) -> None:
        text = self.note.toPlainText().strip()
        if not text:
            self.note_status.setText(self.tr("Write the note first."))
            return
        self.save_note_button.setEnabled(False)
        try:
            await self.agent_api.add_note(self.reference, text, client_id=uuid.uuid4().hex)
        except ClientError as exc:
            self.note_status.setText(message_for(exc.code))
            return
        finally:
            self.save_note_button.setEnabled(True)
        self.note.clear()
        self.note_status.setText(self.tr("Note saved. Only agents see it."))
