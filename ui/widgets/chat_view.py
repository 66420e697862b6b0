"""The chat of one conversation, shared by user mode (the requester) and agent mode.

::

    view = ChatView(context, bridge, "RD-…", RequesterChat(api, case), viewer="requester")

Messages come from the window's one :class:`~ui.live_bridge.LiveBridge` (filtered by
conversation) and, for older pages, from the REST history (``fetchMore``). Our own
messages appear at once as pending and are never lost: the live session resends them
after a reconnect until the server acknowledges them. Attachments, verification cards,
typing, delivered/read marks, the connection banner, notifications and the
transcript export live here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.chat import AttachmentRefusedError, ChatBackend
from recovery_app.client.errors import ApiProblemError, ClientError, ServerUnreachableError
from recovery_app.schemas.live import (
    AckFrame,
    ConnectionEvent,
    ErrorFrame,
    MessageFrame,
    ReceiptEvent,
    TypingEvent,
)
from ui.context import ClientContext
from ui.live_bridge import LiveBridge
from ui.messages import message_for
from ui.models.message_model import PAGE, ChatItem, MessageListModel, shown_text
from ui.tasks import BackgroundTasks
from ui.widgets.chat_attachments import check_file, thumbnail_from_bytes, thumbnail_from_file
from ui.widgets.chat_banner import ConnectionBanner, TypingIndicator
from ui.widgets.chat_challenge import ChallengeCard
from ui.widgets.chat_delegate import SIDE, MessageDelegate

log = logging.getLogger(__name__)

Viewer = Literal["requester", "agent"]
TYPING_IDLE_MS = 3000
CHALLENGE_POLL_MS = 4000


class Composer(QPlainTextEdit):
    """Enter and Ctrl+Enter send, Shift+Enter starts a new line; dropped or pasted files
    become attachments. Compact: two lines high, growing with its text up to
    ``MAX_LINES`` (then it scrolls), so the message list keeps the room."""

    sendRequested = Signal()
    filesDropped = Signal(list)
    MIN_LINES = 2
    MAX_LINES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def lines_shown(self) -> int:
        """How many lines of text the composer is high now (MIN_LINES…MAX_LINES)."""
        lines = int(self.document().documentLayout().documentSize().height())
        return max(self.MIN_LINES, min(self.MAX_LINES, lines))

    def _fit(self, *_: Any) -> None:
        lines = self.lines_shown()
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
            + 10  # the stylesheet's padding and a little air
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self._fit()
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            self.sendRequested.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: Any) -> bool:
        if source.hasUrls() and any(url.isLocalFile() for url in source.urls()):
            return True
        return bool(super().canInsertFromMimeData(source))

    def insertFromMimeData(self, source: Any) -> None:
        paths = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
        if source.hasUrls() and paths:
            self.filesDropped.emit(paths)
            return
        super().insertFromMimeData(source)


class ChatView(QWidget):
    """Signals: challengeAnswered(challenge_id, passed), unreadChanged(count)."""

    challengeAnswered = Signal(str, bool)
    unreadChanged = Signal(int)
    attachmentReady = Signal(object)  # a ChatItem whose thumbnail or file info arrived

    def __init__(
        self,
        context: ClientContext,
        bridge: LiveBridge,
        conversation: str,
        backend: ChatBackend,
        *,
        viewer: Viewer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.context = context
        self.bridge = bridge
        self.conversation = conversation.strip().upper()
        self.backend = backend
        self.viewer: Viewer = viewer
        self.tasks = BackgroundTasks()
        self.unread = 0
        self.read_only = False
        self.read_only_reason = ""
        self._closed = False
        self._incoming: list[MessageFrame] = []
        self._marked_read = 0
        self._cards: dict[str, ChallengeCard] = {}
        self._card_items: dict[str, ChatItem] = {}
        self._watched_window: QWidget | None = None

        self.model = MessageListModel(self._is_mine, self._load_older, self)
        self.banner = ConnectionBanner(self)
        self.list = QListView(self)
        self.list.setObjectName("chatMessages")
        self.list.setModel(self.model)
        # The person's chat folds the assistant's answer to one line: it was read before
        # support was asked for, and the conversation with the specialist needs the room.
        self.fold_assistant = viewer == "requester"
        self._unfolded: set[int] = set()
        self.delegate = MessageDelegate(
            self.list, card_height=self._card_height, names=self.name_of, collapsed=self.folded
        )
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalScrollBar().setSingleStep(24)
        self.typing_label = TypingIndicator(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("chatNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("chatReadOnly")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(False)
        self.composer = Composer(self)
        self.composer.setObjectName("chatComposer")
        self.composer.setTabChangesFocus(True)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("chatAttach")
        self.note_toggle = QPushButton(self)
        self.note_toggle.setObjectName("chatNoteToggle")
        self.note_toggle.setCheckable(True)
        self.note_toggle.setVisible(viewer == "agent")
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("chatExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_text = self.export_menu.addAction("")
        self.export_pdf = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("chatSend")
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.note_toggle)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.typing_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.composer)
        layout.addLayout(buttons)
        self.setTabOrder(self.list, self.composer)
        self.setTabOrder(self.composer, self.send_button)
        self.setTabOrder(self.send_button, self.attach_button)
        self.setTabOrder(self.attach_button, self.note_toggle)
        self.setTabOrder(self.note_toggle, self.export_button)
        self.setAcceptDrops(True)

        self._typing_idle = QTimer(self)
        self._typing_idle.setSingleShot(True)
        self._typing_idle.setInterval(TYPING_IDLE_MS)
        self._typing_idle.timeout.connect(self._typing_stopped)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._challenge_timer = QTimer(self)
        self._challenge_timer.setInterval(CHALLENGE_POLL_MS)
        self._challenge_timer.timeout.connect(self._poll_challenges)
        self._stick_bottom = True
        self._keep_from_bottom: int | None = None

        self.composer.sendRequested.connect(self.send_current)
        self.composer.textChanged.connect(self._composer_changed)
        self.composer.filesDropped.connect(self._files_dropped)
        self.send_button.clicked.connect(self.send_current)
        self.attach_button.clicked.connect(self._choose_attachment)
        self.note_toggle.toggled.connect(self._note_toggled)
        self.export_text.triggered.connect(lambda: self._choose_export("text"))
        self.export_pdf.triggered.connect(lambda: self._choose_export("pdf"))
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._clicked)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.list.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.model.rowsAboutToBeInserted.connect(self._before_insert)
        self.model.rowsInserted.connect(self._inserted)

        self.note_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.note_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_shortcut.activated.connect(self.note_toggle.toggle)
        self.note_shortcut.setEnabled(viewer == "agent")
        self.attach_shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        self.attach_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.attach_shortcut.activated.connect(self._choose_attachment)

        bridge.message.connect(self._on_message)
        bridge.acked.connect(self._on_ack)
        bridge.receipt.connect(self._on_receipt)
        bridge.typing.connect(self._on_typing)
        bridge.error.connect(self._on_error)
        bridge.connection.connect(self._on_connection)
        if bridge.started and bridge.state != "connected":
            self.banner.show_event(ConnectionEvent(state="reconnecting"))
        self.retranslate()
        self.tasks.spawn("history", self._load_initial())
        if viewer == "requester" and hasattr(backend, "status"):
            self._challenge_timer.start()
            self.tasks.spawn("challenges", self._refresh_challenges())
        elif viewer == "agent" and hasattr(backend, "challenges"):
            self.tasks.spawn("challenges", self._refresh_challenges())

    # --- public API -------------------------------------------------------------------

    def insert_text(self, text: str) -> None:
        self.composer.insertPlainText(text)
        self.focus_composer()

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> str:
        return self.composer.toPlainText()

    def set_draft(self, text: str) -> None:
        self.composer.setPlainText(text)
        self.composer.moveCursor(self.composer.textCursor().MoveOperation.End)

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.read_only = read_only
        self.read_only_reason = reason
        self.composer.setReadOnly(read_only)
        self.read_only_label.setText(reason)
        self.read_only_label.setVisible(read_only and bool(reason))
        for widget in (self.send_button, self.attach_button, self.note_toggle):
            widget.setEnabled(not read_only)
        self.attach_shortcut.setEnabled(not read_only)

    @property
    def note_mode(self) -> bool:
        return self.viewer == "agent" and self.note_toggle.isChecked()

    def send_current(self) -> str | None:
        """Send what is in the composer (as a private note when the toggle is on)."""
        text = self.composer.toPlainText().strip()
        if not text or self.read_only or self._closed:
            return None
        if len(text) > 4000:
            self.show_notice(self.tr("The message is too long: at most 4,000 characters."))
            return None
        kind: Literal["text", "note"] = "note" if self.note_mode else "text"
        client_id = uuid.uuid4().hex
        self.model.add_pending(client_id, text, kind)
        self.composer.clear()
        self._stick_bottom = True
        self.hide_notice()
        self.tasks.spawn(f"send-{client_id}", self._send(client_id, text, kind))
        self._typing_stopped()
        return client_id

    async def attach_file(self, path: Path) -> bool:
        """Check ``path`` (type and size, off the GUI thread), then upload it; False if
        refused before upload or the upload failed (a sentence says why)."""
        if self.read_only:
            return False
        max_bytes = int(getattr(self.backend, "max_bytes", 10 * 1024 * 1024))
        try:
            await check_file(path, max_bytes)
        except AttachmentRefusedError as exc:
            self.show_notice(self._refusal(exc.reason, max_bytes))
            return False
        client_id = uuid.uuid4().hex
        item = self.model.add_pending(client_id, path.name, "attachment")
        thumb = await thumbnail_from_file(path)
        if thumb is not None:
            self.model.set_thumbnail(item, thumb)
        try:
            info = await self.backend.upload(path, client_id=client_id)
        except AttachmentRefusedError as exc:
            self.model.mark_failed(client_id)
            self.show_notice(self._refusal(exc.reason, max_bytes))
            return False
        except ApiProblemError as exc:
            self.model.mark_failed(client_id)
            self.show_notice(self._upload_problem(exc))
            return False
        except ClientError as exc:
            self.model.mark_failed(client_id)
            self.show_notice(message_for(getattr(exc, "code", "server_unreachable")))
            return False
        item.attachment = info.model_dump(mode="json")
        item.attachment_id = info.id
        if info.seq is not None and item.seq is None:
            self.model.mark_acked(
                AckFrame(client_id=client_id, conversation=self.conversation, seq=info.seq)
            )
        self.model.changed(item)
        self.attachmentReady.emit(item)
        return True

    async def save_attachment(self, item: ChatItem, path: Path) -> bool:
        """Download ``item``'s file to ``path``."""
        ident = (item.attachment or {}).get("id") or None
        if ident is None:
            ident = await self._attachment_public_id(item)
        if ident is None:
            self.show_notice(self.tr("This file is not available yet. Try again in a moment."))
            return False
        try:
            data = await self.backend.download(str(ident))
        except ClientError as exc:
            self.show_notice(message_for(getattr(exc, "code", None)))
            return False
        await asyncio.to_thread(path.write_bytes, data)
        return True

    async def export_transcript(self, path: Path, fmt: Literal["text", "pdf"]) -> bool:
        """Save the transcript (``text`` or ``pdf``) to ``path``; the button asks for the
        path with a file dialog first."""
        self.export_button.setEnabled(False)
        try:
            data = await self.backend.transcript(fmt)
            await asyncio.to_thread(path.write_bytes, data)
        except ClientError as exc:
            self.show_notice(message_for(getattr(exc, "code", None)))
            return False
        except OSError:
            self.show_notice(self.tr("The file could not be saved there. Choose another folder."))
            return False
        finally:
            self.export_button.setEnabled(True)
        self.show_notice(self.tr("Transcript saved."), error=False)
        return True

    def track_challenge(self, challenge_id: str, method: str, status: str = "pending") -> None:
        """Show a verification card (agents: after starting one; it is then watched)."""
        self._add_card({"id": challenge_id, "method": method, "status": status})
        if self.viewer == "agent" and status == "pending":
            self._challenge_timer.start()

    def card(self, challenge_id: str) -> ChallengeCard | None:
        return self._cards.get(challenge_id)

    def show_notice(self, text: str, *, error: bool = True) -> None:
        self.notice.setText(text)
        self.notice.setProperty("error", error)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(True)
        self.notice.setAccessibleName(text)

    def hide_notice(self) -> None:
        self.notice.setVisible(False)

    def mark_all_read(self) -> None:
        last = self.model.last_seq()
        if self.unread:
            self.unread = 0
            self.unreadChanged.emit(0)
        if last > self._marked_read and not self._closed:
            self._marked_read = last
            self.tasks.spawn("read", self.bridge.mark_read(self.conversation, last))

    def name_of(self, item: ChatItem) -> str:
        if item.mine:
            return self.tr("You")
        if item.sender == "requester":
            return self.tr("Requester")
        if item.sender == "assistant":
            return self.tr("Assistant")
        if item.sender.startswith("agent:"):
            return item.sender_name or self.tr("Specialist")
        return self.tr("Recovery Desk")

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        for signal, slot in (
            (self.bridge.message, self._on_message),
            (self.bridge.acked, self._on_ack),
            (self.bridge.receipt, self._on_receipt),
            (self.bridge.typing, self._on_typing),
            (self.bridge.error, self._on_error),
            (self.bridge.connection, self._on_connection),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        for timer in (self._typing_idle, self._flush_timer, self._challenge_timer):
            timer.stop()
        if self._watched_window is not None:
            with contextlib.suppress(RuntimeError):
                self._watched_window.removeEventFilter(self)
        await self.tasks.aclose()

    # --- Qt events --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window and window is not self:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
        if self._looking():
            self.mark_all_read()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._looking():
            self.mark_all_read()
        return False

    def dragEnterEvent(self, event: Any) -> None:
        mime = event.mimeData()
        if not self.read_only and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._files_dropped(paths)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._stick_bottom:
            QTimer.singleShot(0, self, self._to_bottom)  # cancelled if self goes

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Messages"))
        self.composer.setAccessibleName(self.tr("Your message"))
        self.composer.setPlaceholderText(
            self.tr("Write a message. Enter sends, Shift+Enter starts a new line.")
        )
        self.send_button.setText(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.attach_button.setText(self.tr("&Attach file…"))
        self.attach_button.setAccessibleName(self.tr("Attach a photo or PDF"))
        self.attach_button.setToolTip(
            self.tr("Photos (JPEG, PNG) or PDF, up to 10 MB (Ctrl+Shift+A)")
        )
        self.note_toggle.setText(self.tr("Private &note"))
        self.note_toggle.setAccessibleName(self.tr("Private note: only agents see it"))
        self.note_toggle.setToolTip(
            self.tr("Send as a private note that the person never sees (Ctrl+Shift+N)")
        )
        self.export_button.setText(self.tr("Save &transcript"))
        self.export_button.setAccessibleName(self.tr("Save the transcript"))
        self.export_text.setText(self.tr("As text…"))
        self.export_pdf.setText(self.tr("As PDF…"))
        self._note_toggled(self.note_toggle.isChecked())
        self.model.invalidate_sizes()

    # --- sending ----------------------------------------------------------------------

    async def _send(self, client_id: str, text: str, kind: Literal["text", "note"]) -> None:
        await self.bridge.send(self.conversation, text, kind, client_id=client_id)

    def _composer_changed(self) -> None:
        if self._closed or self.read_only:
            return
        active = bool(self.composer.toPlainText().strip())
        if active and not self.note_mode:
            self.tasks.spawn("typing", self.bridge.typing_changed(self.conversation, True))
            self._typing_idle.start()
        elif not active:
            self._typing_stopped()

    def _typing_stopped(self) -> None:
        self._typing_idle.stop()
        if not self._closed:
            self.tasks.spawn("typing", self.bridge.typing_changed(self.conversation, False))

    def _note_toggled(self, on: bool) -> None:
        self.composer.setProperty("note", on)
        self.composer.style().unpolish(self.composer)
        self.composer.style().polish(self.composer)
        if on:
            self.composer.setPlaceholderText(
                self.tr("Private note for agents. The person never sees it.")
            )
        elif self.viewer == "agent":
            self.composer.setPlaceholderText(
                self.tr("Write a message. Enter sends, Shift+Enter starts a new line.")
            )

    def _choose_attachment(self) -> None:
        if self.read_only:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo or PDF"),
            "",
            self.tr("Photos and PDF (*.jpg *.jpeg *.png *.pdf)"),
        )
        if name:
            self._files_dropped([Path(name)])

    def _files_dropped(self, paths: list[Path]) -> None:
        for number, path in enumerate(paths[:5]):
            self.tasks.spawn(f"attach-{number}-{path.name}", self.attach_file(path))

    def _refusal(self, reason: str, max_bytes: int) -> str:
        if reason == "too_large":
            megabytes = max(1, max_bytes // (1024 * 1024))
            return self.tr("This file is too large to send: at most %n MB.", "", megabytes)
        if reason == "wrong_type":
            return self.tr("Only photos (JPEG or PNG) and PDF files can be sent.")
        return self.tr("This file cannot be read. Check that it still exists.")

    def _upload_problem(self, exc: ApiProblemError) -> str:
        status = getattr(exc, "status", None)
        if exc.code in ("image_too_large", "server_busy"):
            return message_for(exc.code)
        if exc.code in ("payload_too_large",) or status == 413:
            return self._refusal("too_large", 10 * 1024 * 1024)
        if status == 415 or exc.code in ("unsupported_media_type", "bad_file"):
            return self._refusal("wrong_type", 0)
        return message_for(exc.code)

    def _choose_export(self, fmt: Literal["text", "pdf"]) -> None:
        suffix = "txt" if fmt == "text" else "pdf"
        pattern = self.tr("Text files (*.txt)") if fmt == "text" else self.tr("PDF files (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the transcript"), f"{self.conversation}.{suffix}", pattern
        )
        if name:
            self.tasks.spawn("export", self.export_transcript(Path(name), fmt))

    def folded(self, item: ChatItem) -> bool | None:
        """None when ``item`` does not fold; else whether it is folded to one line now."""
        if not self.fold_assistant or item.sender != "assistant" or item.kind != "text":
            return None
        return id(item) not in self._unfolded

    def set_folded(self, item: ChatItem, folded: bool) -> None:
        if self.folded(item) is None:
            return
        if folded:
            self._unfolded.discard(id(item))
        else:
            self._unfolded.add(id(item))
        item.size_cache = None
        row = self.model.row_of(item)
        if row >= 0:
            self.model.changed(item)
            self.delegate.sizeHintChanged.emit(self.model.index(row))

    def _toggle_fold(self, index: QModelIndex) -> bool:
        item = self.model.item(index.row())
        folded = self.folded(item)
        if folded is None:
            return False
        self.set_folded(item, not folded)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        single = self.list.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.list
        )
        if not single:  # else `activated` follows this click and folds it
            self._toggle_fold(index)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if self.folded(item) is not None:
            if QApplication.mouseButtons() == Qt.MouseButton.NoButton:  # keys, not double-clicks
                self._toggle_fold(index)
            return
        if item.kind != "attachment":
            return
        filename = str((item.attachment or {}).get("filename") or item.body)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), filename)
        if name:
            self.tasks.spawn("save-attachment", self.save_attachment(item, Path(name)))

    # --- live events ------------------------------------------------------------------

    def _mine_party(self) -> str:
        if self.viewer == "requester":
            return "requester"
        return self.bridge.session.party or "agent:"

    def _is_mine(self, sender: str) -> bool:
        if self.viewer == "requester":
            return sender == "requester"
        party = self.bridge.session.party
        return sender == party if party else sender.startswith("agent:")

    def _on_message(self, frame: MessageFrame) -> None:
        if frame.conversation != self.conversation or self._closed:
            return
        self._incoming.append(frame)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        frames, self._incoming = self._incoming, []
        if not frames or self._closed:
            return
        added = self.model.append_frames(frames)
        others = [i for i in added if not i.mine]
        if others and self.typing_label.active:
            self.typing_label.stop()
        for item in added:
            if item.kind == "attachment":
                self.tasks.spawn(f"attachment-{item.seq}", self._fetch_attachment(item))
        if others:
            if self._looking():
                self.mark_all_read()
            else:
                self.unread += len(others)
                self.unreadChanged.emit(self.unread)
            last = others[-1]
            if last.kind not in ("system",):
                title = self.tr("New message from %1").replace("%1", self.name_of(last))
                body = shown_text(last) if last.kind != "attachment" else self.tr("A file")
                self.context.notifier.notify(title, body[:160])
        if self.viewer == "requester" and any(i.kind == "system" for i in added):
            self.tasks.spawn("challenges", self._refresh_challenges())

    def _on_ack(self, ack: AckFrame) -> None:
        if ack.conversation == self.conversation and not self._closed:
            self.model.mark_acked(ack)

    def _on_receipt(self, receipt: ReceiptEvent) -> None:
        if receipt.conversation != self.conversation or self._closed:
            return
        if receipt.party == self._mine_party():
            return
        if self.viewer == "agent" and receipt.party != "requester":
            return  # only the person's receipts mark our messages
        self.model.apply_receipt(receipt)

    def _on_typing(self, event: TypingEvent) -> None:
        if event.conversation != self.conversation or self._closed:
            return
        if event.party == self._mine_party():
            return
        if event.active:
            if self.viewer == "requester":
                who = self.tr("The specialist") if event.party.startswith("agent:") else ""
            else:
                who = self.tr("The person") if event.party == "requester" else self.tr("An agent")
            if who:
                self.typing_label.start(who)
        else:
            self.typing_label.stop()

    def _on_error(self, error: ErrorFrame) -> None:
        if self._closed or error.ref is None:
            return
        item = self.model.find_client(error.ref)
        if item is None:
            return
        self.model.mark_failed(error.ref)
        texts = {
            "closed": self.tr("This case is closed; the message was not sent."),
            "forbidden": self.tr("You can no longer write in this chat."),
            "too_large": self.tr("The message is too long: at most 4,000 characters."),
            "bad_attachment": self.tr("The file could not be attached."),
        }
        self.show_notice(texts.get(error.code, message_for(error.code)))

    def _on_connection(self, event: ConnectionEvent) -> None:
        if not self._closed:
            self.banner.show_event(event)

    # --- history and attachments ------------------------------------------------------

    async def _load_older(self, before: int | None, limit: int) -> list[Any]:
        try:
            return await self.backend.history(before, limit)
        except ClientError:
            self.show_notice(
                self.tr("Earlier messages could not be loaded. Scroll up to try again.")
            )
            raise

    async def _load_initial(self) -> None:
        last = self.bridge.last_seq(self.conversation)
        try:
            messages = await self.backend.history(last + 1 if last else None, PAGE)
        except ServerUnreachableError:
            self.show_notice(message_for("server_unreachable"))
            return
        except ClientError as exc:
            self.show_notice(message_for(getattr(exc, "code", None)))
            return
        exhausted = len(messages) < PAGE or (bool(messages) and messages[0].seq <= 1)
        self._stick_bottom = True
        self.model.load_history(messages, exhausted=exhausted)
        for item in self.model.items():
            if item.kind == "attachment" and item.attachment and item.thumbnail is None:
                self.tasks.spawn(f"attachment-{item.seq}", self._fetch_attachment(item))
        if self._looking():
            self.mark_all_read()

    async def _attachment_public_id(self, item: ChatItem) -> str | None:
        if item.attachment:
            return str(item.attachment["id"])
        if item.seq is None:
            return None
        try:
            found = await self.backend.messages_after(item.seq - 1, 1)
        except ClientError:
            return None
        for message in found:
            if message.seq == item.seq and message.attachment is not None:
                self.model.set_attachment(item.seq, message.attachment.model_dump(mode="json"))
                return message.attachment.id
        return None

    async def _fetch_attachment(self, item: ChatItem) -> None:
        ident = await self._attachment_public_id(item)
        info = item.attachment or {}
        if ident is None or item.thumbnail is not None:
            self.attachmentReady.emit(item)
            return
        if info.get("has_thumbnail") and str(info.get("content_type", "")).startswith("image/"):
            try:
                data = await self.backend.download(ident, thumbnail=True)
            except ClientError:
                return
            image = await thumbnail_from_bytes(data)
            if image is not None and not self._closed:
                self.model.set_thumbnail(item, image)
        self.attachmentReady.emit(item)

    # --- verification cards -----------------------------------------------------------

    def _card_height(self, item: ChatItem, width: int) -> int:
        card = self._cards.get(str((item.card or {}).get("id")))
        if card is None:
            return 40
        inner = max(200, width - 2 * SIDE)
        if card.hasHeightForWidth():
            return max(card.minimumSizeHint().height(), card.heightForWidth(inner))
        return card.sizeHint().height()

    def _add_card(self, card: dict[str, Any]) -> ChatItem:
        ident = str(card["id"])
        item = self._card_items.get(ident)
        if item is not None:
            widget = self._cards[ident]
            if card.get("status") and card["status"] != widget.status:
                widget.set_status(str(card["status"]))
            return item
        item = ChatItem(
            seq=None,
            client_id=None,
            sender="system",
            kind="challenge",
            body="",
            at=None,
            mine=False,
        )
        item.card = dict(card)
        widget = ChallengeCard(item.card, self.viewer, self.list.viewport())
        widget.submitted.connect(self._answer_challenge)
        self._cards[ident] = widget
        self._card_items[ident] = item
        self.model.add_local(item)
        return item

    def _place_cards(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            item = self.model.item(row)
            if item.kind != "challenge" or not item.card:
                continue
            ident = str(item.card["id"])
            widget = self._cards.get(ident)
            if widget is None:
                widget = ChallengeCard(item.card, self.viewer, self.list.viewport())
                widget.submitted.connect(self._answer_challenge)
                self._cards[ident] = widget
                self._card_items[ident] = item
            item.size_cache = None
            self.list.setIndexWidget(self.model.index(row), widget)

    def _answer_challenge(self, challenge_id: str, answer: str) -> None:
        self.tasks.spawn(f"answer-{challenge_id}", self._send_answer(challenge_id, answer))

    async def _send_answer(self, challenge_id: str, answer: str) -> None:
        card = self._cards.get(challenge_id)
        answer_call = getattr(self.backend, "answer_challenge", None)
        if card is None or answer_call is None:
            return
        try:
            result = await answer_call(challenge_id, answer)
        except ApiProblemError as exc:
            if exc.code == "challenge_locked":
                card.set_status("locked")
            elif exc.code == "challenge_expired":
                card.set_status("expired")
            else:
                card.set_busy(False)
                self.show_notice(message_for(exc.code))
                return
            self.challengeAnswered.emit(challenge_id, False)
            return
        except ClientError as exc:
            card.set_busy(False)
            self.show_notice(message_for(getattr(exc, "code", None)))
            return
        if result.outcome == "passed":
            card.set_status("passed")
            card.code.clear()
            self.challengeAnswered.emit(challenge_id, True)
        elif result.outcome == "wrong":
            card.set_status("wrong", result.attempts_left)
            card.code.selectAll()
        else:
            card.set_status("locked" if result.outcome == "locked" else "expired")
            self.challengeAnswered.emit(challenge_id, False)
        self._relayout_card(challenge_id)

    def _relayout_card(self, challenge_id: str) -> None:
        item = self._card_items.get(challenge_id)
        if item is not None:
            item.size_cache = None
            self.model.changed(item)

    def _poll_challenges(self) -> None:
        if not self.tasks.running("challenges"):
            self.tasks.spawn("challenges", self._refresh_challenges())

    async def _refresh_challenges(self) -> None:
        wanted = "status" if self.viewer == "requester" else "challenges"
        if self._closed or not hasattr(self.backend, wanted):
            return
        try:
            if self.viewer == "requester":
                status = await self.backend.status()  # type: ignore[attr-defined]
                for step in status.pending:
                    if step.started_by_agent and step.purpose == "verify":
                        self._add_card(
                            {"id": step.id, "method": str(step.method), "status": "pending"}
                        )
            else:
                found = await self.backend.challenges()  # type: ignore[attr-defined]
                waiting = False
                for challenge in found:
                    if not challenge.by_agent or challenge.purpose != "verify":
                        continue
                    status_ = _agent_status(challenge.status)
                    waiting = waiting or status_ == "pending"
                    self._add_card(
                        {"id": challenge.id, "method": str(challenge.method), "status": status_}
                    )
                    if status_ != "pending":
                        self._relayout_card(challenge.id)
                if not waiting:
                    self._challenge_timer.stop()
        except ClientError:
            return  # polled again; the banner tells about the connection

    # --- scrolling ----------------------------------------------------------------------

    def _looking(self) -> bool:
        window = self.window()
        return self.isVisible() and window.isActiveWindow()

    def _at_bottom(self) -> bool:
        bar = self.list.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def _scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        self._stick_bottom = value >= bar.maximum() - 8
        top = value == bar.minimum() and bar.maximum() > 0
        if top and self.model.has_older() and not self.model.loading:
            self.model.request_older()

    def _before_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        bar = self.list.verticalScrollBar()
        if first == 0 and self.model.rowCount() > 0:
            self._keep_from_bottom = bar.maximum() - bar.value()
        else:
            self._stick_bottom = self._stick_bottom or self._at_bottom()

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._place_cards(first, last)
        if self._stick_bottom:
            QTimer.singleShot(0, self, self._to_bottom)  # cancelled if self goes

    def _range_changed(self, low: int, high: int) -> None:
        bar = self.list.verticalScrollBar()
        if self._keep_from_bottom is not None:
            bar.setValue(max(low, high - self._keep_from_bottom))
            self._keep_from_bottom = None
        elif self._stick_bottom:
            bar.setValue(high)

    def _to_bottom(self) -> None:
        if not self._closed and self._stick_bottom:
            self.list.scrollToBottom()


def _agent_status(status: str) -> str:
    if status == "passed":
        return "passed"
    if status in ("failed", "locked", "expired", "voided"):
        return "failed"
    return "pending"
