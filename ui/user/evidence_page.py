"""ID document and selfie: choose or drop files, see them, send them for review.

Files are checked here before anything is sent — the type from the content
(JPEG, PNG, or PDF for documents), the size against the server's limit — so a
refused file costs no upload. The server checks again. Previews are decoded in
an executor, never on the GUI thread.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.cases import MAX_UPLOAD_BYTES, PDF, evidence_problem, sniff
from ui.user.page_base import FlowPage, wrapped_label

THUMB = 160


def _inspect(path: Path, method: str, limit: int) -> tuple[str | None, QImage | None]:
    """(problem code or None, thumbnail or None). Runs in an executor."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return "unreadable_file", None
    problem = evidence_problem(head, size, method, limit)
    if problem or sniff(head) == PDF:
        return problem, None
    image = QImage(str(path))  # QImage (unlike QPixmap) may be used off the GUI thread
    if image.isNull():
        return "unsupported_file", None
    return None, image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class EvidenceSlot(QFrame):
    """One file: a drop area with a preview, "Choose file…", and what is wrong with it.

    Signals:
    pathChosen(str): a file was chosen or dropped (not yet checked).
    """

    pathChosen = Signal(str)

    def __init__(self, method: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = method
        self.path: Path | None = None
        self.sent = False
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.title = wrapped_label(self, "sectionLabel")
        self.preview = QLabel(self)
        self.preview.setObjectName("evidencePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(THUMB, THUMB // 2)
        self.file_label = wrapped_label(self, "fileLabel")
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.preview)
        layout.addWidget(self.file_label)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def choose(self) -> None:
        patterns = "*.jpg *.jpeg *.png" + ("" if self.method == "selfie" else " *.pdf")
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.title.text(),
            "",
            self.tr("Photos and scans ({patterns})").format(patterns=patterns),
        )
        if path:
            self.pathChosen.emit(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.pathChosen.emit(files[0])

    def show_file(self, path: Path | None, thumb: QImage | None) -> None:
        self.path = path
        self.sent = False
        if thumb is not None:
            self.preview.setPixmap(QPixmap.fromImage(thumb))
        else:
            self.preview.setPixmap(QPixmap())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        selfie = self.method == "selfie"
        self.title.setText(
            self.tr("2. A selfie holding the code") if selfie else self.tr("1. Your ID document")
        )
        self.choose_button.setText(self.tr("Choose &selfie…") if selfie else self.tr("Choose &ID…"))
        self.choose_button.setAccessibleName(
            self.tr("Choose the selfie photo") if selfie else self.tr("Choose the ID photo or scan")
        )
        self.setAccessibleName(self.title.text())
        if self.path is None:
            self.file_label.setText(self.tr("Drop a file here or choose one."))
            self.preview.setText(self.tr("No file yet"))
        else:
            state = self.tr("sent for review") if self.sent else self.tr("ready to send")
            self.file_label.setText(f"{self.path.name} — {state}")
            if self.preview.pixmap().isNull():
                self.preview.setText("PDF" if self.path.suffix.lower() == ".pdf" else "")
        self.preview.setAccessibleName(self.file_label.text())


class EvidencePage(FlowPage):
    """Signals:
    sendRequested(): send the chosen files (the flow uploads ``files()``).
    """

    sendRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = MAX_UPLOAD_BYTES
        self.phrase = ""
        self.challenges: dict[str, str] = {}  # method → challenge id
        self.phrase_label = wrapped_label(self, "phraseLabel", selectable=True)
        self.phrase_caption = wrapped_label(self, "fieldHint")
        self.slots = {m: EvidenceSlot(m, self) for m in ("document", "selfie")}
        row = QHBoxLayout()
        for method, slot in self.slots.items():
            slot.pathChosen.connect(lambda p, m=method: self.pick(m, Path(p)))
            row.addWidget(slot, 1)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("primaryButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._send)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.body.addWidget(self.phrase_caption)
        self.body.addWidget(self.phrase_label)
        self.body.addLayout(row)
        self.body.addLayout(buttons)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.slots["document"].choose_button

    def start(self, challenges: dict[str, str], phrase: str) -> None:
        self.challenges = dict(challenges)
        self.phrase = phrase
        for slot in self.slots.values():
            slot.show_file(None, None)
        self.clear_message()
        self.retranslate()

    async def check(self, method: str, path: Path) -> bool:
        """Check ``path`` for ``method`` off the GUI thread; show it, or say what is wrong."""
        loop = asyncio.get_running_loop()
        problem, thumb = await loop.run_in_executor(None, _inspect, path, method, self.limit)
        if problem:
            self.show_message(self.problem_text(problem, method))
            return False
        self.clear_message()
        self.slots[method].show_file(path, thumb)
        return True

    def pick(self, method: str, path: Path) -> None:
        self._pending = asyncio.ensure_future(self.check(method, path))

    def files(self) -> dict[str, Path]:
        return {m: s.path for m, s in self.slots.items() if s.path is not None and not s.sent}

    def mark_sent(self, method: str) -> None:
        self.slots[method].sent = True
        self.slots[method].retranslate()

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        for slot in self.slots.values():
            slot.choose_button.setEnabled(not busy)

    def _send(self) -> None:
        if not self.files():
            self.show_message(self.tr("Choose a photo of your ID document or a selfie first."))
            return
        self.sendRequested.emit()

    def problem_text(self, problem: str, method: str) -> str:
        megabytes = max(1, self.limit // (1024 * 1024))
        if problem == "payload_too_large":
            return self.tr(
                "This file is larger than {mb} MB, so it was not sent. Take a smaller photo "
                "or scan and choose it again."
            ).format(mb=megabytes)
        if problem == "unreadable_file":
            return self.tr("This file cannot be opened. Choose another file.")
        if method == "selfie":
            return self.tr("A selfie must be a photo (JPEG or PNG). This file was not sent.")
        return self.tr(
            "This file is not a photo (JPEG or PNG) or a PDF scan, so it was not sent. "
            "Choose another file."
        )

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("ID document and selfie"))
        self.heading.setText(self.tr("ID document and selfie"))
        self.intro.setText(
            self.tr(
                "Send a photo or scan of an ID document with your name, and a selfie in which "
                "you hold a paper with the code below written on it. Only our team sees them, "
                "and they are deleted soon after the check."
            )
        )
        self.phrase_caption.setText(self.tr("Write this code on a paper for your selfie:"))
        self.phrase_label.setText(self.phrase)
        self.phrase_label.setAccessibleName(
            self.tr("Code for your selfie: {code}").format(code=self.phrase)
        )
        self.send_button.setText(self.tr("Send for &review"))
        self.send_button.setAccessibleName(self.tr("Send the chosen files for review"))
